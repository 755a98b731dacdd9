package org.chartroom.ui.about;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartroom.core.store.Workspace;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** What is running, read from the runtime: nothing here is written down at build time. */
public final class AboutVersions {

	private static final String NOT_INSTALLED = "not installed";

	private AboutVersions() {
	}

	/** The Chartroom release, e.g. {@code 0.1.0}: the UI bundle's version without its qualifier. */
	public static String release() {
		Version version = FrameworkUtil.getBundle(AboutVersions.class).getVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	public static List<VersionLine> collect(Optional<Workspace> workspace) {
		List<VersionLine> lines = new ArrayList<>();
		lines.add(new VersionLine("Chartroom", FrameworkUtil.getBundle(AboutVersions.class).getVersion().toString()));
		lines.add(new VersionLine("Java", Runtime.version() + " (" + System.getProperty("java.vendor") + ")"));
		lines.add(new VersionLine("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
				+ System.getProperty("os.arch") + ")"));
		lines.add(new VersionLine("Eclipse Platform", bundleVersion("org.eclipse.ui.workbench")));
		lines.add(new VersionLine("SWT", swt()));
		lines.add(new VersionLine("EMF", bundleVersion("org.eclipse.emf.ecore")));
		lines.add(new VersionLine("Store", workspace.map(open -> open.store().description()).orElse(NOT_INSTALLED)));
		lines.add(new VersionLine("Workspace", workspace.map(open -> open.directory().toString()).orElse("none open")));
		return List.copyOf(lines);
	}

	private static String swt() {
		String swt = bundleVersion("org.eclipse.swt") + " (" + SWT.getPlatform() + " " + SWT.getVersion() + ")";
		String gtk = System.getProperty("org.eclipse.swt.internal.gtk.version");
		return gtk == null ? swt : swt + ", GTK " + gtk;
	}

	private static String bundleVersion(String symbolicName) {
		Bundle bundle = Platform.getBundle(symbolicName);
		return bundle == null ? NOT_INSTALLED : bundle.getVersion().toString();
	}
}
