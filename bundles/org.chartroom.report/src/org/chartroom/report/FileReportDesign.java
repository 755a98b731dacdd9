package org.chartroom.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A design file from disk, such as one made in the BIRT designer: its queries run as written. */
public final class FileReportDesign implements ReportDesign {

	private final Path file;

	public FileReportDesign(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	@Override
	public String id() {
		return file.toString();
	}

	@Override
	public String name() {
		return file.getFileName().toString();
	}

	@Override
	public String description() {
		return "The design " + file;
	}

	@Override
	public InputStream open() throws IOException {
		return Files.newInputStream(file);
	}
}
