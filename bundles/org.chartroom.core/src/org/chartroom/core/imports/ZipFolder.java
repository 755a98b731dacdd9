package org.chartroom.core.imports;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A folder inside a zip (the zip's root, or a folder in it), as PhysioNet distributes its data.
 * Entries are read in place through {@link ZipFile}: nothing is extracted to disk.
 *
 * @param zip    the open zip; the {@link ImportSource} closes it
 * @param path   the zip's path, for messages
 * @param prefix the folder's entry name with a trailing {@code /}; empty for the root
 */
record ZipFolder(ZipFile zip, Path path, String prefix) implements SourceFolder {

	/** An entry of the zip; messages name the zip and the entry, e.g. {@code demo.zip!/demo/PATIENTS.csv}. */
	record ZipEntryFile(ZipFile zip, String zipName, ZipEntry entry) implements SourceFile {

		@Override
		public String name() {
			String name = entry.getName();
			return name.substring(name.lastIndexOf('/') + 1);
		}

		@Override
		public String location() {
			return zipName + "!/" + entry.getName();
		}

		@Override
		public long size() {
			return Math.max(0, entry.getSize());
		}

		@Override
		public InputStream openStream() throws IOException {
			return new DamageReporting(zip.getInputStream(entry));
		}
	}

	/** Tells a damaged zip entry apart from damaged content (a {@code .gz} entry has a layer of its own). */
	private static final class DamageReporting extends FilterInputStream {

		DamageReporting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			} catch (ZipException | EOFException e) {
				throw damaged(e);
			}
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			try {
				return super.read(b, off, len);
			} catch (ZipException | EOFException e) {
				throw damaged(e);
			}
		}

		private static UnreadableSourceException damaged(IOException e) {
			return new UnreadableSourceException("the zip entry is damaged (" + e.getMessage() + ")", e);
		}
	}

	/** The root of the zip at {@code path}, opened; fails with one message when it is no readable zip. */
	static ZipFolder open(Path path) throws ImportException {
		try {
			return new ZipFolder(new ZipFile(path.toFile()), path, "");
		} catch (IOException e) {
			throw ImportException.general("Cannot read the zip file " + path + ": it is damaged or truncated ("
					+ e.getMessage() + ").");
		}
	}

	@Override
	public String location() {
		return prefix.isEmpty() ? path.toString() : path + "!/" + prefix.substring(0, prefix.length() - 1);
	}

	@Override
	public List<SourceFile> files() {
		String zipName = path.getFileName().toString();
		return zip.stream().filter(e -> !e.isDirectory() && child(e.getName()).filter(c -> c.indexOf('/') < 0).isPresent())
				.<SourceFile>map(e -> new ZipEntryFile(zip, zipName, e)).toList();
	}

	@Override
	public List<SourceFolder> folders() {
		// Zips need not hold entries for their folders: a folder is any first name before a '/'.
		Set<String> names = new LinkedHashSet<>();
		zip.stream().forEach(e -> child(e.getName()).filter(c -> c.indexOf('/') > 0)
				.ifPresent(c -> names.add(c.substring(0, c.indexOf('/') + 1))));
		List<SourceFolder> folders = new ArrayList<>();
		names.forEach(name -> folders.add(new ZipFolder(zip, path, prefix + name)));
		return folders;
	}

	/** The part of an entry name below this folder, if the entry is below it. */
	private Optional<String> child(String entryName) {
		return entryName.startsWith(prefix) && entryName.length() > prefix.length()
				? Optional.of(entryName.substring(prefix.length()))
				: Optional.empty();
	}
}
