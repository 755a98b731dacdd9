package org.chartroom.connector.mimic3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;

import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.Table;
import org.chartroom.model.warehouse.WarehousePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Loads the connector's schema model, {@code model/mimic3.warehouse}, from the installed connector bundle. */
final class Mimic3Model {

	static final String CONNECTOR_BUNDLE = "org.chartroom.connector.mimic3";
	static final String MODEL_ENTRY = "model/mimic3.warehouse";

	private Mimic3Model() {
	}

	/** The one data set of the model, read into a fresh resource set; fails the test if it cannot be read cleanly. */
	static Dataset load() throws IOException {
		URL entry = connectorBundle().getEntry(MODEL_ENTRY);
		assertNotNull(entry, CONNECTOR_BUNDLE + " has no entry " + MODEL_ENTRY);

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("warehouse", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(WarehousePackage.eNS_URI, WarehousePackage.eINSTANCE);
		Resource resource = resourceSet
				.createResource(URI.createPlatformPluginURI(CONNECTOR_BUNDLE + "/" + MODEL_ENTRY, true));
		try (InputStream in = entry.openStream()) {
			resource.load(in, Map.of());
		}
		assertTrue(resource.getErrors().isEmpty(), () -> "errors reading the model: " + resource.getErrors());
		assertTrue(resource.getWarnings().isEmpty(), () -> "warnings reading the model: " + resource.getWarnings());
		assertEquals(1, resource.getContents().size(), "the model holds exactly one root object");
		return (Dataset) resource.getContents().get(0);
	}

	static Table table(Dataset dataset, String name) {
		return dataset.getTables().stream().filter(t -> name.equals(t.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no table " + name));
	}

	private static Bundle connectorBundle() {
		Bundle self = FrameworkUtil.getBundle(Mimic3Model.class);
		assertNotNull(self, "the tests must run in an OSGi framework");
		BundleContext context = self.getBundleContext();
		assertNotNull(context, "the test bundle is not started");
		return Arrays.stream(context.getBundles()).filter(b -> CONNECTOR_BUNDLE.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError("bundle " + CONNECTOR_BUNDLE + " is not installed"));
	}
}
