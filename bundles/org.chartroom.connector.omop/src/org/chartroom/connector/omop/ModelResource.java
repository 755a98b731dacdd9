package org.chartroom.connector.omop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;

import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.WarehousePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Reads one {@code model/*.warehouse} file of this bundle: an XMI resource holding one {@link Dataset}. */
final class ModelResource {

	private static final String BUNDLE = "org.chartroom.connector.omop";

	private ModelResource() {
	}

	static Dataset load(String entry) {
		URL url = ModelResource.class.getResource("/" + entry);
		if (url == null) {
			throw new IllegalStateException(BUNDLE + " has no " + entry);
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("warehouse", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(WarehousePackage.eNS_URI, WarehousePackage.eINSTANCE);
		Resource resource = resourceSet.createResource(URI.createPlatformPluginURI(BUNDLE + "/" + entry, true));
		try (InputStream in = url.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + entry + " of " + BUNDLE, e);
		}
		if (!resource.getErrors().isEmpty() || resource.getContents().size() != 1) {
			throw new IllegalStateException("Cannot read " + entry + " of " + BUNDLE + ": " + resource.getErrors());
		}
		return (Dataset) resource.getContents().get(0);
	}
}
