package org.chartroom.cli;

import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** The version of this bundle, which moves in lockstep with the product's. */
public final class ChartroomVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		var bundle = FrameworkUtil.getBundle(ChartroomVersion.class);
		String version = bundle == null ? "unknown" : bundle.getVersion().toString();
		return new String[] { "Chartroom " + version, "Java " + Runtime.version() };
	}
}
