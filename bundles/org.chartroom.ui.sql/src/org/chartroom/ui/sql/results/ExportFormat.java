package org.chartroom.ui.sql.results;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a full result exports to, told apart by the file's extension. */
public enum ExportFormat {
	CSV("csv", "CSV (*.csv)"), XLSX("xlsx", "Excel workbook (*.xlsx)");

	private final String extension;
	private final String filterName;

	ExportFormat(String extension, String filterName) {
		this.extension = extension;
		this.filterName = filterName;
	}

	public String extension() {
		return extension;
	}

	/** The pattern a file dialog filters with, e.g. {@code *.csv}. */
	public String filter() {
		return "*." + extension;
	}

	public String filterName() {
		return filterName;
	}

	/** The format the file's extension names, if it names one. */
	public static Optional<ExportFormat> of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (ExportFormat format : values()) {
			if (name.endsWith("." + format.extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
