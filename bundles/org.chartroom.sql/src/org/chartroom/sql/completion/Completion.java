package org.chartroom.sql.completion;

/**
 * One proposal: what the list shows and the text that replaces part of the script.
 *
 * @param kind        what is proposed
 * @param label       what the list shows, e.g. {@code ITEMID} or {@code Heart Rate — 211}
 * @param detail      a longer description (the model's), or empty
 * @param replacement the text inserted
 * @param offset      where in the script the replaced text starts
 * @param length      how many characters it replaces (what was typed of it)
 */
public record Completion(Kind kind, String label, String detail, String replacement, int offset, int length) {

	/** The kinds of proposals. */
	public enum Kind {
		KEYWORD, TABLE, ALIAS, COLUMN, JOIN, CONCEPT
	}
}
