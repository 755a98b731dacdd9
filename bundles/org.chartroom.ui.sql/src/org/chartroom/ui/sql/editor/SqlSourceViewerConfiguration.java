package org.chartroom.ui.sql.editor;

import java.util.Set;
import java.util.function.Supplier;

import org.chartroom.sql.completion.SqlCompleter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;

/** Colours and completion of the SQL editor. */
final class SqlSourceViewerConfiguration extends SourceViewerConfiguration {

	private final Supplier<Set<String>> keywords;
	private final Supplier<SqlCompleter> completer;

	SqlSourceViewerConfiguration(Supplier<Set<String>> keywords, Supplier<SqlCompleter> completer) {
		this.keywords = keywords;
		this.completer = completer;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		WholeDocumentDamagerRepairer colours = new WholeDocumentDamagerRepairer(new SqlTokenScanner(keywords.get()));
		reconciler.setDamager(colours, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(colours, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant(true); // proposals computed off the UI thread
		assistant.setContentAssistProcessor(new SqlCompletionProcessor(completer), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		assistant.setShowEmptyList(true);
		return assistant;
	}
}
