package se.samverkanskartan.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table of text as a file: CSV (UTF-8 with BOM, semicolons, as Swedish Excel expects)
 * or XLSX with a frozen header row. Every cell is neutralised against formula injection.
 */
public final class TableFiles {

	private static final char DELIMITER = ';';

	private TableFiles() {
	}

	public static byte[] csv(List<String> headers, List<List<String>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, headers);
		rows.forEach(row -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			fill(sheet.createRow(0), headers);
			for (int i = 0; i < rows.size(); i++) {
				fill(sheet.createRow(i + 1), rows.get(i));
			}
			sheet.createFreezePane(0, 1);
			for (int c = 0; c < headers.size(); c++) {
				sheet.autoSizeColumn(c);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void line(StringBuilder out, List<String> cells) {
		out.append(String.join(String.valueOf(DELIMITER),
				cells.stream().map(cell -> SpreadsheetCells.csvField(cell, DELIMITER)).toList()))
			.append("\r\n");
	}

	private static void fill(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			// A workbook's text cell is never a formula: the text as written
			row.createCell(c).setCellValue(cells.get(c));
		}
	}

}
