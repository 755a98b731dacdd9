package org.chartroom.sql.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLSX sheet the way a large one must be read: unzipped and parsed as a stream, never
 * whole in memory. Counts the rows, keeps the header and the row whose first cell holds a given
 * number, with each cell's type, value and number format.
 */
final class XlsxSheet {

	/** A cell as written: its type ({@code n} for numbers), its value, its number format ("" for none). */
	record CellValue(String type, String value, String format) {

		double number() {
			return Double.parseDouble(value);
		}
	}

	private int rows;
	private final List<String> header = new ArrayList<>();
	private final List<CellValue> found = new ArrayList<>();
	private final boolean keepAll;
	private final List<List<CellValue>> all = new ArrayList<>();

	private XlsxSheet(boolean keepAll) {
		this.keepAll = keepAll;
	}

	int rows() {
		return rows;
	}

	List<String> header() {
		return header;
	}

	/** Every row after the header, for small sheets read with {@link #readAll}; null where a cell is absent. */
	List<List<CellValue>> all() {
		return all;
	}

	/** The cells of the row found, null where a cell is absent. */
	List<CellValue> found() {
		return found;
	}

	static List<String> sheetNames(Path xlsx) throws IOException, XMLStreamException {
		List<String> names = new ArrayList<>();
		try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
			XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
					names.add(xml.getAttributeValue(null, "name"));
				}
			}
		}
		return names;
	}

	/** A small sheet whole: header and rows. */
	static XlsxSheet readAll(Path xlsx, int sheetNumber) throws IOException, XMLStreamException {
		return read(xlsx, sheetNumber, Long.MIN_VALUE, true);
	}

	/** A sheet streamed: its row count, header and the row whose first cell is that number. */
	static XlsxSheet read(Path xlsx, int sheetNumber, long firstCell) throws IOException, XMLStreamException {
		return read(xlsx, sheetNumber, firstCell, false);
	}

	private static XlsxSheet read(Path xlsx, int sheetNumber, long firstCell, boolean keepAll)
			throws IOException, XMLStreamException {
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			List<String> formats = cellFormats(zip);
			XlsxSheet sheet = new XlsxSheet(keepAll);
			try (InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + sheetNumber + ".xml"))) {
				sheet.parse(XMLInputFactory.newFactory().createXMLStreamReader(in), formats, String.valueOf(firstCell));
			}
			return sheet;
		}
	}

	private void parse(XMLStreamReader xml, List<String> formats, String firstCell) throws XMLStreamException {
		List<CellValue> row = new ArrayList<>();
		String type = "n";
		String format = "";
		int column = 0;
		StringBuilder text = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
				case "row" -> {
					rows++;
					row.clear();
				}
				case "c" -> {
					String t = xml.getAttributeValue(null, "t");
					type = t == null ? "n" : t;
					String s = xml.getAttributeValue(null, "s");
					format = s == null ? "" : formats.get(Integer.parseInt(s));
					column = column(xml.getAttributeValue(null, "r"));
				}
				case "v", "t" -> text = new StringBuilder();
				default -> {
				}
				}
			} else if (event == XMLStreamConstants.CHARACTERS && text != null) {
				text.append(xml.getText());
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				switch (xml.getLocalName()) {
				case "v", "t" -> {
					while (row.size() < column) {
						row.add(null);
					}
					row.add(new CellValue(type, text.toString(), format));
					text = null;
				}
				case "row" -> {
					if (rows == 1) {
						row.forEach(cell -> header.add(cell.value()));
					} else if (keepAll) {
						List<CellValue> cells = new ArrayList<>(row);
						while (cells.size() < header.size()) {
							cells.add(null);
						}
						all.add(cells);
					} else if (!row.isEmpty() && row.get(0) != null && row.get(0).type().equals("n")
							&& Double.parseDouble(row.get(0).value()) == Double.parseDouble(firstCell)) {
						found.addAll(row);
						while (found.size() < header.size()) {
							found.add(null);
						}
					}
				}
				default -> {
				}
				}
			}
		}
	}

	/** The column index of a cell reference such as {@code AB12}. */
	private static int column(String reference) {
		int index = 0;
		for (char c : reference.toCharArray()) {
			if (!Character.isLetter(c)) {
				break;
			}
			index = index * 26 + (c - 'A' + 1);
		}
		return index - 1;
	}

	/** The number format of each cell style, by style index ("" for the general format). */
	private static List<String> cellFormats(ZipFile zip) throws IOException, XMLStreamException {
		Map<String, String> codes = new HashMap<>();
		List<String> formats = new ArrayList<>();
		try (InputStream in = zip.getInputStream(zip.getEntry("xl/styles.xml"))) {
			XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
			boolean inCellXfs = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
					case "numFmt" -> codes.put(xml.getAttributeValue(null, "numFmtId"), xml.getAttributeValue(null, "formatCode"));
					case "cellXfs" -> inCellXfs = true;
					case "xf" -> {
						if (inCellXfs) {
							formats.add(codes.getOrDefault(xml.getAttributeValue(null, "numFmtId"), ""));
						}
					}
					default -> {
					}
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
					inCellXfs = false;
				}
			}
		}
		return formats;
	}
}
