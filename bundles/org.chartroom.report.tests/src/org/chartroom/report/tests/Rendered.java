package org.chartroom.report.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.chartroom.report.ReportDesign;
import org.chartroom.report.ReportFormat;

/**
 * A report rendered to a file under {@code target/reports/} (kept for people to look at) and its
 * text read back: HTML without tags, PDF through poppler's {@code pdftotext}, XLSX from its sheet XML.
 */
record Rendered(Path file, byte[] bytes) {

	static Rendered run(ReportDesign design, Map<String, String> parameters, ReportFormat format, String name) throws Exception {
		return run(DemoWorkspace.DATASET, design, parameters, format, name);
	}

	static Rendered run(String dataset, ReportDesign design, Map<String, String> parameters, ReportFormat format, String name)
			throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Services.reports().run(DemoWorkspace.get(), dataset, design, parameters, format, out, null);
		Path file = Path.of("target", "reports", name + "." + format.extension()).toAbsolutePath();
		Files.createDirectories(file.getParent());
		Files.write(file, out.toByteArray());
		return new Rendered(file, out.toByteArray());
	}

	String html() {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** The HTML's text: tags dropped, entities that matter decoded, white space collapsed to one blank. */
	String htmlText() {
		String text = html().replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
				.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
		return text.replaceAll("\\s+", " ").strip();
	}

	/** The PDF's text as {@code pdftotext -layout} gives it, white space collapsed; one entry per page. */
	List<String> pdfPages() throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
		String text;
		try (InputStream in = process.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new AssertionError("pdftotext failed on " + file + ": " + text);
		}
		List<String> pages = new ArrayList<>();
		for (String page : text.split("\f")) {
			pages.add(page.replaceAll("\\s+", " ").strip());
		}
		if (!pages.isEmpty() && pages.get(pages.size() - 1).isEmpty()) {
			pages.remove(pages.size() - 1);
		}
		return pages;
	}

	/** The PDF's images as {@code pdfimages -list} counts them. */
	int pdfImages() throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdfimages", "-list", file.toString()).redirectErrorStream(true).start();
		String text;
		try (InputStream in = process.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		process.waitFor(60, TimeUnit.SECONDS);
		return (int) text.lines().skip(2).filter(l -> !l.isBlank()).count();
	}

	/** Every cell of the workbook as text, row by row ("A1=..."), from its shared strings and sheets. */
	List<String> xlsxCells() throws IOException {
		List<String> shared = new ArrayList<>();
		List<String> sheets = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				if (entry.getName().equals("xl/sharedStrings.xml")) {
					Matcher si = Pattern.compile("(?s)<si>(.*?)</si>").matcher(xml);
					while (si.find()) {
						shared.add(si.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
					}
				} else if (entry.getName().startsWith("xl/worksheets/sheet")) {
					sheets.add(xml);
				}
			}
		}
		if (sheets.isEmpty()) {
			throw new AssertionError("the workbook " + file + " has no sheet");
		}
		List<String> cells = new ArrayList<>();
		Pattern cell = Pattern.compile("(?s)<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(?:/>|>(.*?)</c>)");
		for (String sheet : sheets) {
			Matcher c = cell.matcher(sheet);
			while (c.find()) {
				String body = c.group(3) == null ? "" : c.group(3);
				Matcher v = Pattern.compile("<v>(.*?)</v>").matcher(body);
				Matcher is = Pattern.compile("(?s)<is>(.*?)</is>").matcher(body);
				String value;
				if (c.group(2).contains("t=\"s\"") && v.find()) {
					value = shared.get(Integer.parseInt(v.group(1)));
				} else if (v.find()) {
					value = v.group(1);
				} else if (is.find()) {
					value = is.group(1).replaceAll("<[^>]+>", "");
				} else {
					continue;
				}
				cells.add(c.group(1) + "=" + value);
			}
		}
		return cells;
	}
}
