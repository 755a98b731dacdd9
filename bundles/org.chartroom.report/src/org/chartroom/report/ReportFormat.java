package org.chartroom.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The output formats, each named by its file extension. */
public enum ReportFormat {

	/** One self-contained page: images embedded as data URIs. */
	HTML("html"),
	PDF("pdf"),
	XLSX("xlsx");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	/** The format a file name asks for by its extension (any letter case). */
	public static Optional<ReportFormat> ofFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (ReportFormat format : values()) {
			if (name.endsWith("." + format.extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
