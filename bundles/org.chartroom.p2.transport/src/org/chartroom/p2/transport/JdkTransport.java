package org.chartroom.p2.transport;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;

/** Reads {@code file:} URLs from disk and {@code http(s):} URLs with {@link HttpClient}; no authentication. */
final class JdkTransport extends Transport {

	private static final String BUNDLE = "org.chartroom.p2.transport";
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(TIMEOUT).build();

	@Override
	public IStatus download(URI uri, OutputStream target, IProgressMonitor monitor) {
		try (InputStream in = stream(uri, monitor)) {
			byte[] buffer = new byte[1 << 16];
			for (int read; (read = in.read(buffer)) >= 0;) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				target.write(buffer, 0, read);
			}
			return Status.OK_STATUS;
		} catch (FileNotFoundException e) {
			return new Status(IStatus.ERROR, BUNDLE, 1001 /* ProvisionException.ARTIFACT_NOT_FOUND */, "Not found: " + uri, e);
		} catch (IOException | CoreException e) {
			return new Status(IStatus.ERROR, BUNDLE, "Cannot read " + uri + ": " + e.getMessage(), e);
		}
	}

	@Override
	public InputStream stream(URI uri, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
		if ("file".equals(uri.getScheme())) {
			try {
				return Files.newInputStream(Path.of(uri));
			} catch (NoSuchFileException e) {
				throw new FileNotFoundException(uri.toString());
			} catch (IOException e) {
				throw failure(uri, e);
			}
		}
		HttpResponse<InputStream> response = send(uri, "GET", HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() == 404 || response.statusCode() == 410) {
			close(response.body());
			throw new FileNotFoundException(uri.toString());
		}
		if (response.statusCode() / 100 != 2) {
			close(response.body());
			throw failure(uri, new IOException("HTTP status " + response.statusCode()));
		}
		return response.body();
	}

	@Override
	public long getLastModified(URI uri, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
		if ("file".equals(uri.getScheme())) {
			try {
				return Files.getLastModifiedTime(Path.of(uri)).toMillis();
			} catch (NoSuchFileException e) {
				throw new FileNotFoundException(uri.toString());
			} catch (IOException e) {
				throw failure(uri, e);
			}
		}
		HttpResponse<Void> response = send(uri, "HEAD", HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() == 404 || response.statusCode() == 410) {
			throw new FileNotFoundException(uri.toString());
		}
		if (response.statusCode() / 100 != 2) {
			throw failure(uri, new IOException("HTTP status " + response.statusCode()));
		}
		return response.headers().firstValue("Last-Modified").map(JdkTransport::httpDate).orElse(0L);
	}

	private <T> HttpResponse<T> send(URI uri, String method, HttpResponse.BodyHandler<T> body) throws CoreException {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).method(method, HttpRequest.BodyPublishers.noBody())
				.build();
		try {
			return http.send(request, body);
		} catch (IOException e) {
			throw failure(uri, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private static long httpDate(String value) {
		try {
			return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
		} catch (DateTimeParseException e) {
			return 0L;
		}
	}

	private static CoreException failure(URI uri, IOException e) {
		return new CoreException(new Status(IStatus.ERROR, BUNDLE, "Cannot read " + uri + ": " + e.getMessage(), e));
	}

	private static void close(InputStream in) {
		try {
			in.close();
		} catch (IOException e) {
			// nothing more to read from it
		}
	}
}
