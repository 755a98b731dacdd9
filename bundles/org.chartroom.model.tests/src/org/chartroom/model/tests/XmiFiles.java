package org.chartroom.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chartroom.model.warehouse.Warehouse;
import org.chartroom.model.warehouse.WarehousePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Saves a warehouse model as XMI and reads it back, each time in a fresh resource set. */
final class XmiFiles {

	private XmiFiles() {
	}

	/** A resource set that reads and writes *.xmi with or without the Eclipse extension registry. */
	static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(WarehousePackage.eNS_URI, WarehousePackage.eINSTANCE);
		return resourceSet;
	}

	static Path save(Warehouse warehouse, Path file) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(warehouse);
		resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		return file;
	}

	static Warehouse load(Path file) {
		Resource resource = newResourceSet().getResource(URI.createFileURI(file.toString()), true);
		assertEquals(1, resource.getContents().size());
		assertEquals(List.of(), resource.getErrors());
		return (Warehouse) resource.getContents().get(0);
	}
}
