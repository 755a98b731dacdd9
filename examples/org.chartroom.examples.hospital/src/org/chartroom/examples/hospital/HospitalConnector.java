package org.chartroom.examples.hospital;

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
 * The CSV export of St. Example's Hospital (a fictional hospital): the schema of
 * {@code model/hospital.warehouse}, read from this bundle on first use. Everything Chartroom shows of
 * such a dataset (patients, cohorts, overview, concepts) comes from that model's semantics; the
 * connector itself only names the model. The property {@code chartroom.connector=hospital} lets the
 * generator ask for this connector by filter; with {@code chartroom.label} it lets {@code ./chartroom plugins}
 * list it without creating it.
 */
@Component(service = Connector.class, property = { "chartroom.connector=" + HospitalConnector.ID,
		"chartroom.label=" + HospitalConnector.LABEL })
public final class HospitalConnector implements Connector {

	public static final String ID = "hospital";
	static final String LABEL = "St. Example's Hospital (CSV export)";
	static final String MODEL_ENTRY = "model/hospital.warehouse";
	private static final String BUNDLE = "org.chartroom.examples.hospital";

	private volatile Dataset schema;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String displayName() {
		return LABEL;
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
		URL entry = HospitalConnector.class.getResource("/" + MODEL_ENTRY);
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
