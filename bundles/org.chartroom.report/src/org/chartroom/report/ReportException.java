package org.chartroom.report;

/** A report that could not be made: a bad parameter, a design that does not fit, or BIRT's own error. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
