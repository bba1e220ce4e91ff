package se.samverkanskartan.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV table (organisations, ties or a survey) with Commons CSV. Accepts UTF-8
 * with or without BOM and UTF-16 with BOM; semicolons, commas or tabs, found from the
 * header. Anything else is a problem with its line.
 */
final class CsvTables {

	private CsvTables() {
	}

	static void read(ImportBatch batch, byte[] bytes, Tables tables, ImportMessages messages) {
		String text = decode(bytes, batch, messages);
		if (text == null) {
			return;
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = delimiter(firstLine);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			batch.problem("", messages.text("import.problem.csv", ex.getMessage()));
			return;
		}
		if (records.isEmpty()) {
			batch.problem("", messages.text("import.problem.empty"));
			return;
		}
		List<String> headers = records.getFirst().toList();
		List<String> columns = new ArrayList<>();
		Map<String, String> headerOf = new HashMap<>();
		for (String header : headers) {
			String column = Tables.column(header);
			columns.add(column);
			if (column == null) {
				batch.problem(messages.text("import.location.column", header),
						messages.text("import.problem.unknown-column"));
			}
			else {
				headerOf.put(column, header);
			}
		}
		List<String> gephi = Tables.withGephiEnds(columns);
		if (!gephi.equals(columns)) {
			columns = new ArrayList<>(gephi);
			headerOf.put("from", headerOf.remove("source"));
		}
		String table = Tables.tableOf(columns);
		if (table == null) {
			batch.problem(messages.text("import.location.row", 1),
					messages.text("import.problem.which-table", String.valueOf(delimiter).replace("\t", "tab")));
			return;
		}
		String name = batch.file;
		for (int i = 1; i < records.size(); i++) {
			CSVRecord record = records.get(i);
			Map<String, String> cells = new HashMap<>();
			for (int c = 0; c < record.size() && c < columns.size(); c++) {
				if (columns.get(c) != null) {
					cells.put(columns.get(c), record.get(c));
				}
			}
			if (record.size() > columns.size()) {
				batch.problem(messages.text("import.location.row", record.getRecordNumber()),
						messages.text("import.problem.too-many-cells", record.size(), columns.size()));
			}
			tables.add(table, new Tables.Row(name, (int) record.getRecordNumber(), cells, headerOf));
		}
	}

	/** The header decides: the most frequent of ; , and tab outside quotes. */
	private static char delimiter(String header) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				semicolons += (c == ';') ? 1 : 0;
				commas += (c == ',') ? 1 : 0;
				tabs += (c == '\t') ? 1 : 0;
			}
		}
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return (semicolons >= commas) ? ';' : ',';
	}

	private static String decode(byte[] bytes, ImportBatch batch, ImportMessages messages) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			return new String(bytes, StandardCharsets.UTF_16);
		}
		for (byte b : bytes) {
			// NUL bytes: UTF-16 without its byte order mark, or not text at all
			if (b == 0) {
				batch.problem("", messages.text("import.problem.encoding"));
				return null;
			}
		}
		int start = (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)
				? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			batch.problem("", messages.text("import.problem.encoding"));
			return null;
		}
	}

}
