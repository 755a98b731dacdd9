package org.chartroom.core.imports;

import java.io.IOException;

/** The bytes of a source file cannot be read; the message says why, in words for the user. */
final class UnreadableSourceException extends IOException {

	private static final long serialVersionUID = 1L;

	UnreadableSourceException(String message, Throwable cause) {
		super(message, cause);
	}
}
