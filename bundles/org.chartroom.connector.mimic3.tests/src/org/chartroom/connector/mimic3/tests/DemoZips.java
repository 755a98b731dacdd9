package org.chartroom.connector.mimic3.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips of the MIMIC-III demo files shaped the way PhysioNet distributes them, built in a test's
 * temporary folder (never committed): the demo's zip has a top folder with uncompressed {@code .csv}
 * files, the full database's zip {@code .csv.gz} files.
 */
final class DemoZips {

	static final String TOP_FOLDER = "mimic-iii-clinical-database-demo-1.4";

	private DemoZips() {
	}

	/** {@code <TOP_FOLDER>/<TABLE>.csv} for every demo file (ungzipped, deflated in the zip), plus the demo's text files. */
	static Path withTopFolderAndCsvEntries(Path zip) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.setLevel(Deflater.BEST_SPEED);
			out.putNextEntry(new ZipEntry(TOP_FOLDER + "/"));
			out.closeEntry();
			for (Path file : demoFiles()) {
				String name = file.getFileName().toString();
				boolean gzip = name.endsWith(".gz");
				out.putNextEntry(new ZipEntry(TOP_FOLDER + "/" + (gzip ? name.substring(0, name.length() - 3) : name)));
				try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file), 1 << 16) : Files.newInputStream(file)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return zip;
	}

	/** {@code <table>.csv.gz} at the zip's root, names in lower case, entries stored as they are. */
	static Path withLowerCaseGzipEntriesAtTheRoot(Path zip) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Path file : demoFiles()) {
				String name = file.getFileName().toString();
				if (!name.endsWith(".csv.gz")) {
					continue;
				}
				byte[] bytes = Files.readAllBytes(file);
				ZipEntry entry = new ZipEntry(name.toLowerCase(Locale.ROOT));
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(bytes.length);
				CRC32 crc = new CRC32();
				crc.update(bytes);
				entry.setCrc(crc.getValue());
				out.putNextEntry(entry);
				out.write(bytes);
				out.closeEntry();
			}
		}
		return zip;
	}

	/** A copy of {@code zip} cut off in the middle. */
	static Path truncated(Path zip, Path copy) throws IOException {
		long half = Files.size(zip) / 2;
		try (InputStream in = Files.newInputStream(zip); OutputStream out = Files.newOutputStream(copy)) {
			out.write(in.readNBytes((int) half));
		}
		return copy;
	}

	private static List<Path> demoFiles() throws IOException {
		try (Stream<Path> files = Files.list(DemoFolder.mimic3())) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
