package org.chartroom.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The two streams of the contract: stdout carries the result only; progress, warnings and
 * errors go to stderr. Both are UTF-8 whatever the platform's default.
 */
public final class CliOutput implements AutoCloseable {

	private final PrintWriter out;
	private final PrintWriter err;

	public CliOutput(Writer out, Writer err) {
		this.out = new PrintWriter(out, false);
		this.err = new PrintWriter(err, true);
	}

	static CliOutput ofProcess() {
		return new CliOutput(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
				new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
	}

	/** The result. */
	public PrintWriter out() {
		return out;
	}

	/** Everything else. */
	public PrintWriter err() {
		return err;
	}

	@Override
	public void close() {
		out.flush();
		err.flush();
	}
}
