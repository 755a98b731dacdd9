package org.chartroom.sql;

/**
 * One statement of a script: its text without the {@code ;} and the blanks around it, and where
 * that text starts in the script, so that positions in it map back to the editor.
 *
 * @param offset where {@code sql} starts in the script
 * @param sql    the statement, trimmed, without its terminating {@code ;}
 */
public record SqlStatement(int offset, String sql) {

	public int end() {
		return offset + sql.length();
	}
}
