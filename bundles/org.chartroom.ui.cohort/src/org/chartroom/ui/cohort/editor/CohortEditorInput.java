package org.chartroom.ui.cohort.editor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chartroom.cohort.Cohort;
import org.chartroom.ui.cohort.CohortDataset;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What a cohort editor edits: a cohort of a dataset, either saved in the workspace under a name (one
 * editor per saved cohort) or new (from scratch or read from a file, with the warnings of that read).
 */
public final class CohortEditorInput implements IEditorInput {

	private static int untitled;

	private final CohortDataset dataset;
	private final Cohort cohort;
	private final Optional<String> savedName;
	private final List<String> warnings;
	private final String title;

	private CohortEditorInput(CohortDataset dataset, Cohort cohort, Optional<String> savedName, List<String> warnings,
			String title) {
		this.dataset = dataset;
		this.cohort = cohort;
		this.savedName = savedName;
		this.warnings = List.copyOf(warnings);
		this.title = title;
	}

	/** A cohort saved in the workspace under {@code name}. */
	public static CohortEditorInput saved(CohortDataset dataset, String name, Cohort cohort) {
		return new CohortEditorInput(dataset, cohort, Optional.of(name), List.of(), name);
	}

	/** A cohort not saved yet: new, or read from a file (with what that read could not take over). */
	public static synchronized CohortEditorInput unsaved(CohortDataset dataset, Cohort cohort, List<String> warnings) {
		untitled++;
		String name = cohort.getName() != null && !cohort.getName().isBlank() ? cohort.getName() : "Cohort " + untitled;
		return new CohortEditorInput(dataset, cohort, Optional.empty(), warnings, name);
	}

	public CohortDataset dataset() {
		return dataset;
	}

	public Cohort cohort() {
		return cohort;
	}

	public Optional<String> savedName() {
		return savedName;
	}

	public List<String> warnings() {
		return warnings;
	}

	@Override
	public boolean exists() {
		return savedName.isPresent();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return title + " (" + dataset.name() + ")";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Cohort " + title + " on dataset " + dataset.name() + (savedName.isPresent() ? "" : " (not saved)");
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	/** Saved cohorts are equal by dataset and name (case-insensitive), so opening one twice shows its editor. */
	@Override
	public boolean equals(Object other) {
		return other instanceof CohortEditorInput input
				&& (savedName.isPresent() ? input.savedName.isPresent() && key().equals(input.key()) : this == input);
	}

	@Override
	public int hashCode() {
		return savedName.isPresent() ? key().hashCode() : System.identityHashCode(this);
	}

	private String key() {
		return (dataset.name() + "/" + savedName.orElse("")).toUpperCase(Locale.ROOT);
	}
}
