package org.chartroom.ui.sql.editor;

import java.util.List;
import java.util.Set;

import org.chartroom.core.sql.SqlToken;
import org.chartroom.core.sql.SqlTokenizer;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Colours SQL with the same tokenizer that splits statements and completes them, so that what
 * looks like a comment or a string is what the rest of the editor treats as one.
 */
final class SqlTokenScanner implements ITokenScanner {

	private static final IToken KEYWORD = new Token(new TextAttribute(new Color(0x7f, 0x00, 0x55), null, SWT.BOLD));
	private static final IToken STRING = new Token(new TextAttribute(new Color(0x2a, 0x00, 0xff)));
	private static final IToken QUOTED = new Token(new TextAttribute(new Color(0x00, 0x66, 0x66)));
	private static final IToken NUMBER = new Token(new TextAttribute(new Color(0x00, 0x66, 0x00)));
	private static final IToken COMMENT = new Token(new TextAttribute(new Color(0x3f, 0x7f, 0x5f), null, SWT.ITALIC));
	private static final IToken PLAIN = new Token(null);

	private final Set<String> keywords;
	private List<SqlToken> tokens = List.of();
	private int base;
	private int next;
	private SqlToken current;

	SqlTokenScanner(Set<String> keywords) {
		this.keywords = keywords;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		try {
			tokens = SqlTokenizer.tokenize(document.get(offset, length));
		} catch (BadLocationException e) {
			tokens = List.of();
		}
		base = offset;
		next = 0;
	}

	@Override
	public IToken nextToken() {
		if (next >= tokens.size()) {
			return Token.EOF;
		}
		current = tokens.get(next++);
		return switch (current.kind()) {
		case WORD -> keywords.contains(current.identifier()) ? KEYWORD : PLAIN;
		case STRING -> STRING;
		case QUOTED_IDENTIFIER -> QUOTED;
		case NUMBER -> NUMBER;
		case LINE_COMMENT, BLOCK_COMMENT -> COMMENT;
		case WHITESPACE -> Token.WHITESPACE;
		case SYMBOL -> PLAIN;
		};
	}

	@Override
	public int getTokenOffset() {
		return base + current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.text().length();
	}
}
