package org.chartroom.synthetic.mimic3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A note text with blanks ({@code data/notes/*.txt}): {@code {KEY}} is filled from the note's values,
 * {@code [[one|two|three]]} is one of the choices, drawn at random. Everything else, line breaks,
 * commas and quotes included, is copied as it is.
 */
final class NoteTemplate {

	private sealed interface Part permits Literal, Blank, Choice {
	}

	private record Literal(String text) implements Part {
	}

	private record Blank(String key) implements Part {
	}

	private record Choice(String[] options) implements Part {
	}

	private final String name;
	private final List<Part> parts = new ArrayList<>();

	NoteTemplate(String name) {
		this.name = name;
		String text = read("data/notes/" + name + ".txt");
		int at = 0;
		while (at < text.length()) {
			int blank = text.indexOf('{', at);
			int choice = text.indexOf("[[", at);
			int next = blank < 0 ? choice : choice < 0 ? blank : Math.min(blank, choice);
			if (next < 0) {
				parts.add(new Literal(text.substring(at)));
				break;
			}
			if (next > at) {
				parts.add(new Literal(text.substring(at, next)));
			}
			if (next == blank) {
				int end = text.indexOf('}', next);
				parts.add(new Blank(text.substring(next + 1, end)));
				at = end + 1;
			} else {
				int end = text.indexOf("]]", next);
				parts.add(new Choice(text.substring(next + 2, end).split("\\|")));
				at = end + 2;
			}
		}
	}

	private static String read(String resource) {
		try (InputStream in = NoteTemplate.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource, e);
		}
	}

	String render(Map<String, String> values, Chance chance) {
		StringBuilder text = new StringBuilder(2048);
		for (Part part : parts) {
			switch (part) {
			case Literal literal -> text.append(literal.text());
			case Choice choice -> text.append(chance.pick(choice.options()));
			case Blank blank -> {
				String value = values.get(blank.key());
				if (value == null) {
					throw new IllegalStateException("Note template " + name + " has a blank {" + blank.key() + "} with no value");
				}
				text.append(value);
			}
			}
		}
		return text.toString();
	}
}
