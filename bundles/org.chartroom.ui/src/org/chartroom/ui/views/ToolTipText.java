package org.chartroom.ui.views;

/** Tool tips a person can read: long descriptions broken into lines of moderate width. */
final class ToolTipText {

	static final int WIDTH = 80;

	private ToolTipText() {
	}

	static String wrap(String text) {
		StringBuilder wrapped = new StringBuilder(text.length() + 8);
		for (String paragraph : text.split("\n", -1)) {
			if (!wrapped.isEmpty()) {
				wrapped.append('\n');
			}
			int lineLength = 0;
			for (String word : paragraph.split(" ")) {
				if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
					wrapped.append('\n');
					lineLength = 0;
				} else if (lineLength > 0) {
					wrapped.append(' ');
					lineLength++;
				}
				wrapped.append(word);
				lineLength += word.length();
			}
		}
		return wrapped.toString();
	}
}
