package org.chartroom.ui.sql.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

/** Reads and writes {@code .sql} files as UTF-8 text; a new script starts empty. */
final class SqlDocumentProvider extends AbstractDocumentProvider {

	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		Document document = new Document();
		if (element instanceof SqlEditorInput input && input.file().isPresent() && Files.isRegularFile(input.file().get())) {
			try {
				document.set(Files.readString(input.file().get(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw failure("Cannot read " + input.file().get() + ": " + e.getMessage(), e);
			}
		}
		return document;
	}

	@Override
	public boolean isReadOnly(Object element) {
		return false;
	}

	@Override
	public boolean isModifiable(Object element) {
		return true;
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		return null;
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
			throws CoreException {
		if (!(element instanceof SqlEditorInput input) || input.file().isEmpty()) {
			throw failure("A new script is saved with Save As.", null);
		}
		write(input.file().get(), document.get());
	}

	static void write(Path file, String text) throws CoreException {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw failure("Cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}

	private static CoreException failure(String message, Throwable cause) {
		return new CoreException(Status.error(message, cause));
	}
}
