package org.chartroom.report;

/** A parameter the design does not declare, or a required one not given, or a value of the wrong type. */
public final class ReportParameterException extends ReportException {

	private static final long serialVersionUID = 1L;

	public ReportParameterException(String message) {
		super(message);
	}
}
