package org.chartroom.ui.sql.editor;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What a SQL editor edits: a {@code .sql} file, or a new script not yet saved, and the dataset
 * it was opened on.
 */
public final class SqlEditorInput implements IEditorInput {

	private static int untitled;

	private final Optional<Path> file;
	private final Optional<String> dataset;
	private final String name;

	private SqlEditorInput(Optional<Path> file, Optional<String> dataset, String name) {
		this.file = file;
		this.dataset = dataset;
		this.name = name;
	}

	/** A new, empty script on a dataset (or none yet). */
	public static synchronized SqlEditorInput untitled(Optional<String> dataset) {
		untitled++;
		return new SqlEditorInput(Optional.empty(), dataset, "SQL " + untitled + dataset.map(d -> " (" + d + ")").orElse(""));
	}

	/** A script file. */
	public static SqlEditorInput of(Path file, Optional<String> dataset) {
		Path absolute = file.toAbsolutePath().normalize();
		return new SqlEditorInput(Optional.of(absolute), dataset, absolute.getFileName().toString());
	}

	public Optional<Path> file() {
		return file;
	}

	public Optional<String> dataset() {
		return dataset;
	}

	@Override
	public boolean exists() {
		return file.isPresent();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.map(Path::toString).orElse(name);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SqlEditorInput input && (file.isPresent() ? file.equals(input.file) : this == input);
	}

	@Override
	public int hashCode() {
		return file.isPresent() ? file.hashCode() : Objects.hashCode(name);
	}
}
