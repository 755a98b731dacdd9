package org.chartroom.connector.mimic3.tests;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A minimal RFC 4180 reader for the tests: comma-separated, fields optionally in double quotes,
 * doubled quotes inside them, line breaks inside quoted fields, {@code \n} or {@code \r\n} line ends.
 * Nothing is trimmed. Reads a gzip file as a stream, one record at a time.
 */
final class CsvRecords implements Closeable {

	private final Reader in;
	private final char[] buffer = new char[1 << 16];
	private int position;
	private int limit;
	private long lineNumber = 1;
	private long recordLine;

	private CsvRecords(Reader in) {
		this.in = in;
	}

	static CsvRecords openGzip(Path file) throws IOException {
		return new CsvRecords(new InputStreamReader(
				new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16),
				StandardCharsets.UTF_8));
	}

	/** The line of the file (1 = the first line) on which the record last returned by {@link #next()} starts. */
	long recordLine() {
		return recordLine;
	}

	/** The next record's fields, or null at the end of the file. */
	List<String> next() throws IOException {
		int c = read();
		if (c < 0) {
			return null;
		}
		recordLine = lineNumber;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		while (true) {
			if (c == '"' && field.isEmpty()) {
				c = readQuoted(field);
			}
			if (c < 0 || c == '\n') {
				fields.add(field.toString());
				if (c == '\n') {
					lineNumber++;
				}
				return fields;
			}
			if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else if (c == '\r') {
				int following = read();
				if (following != '\n') {
					throw new IOException("line " + lineNumber + ": carriage return without line feed");
				}
				lineNumber++;
				fields.add(field.toString());
				return fields;
			} else if (c == '"') {
				throw new IOException("line " + lineNumber + ": quote inside an unquoted field");
			} else {
				field.append((char) c);
			}
			c = read();
		}
	}

	/** Reads a quoted field's content after its opening quote; returns the character after the closing quote. */
	private int readQuoted(StringBuilder field) throws IOException {
		long startLine = lineNumber;
		while (true) {
			int c = read();
			if (c < 0) {
				throw new IOException("line " + startLine + ": quoted field not closed before the end of the file");
			}
			if (c == '"') {
				int following = read();
				if (following != '"') {
					if (following >= 0 && following != ',' && following != '\n' && following != '\r') {
						throw new IOException("line " + lineNumber + ": text after a closing quote");
					}
					return following;
				}
			} else if (c == '\n') {
				lineNumber++;
			}
			field.append((char) c);
		}
	}

	private int read() throws IOException {
		if (position == limit) {
			limit = in.read(buffer, 0, buffer.length);
			position = 0;
			if (limit <= 0) {
				limit = 0;
				return -1;
			}
		}
		return buffer[position++];
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
