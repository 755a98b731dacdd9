package org.chartroom.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder on disk. */
record PathFolder(Path path) implements SourceFolder {

	/** A file on disk; messages name it by its file name alone. */
	record PathFile(Path path) implements SourceFile {

		@Override
		public String name() {
			return path.getFileName().toString();
		}

		@Override
		public String location() {
			return name();
		}

		@Override
		public long size() {
			try {
				return Files.size(path);
			} catch (IOException e) {
				return 0; // reading it will fail with a message of its own
			}
		}

		@Override
		public InputStream openStream() throws IOException {
			return Files.newInputStream(path);
		}
	}

	@Override
	public String location() {
		return path.toString();
	}

	@Override
	public List<SourceFile> files() throws ImportException {
		return list().stream().filter(Files::isRegularFile).<SourceFile>map(PathFile::new).toList();
	}

	@Override
	public List<SourceFolder> folders() throws ImportException {
		return list().stream().filter(Files::isDirectory).<SourceFolder>map(PathFolder::new).toList();
	}

	private List<Path> list() throws ImportException {
		try (Stream<Path> entries = Files.list(path)) {
			return entries.toList();
		} catch (IOException e) {
			throw ImportException.general("Cannot list the folder " + path + ": " + e.getMessage());
		}
	}
}
