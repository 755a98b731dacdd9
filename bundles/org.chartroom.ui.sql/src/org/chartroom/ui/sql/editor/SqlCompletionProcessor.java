package org.chartroom.ui.sql.editor;

import java.util.List;
import java.util.function.Supplier;

import org.chartroom.core.store.StoreException;
import org.chartroom.sql.completion.Completion;
import org.chartroom.sql.completion.SqlCompleter;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/**
 * Shows what {@link SqlCompleter} proposes. The assistant runs it off the UI thread, since a
 * concept lookup queries the dataset's dictionary.
 */
final class SqlCompletionProcessor implements IContentAssistProcessor {

	private final Supplier<SqlCompleter> completer;
	private String error;

	SqlCompletionProcessor(Supplier<SqlCompleter> completer) {
		this.completer = completer;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		try {
			List<Completion> completions = completer.get().complete(viewer.getDocument().get(), offset);
			return completions.stream().map(c -> new CompletionProposal(c.replacement(), c.offset(), c.length(),
					c.replacement().length(), null, c.label(), null, c.detail().isEmpty() ? null : c.detail()))
					.toArray(ICompletionProposal[]::new);
		} catch (StoreException e) {
			error = "Could not look the concepts up: " + e.getMessage();
			ILog.of(SqlCompletionProcessor.class).warn(error, e);
			return new ICompletionProposal[0];
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
