package org.chartroom.install;

/** Installing or listing plugins failed; the message says why, for a person. */
public final class InstallException extends Exception {

	private static final long serialVersionUID = 1L;

	public InstallException(String message) {
		super(message);
	}

	public InstallException(String message, Throwable cause) {
		super(message, cause);
	}
}
