package org.chartroom.core.imports;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * How source CSV files are read: RFC 4180 with comma and double quotes, nothing trimmed, strict
 * UTF-8, gzip when the name ends in {@code .gz}. An empty unquoted field reads as {@code null} (SQL
 * NULL), a quoted empty field {@code ""} as the empty string.
 */
final class CsvInput {

	/** {@code ALL_NON_NULL} without a null string makes the parser tell {@code ,,} (null) from {@code ,"",} (""). */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
			.setQuoteMode(QuoteMode.ALL_NON_NULL)
			.setNullString(null)
			.setTrim(false)
			.setIgnoreSurroundingSpaces(false)
			.setIgnoreEmptyLines(false)
			.get();

	private static final int BUFFER = 1 << 16;

	private CsvInput() {
	}

	/**
	 * The bytes of {@code file} as characters, ungzipped when its name ends in {@code .gz}; bytes that
	 * are not UTF-8 make reading fail with a {@link CharacterCodingException}.
	 */
	static Reader open(SourceFile file, InputStream bytes) throws IOException {
		InputStream in = new BufferedInputStream(bytes, BUFFER);
		try {
			if (file.name().toLowerCase(Locale.ROOT).endsWith(".gz")) {
				in = new GZIPInputStream(in, BUFFER);
			}
		} catch (IOException e) {
			in.close();
			throw e;
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	/** True for problems with the bytes (encoding, compression) rather than the CSV text. */
	static boolean isDecodingProblem(IOException e) {
		return e instanceof CharacterCodingException || e instanceof EOFException || e instanceof ZipException
				|| e instanceof UnreadableSourceException;
	}

	/** Why a file could not be read, in words for the user. */
	static String describe(IOException e) {
		if (e instanceof UnreadableSourceException) {
			return e.getMessage();
		}
		if (e instanceof CharacterCodingException) {
			return "the file is not valid UTF-8 text";
		}
		if (e instanceof EOFException) {
			return "the file ends unexpectedly: it is truncated (" + e.getMessage() + ")";
		}
		if (e instanceof ZipException) {
			return "the file is not valid gzip data (" + e.getMessage() + ")";
		}
		return "cannot read the file: " + e.getMessage();
	}
}
