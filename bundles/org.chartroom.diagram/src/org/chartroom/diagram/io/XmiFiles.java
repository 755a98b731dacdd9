package org.chartroom.diagram.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** One EMF object per XMI file: read with its package registered, written atomically. */
final class XmiFiles {

	private XmiFiles() {
	}

	/** The root object of the file, empty when there is no file. */
	static <T extends EObject> Optional<T> read(Path file, EPackage ePackage, Class<T> rootType) throws IOException {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(file)) {
			return Optional.of(read(in, file.toString(), ePackage, rootType));
		}
	}

	static <T extends EObject> T read(InputStream in, String name, EPackage ePackage, Class<T> rootType) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(name));
		Map<Object, Object> options = Map.of(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE);
		org.eclipse.emf.ecore.resource.ResourceSet set = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
		set.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		set.getResources().add(resource);
		try {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			throw new IOException(name + " is not a readable " + rootType.getSimpleName() + " model: " + rootCause(e), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new IOException(name + " line " + first.getLine() + ": " + first.getMessage());
		}
		if (resource.getContents().size() != 1 || !rootType.isInstance(resource.getContents().get(0))) {
			throw new IOException(name + " does not hold one " + rootType.getSimpleName() + " (nsURI " + ePackage.getNsURI() + ")");
		}
		return rootType.cast(resource.getContents().get(0));
	}

	/** Writes a copy of the object (it stays in its own resource) to the file, through a temporary file beside it. */
	static void write(EObject root, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				write(root, out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	static void write(EObject root, OutputStream out) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("chartroom.xmi"));
		resource.getContents().add(EcoreUtil.copy(root));
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));
	}

	private static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.toString() : cause.getMessage();
	}
}
