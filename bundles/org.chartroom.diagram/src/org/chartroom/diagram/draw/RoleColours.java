package org.chartroom.diagram.draw;

import org.chartroom.diagram.TableRole;

/**
 * The colours of the clinical roles, as {@code #rrggbb}: a strong one for a box's header and a key
 * column's marker, a pale one for the box's body. Shared by the SVG export and the SWT editor.
 */
public final class RoleColours {

	private RoleColours() {
	}

	public static String header(TableRole role) {
		return switch (role) {
		case PATIENT -> "#c0392b";
		case STAY -> "#d68910";
		case EVENT -> "#2471a3";
		case DICTIONARY -> "#1e8449";
		case NONE -> "#5d6d7e";
		};
	}

	public static String body(TableRole role) {
		return switch (role) {
		case PATIENT -> "#fdedec";
		case STAY -> "#fef5e7";
		case EVENT -> "#ebf5fb";
		case DICTIONARY -> "#e9f7ef";
		case NONE -> "#f4f6f7";
		};
	}

	/** A word for people, for legends: {@code Patient}, {@code Stay}, ... */
	public static String label(TableRole role) {
		return switch (role) {
		case PATIENT -> "Patient";
		case STAY -> "Stay";
		case EVENT -> "Event";
		case DICTIONARY -> "Dictionary";
		case NONE -> "Other";
		};
	}

	/** The three numbers of a {@code #rrggbb} colour. */
	public static int[] rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new int[] { value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff };
	}
}
