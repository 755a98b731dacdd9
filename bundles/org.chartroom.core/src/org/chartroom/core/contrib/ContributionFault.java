package org.chartroom.core.contrib;

/**
 * A contribution that threw: which bundle, which kind of contribution, what it threw.
 *
 * @param bundle  the symbolic name and version of the contributing bundle, e.g. {@code org.example.faulty 1.0.0}
 * @param kind    the kind of contribution that was called, e.g. {@code connector}
 * @param error   what it threw
 */
public record ContributionFault(String bundle, String kind, Throwable error) {

	/** One line for people: names the bundle and says it is left out. */
	public String message() {
		return "The " + kind + " of plugin " + bundle + " failed (" + error + "); it is left out.";
	}
}
