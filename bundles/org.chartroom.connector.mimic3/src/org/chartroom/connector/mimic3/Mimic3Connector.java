package org.chartroom.connector.mimic3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;

import org.chartroom.core.connector.Connector;
import org.chartroom.model.warehouse.Dataset;
import org.chartroom.model.warehouse.WarehousePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.osgi.service.component.annotations.Component;

/**
 * MIMIC-III v1.4: the schema of {@code model/mimic3.warehouse}, read from this bundle once, on first use.
 * The service property {@code chartroom.connector=mimic3} lets other components ask for this connector
 * by filter (the synthetic generator writes files for it).
 */
@Component(service = Connector.class, property = "chartroom.connector=mimic3")
public final class Mimic3Connector implements Connector {

	static final String MODEL_ENTRY = "model/mimic3.warehouse";
	private static final String BUNDLE = "org.chartroom.connector.mimic3";

	private volatile Dataset schema;

	@Override
	public String id() {
		return "mimic3";
	}

	@Override
	public String displayName() {
		return "MIMIC-III v1.4";
	}

	@Override
	public Dataset schema() {
		Dataset loaded = schema;
		if (loaded == null) {
			synchronized (this) {
				loaded = schema;
				if (loaded == null) {
					loaded = load();
					schema = loaded;
				}
			}
		}
		return loaded;
	}

	private static Dataset load() {
		URL entry = Mimic3Connector.class.getResource("/" + MODEL_ENTRY);
		if (entry == null) {
			throw new IllegalStateException(BUNDLE + " has no " + MODEL_ENTRY);
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("warehouse", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(WarehousePackage.eNS_URI, WarehousePackage.eINSTANCE);
		Resource resource = resourceSet.createResource(URI.createPlatformPluginURI(BUNDLE + "/" + MODEL_ENTRY, true));
		try (InputStream in = entry.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + MODEL_ENTRY + " of " + BUNDLE, e);
		}
		if (!resource.getErrors().isEmpty() || resource.getContents().size() != 1) {
			throw new IllegalStateException("Cannot read " + MODEL_ENTRY + " of " + BUNDLE + ": " + resource.getErrors());
		}
		return (Dataset) resource.getContents().get(0);
	}
}
