package se.samverkanskartan.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.samverkanskartan.network.Names;

/**
 * Reads the sheets we know (Organisationer, Band, Enkät, Om enkäten) from a workbook with
 * POI. Merged cells, unknown columns and a workbook without any known sheet are problems
 * named by sheet and cell.
 */
final class XlsxTables {

	private XlsxTables() {
	}

	static void read(ImportBatch batch, byte[] bytes, Tables tables, ImportMessages messages) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
			boolean any = false;
			for (Sheet sheet : workbook) {
				String table = Tables.SHEETS.get(Names.normalise(sheet.getSheetName()));
				if (table == null) {
					// Another name (the app's own sheet per kind): its header decides
					table = tableByHeader(sheet, formatter);
				}
				if (table == null) {
					continue;
				}
				any = true;
				for (CellRangeAddress merged : sheet.getMergedRegions()) {
					batch.problem(
							messages.text("import.location.sheet-range", sheet.getSheetName(), merged.formatAsString()),
							messages.text("import.problem.merged"));
				}
				if (Tables.SURVEY_ABOUT.equals(table)) {
					readPairs(sheet, formatter, tables);
				}
				else {
					readRows(batch, sheet, table, formatter, tables, messages);
				}
			}
			if (!any) {
				batch.problem("", messages.text("import.problem.no-sheets"));
			}
		}
		catch (IOException | RuntimeException ex) {
			// The spreadsheet library's own text is English and technical; the user gets
			// ours
			batch.problem("", messages.text(isZipBomb(ex) ? "import.problem.xlsx-bomb" : "import.problem.not-xlsx"));
		}
	}

	/** The table a sheet's first row names by its columns, or null. */
	private static String tableByHeader(Sheet sheet, DataFormatter formatter) {
		Row header = sheet.getRow(sheet.getFirstRowNum());
		if (header == null) {
			return null;
		}
		List<String> columns = new java.util.ArrayList<>();
		for (Cell cell : header) {
			columns.add(Tables.column(formatter.formatCellValue(cell).strip()));
		}
		return Tables.tableOf(columns);
	}

	/**
	 * POI refuses a file that unpacks to far more than it weighs, saying so in its
	 * message.
	 */
	private static boolean isZipBomb(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("max size of the expanded data")) {
				return true;
			}
		}
		return false;
	}

	private static void readRows(ImportBatch batch, Sheet sheet, String table, DataFormatter formatter, Tables tables,
			ImportMessages messages) {
		Row header = sheet.getRow(sheet.getFirstRowNum());
		if (header == null) {
			return;
		}
		Map<Integer, String> columns = new HashMap<>();
		Map<String, String> headerOf = new HashMap<>();
		for (Cell cell : header) {
			String text = formatter.formatCellValue(cell).strip();
			if (text.isEmpty()) {
				continue;
			}
			String column = Tables.column(text);
			if (column == null) {
				batch.problem(
						messages.text("import.location.sheet-cell", sheet.getSheetName(),
								new CellReference(cell).formatAsString(false)),
						messages.text("import.problem.unknown-column"));
			}
			else {
				columns.put(cell.getColumnIndex(), column);
				headerOf.put(column, text);
			}
		}
		for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, String> cells = new HashMap<>();
			columns.forEach((index, column) -> {
				Cell cell = row.getCell(index);
				if (cell != null) {
					cells.put(column, formatter.formatCellValue(cell));
				}
			});
			if (cells.values().stream().allMatch(String::isBlank)) {
				continue;
			}
			tables.add(table, new Tables.Row(sheet.getSheetName(), r + 1, cells, headerOf));
		}
	}

	/** "Om enkäten": a label in column A, its value in column B. */
	private static void readPairs(Sheet sheet, DataFormatter formatter, Tables tables) {
		Map<String, String> cells = new HashMap<>();
		for (Row row : sheet) {
			String label = Names.normalise(formatter.formatCellValue(row.getCell(0)));
			cells.put(label, formatter.formatCellValue(row.getCell(1)).strip());
		}
		tables.add(Tables.SURVEY_ABOUT, new Tables.Row(sheet.getSheetName(), 1, cells, Map.of()));
	}

}
