package org.chartroom.cohort.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.chartroom.cohort.Cohort;
import org.chartroom.cohort.CohortPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** A cohort definition as an XMI file ({@code http://chartroom.org/model/cohort/1.0}). */
public final class CohortXmi {

	private CohortXmi() {
	}

	/** The cohort in a file; the message of the exception names the file and what is wrong. */
	public static Cohort read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
	}

	public static Cohort read(InputStream in, String name) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(name));
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(CohortPackage.eNS_URI, CohortPackage.eINSTANCE);
		set.getResources().add(resource);
		try {
			resource.load(in, Map.of());
		} catch (IOException | RuntimeException e) {
			throw new IOException(name + " is not a readable cohort definition: " + rootCause(e), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new IOException(name + " line " + first.getLine() + ": " + first.getMessage());
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Cohort cohort)) {
			throw new IOException(name + " does not hold one Cohort (nsURI " + CohortPackage.eNS_URI + ")");
		}
		return cohort;
	}

	/** Writes a copy of the cohort (it stays in its own resource). */
	public static void write(Cohort cohort, OutputStream out) throws IOException {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("cohort.xmi"));
		resource.getContents().add(EcoreUtil.copy(cohort));
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
