package se.samverkanskartan.suggestions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import se.samverkanskartan.infrastructure.SpreadsheetCells;

/**
 * Partner and suggestion lists as CSV (UTF-8 with BOM, semicolons, as Swedish Excel
 * expects) and XLSX (Apache POI). Every text cell is neutralised against formula
 * injection.
 */
@Component
public class SuggestionExport {

	private static final char DELIMITER = ';';

	private static final List<String> COLUMNS = List.of("rank", "organisation", "partner", "kind", "topic", "score",
			"already", "reasons");

	private final I18NProvider i18n;

	SuggestionExport(I18NProvider i18n) {
		this.i18n = i18n;
	}

	public byte[] csv(List<Suggestion> rows, Locale locale) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(String.join(String.valueOf(DELIMITER), headers(locale))).append("\r\n");
		for (int i = 0; i < rows.size(); i++) {
			List<String> cells = cells(i + 1, rows.get(i), locale);
			out.append(String.join(String.valueOf(DELIMITER),
					cells.stream().map(cell -> SpreadsheetCells.csvField(cell, DELIMITER)).toList()))
				.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public byte[] xlsx(List<Suggestion> rows, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(t("export.sheet", locale));
			Row header = sheet.createRow(0);
			List<String> headers = headers(locale);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			for (int i = 0; i < rows.size(); i++) {
				Row row = sheet.createRow(i + 1);
				List<String> cells = cells(i + 1, rows.get(i), locale);
				row.createCell(0).setCellValue(i + 1);
				for (int c = 1; c < cells.size(); c++) {
					if (c == 5) {
						row.createCell(c).setCellValue(Math.round(rows.get(i).score() * 1000) / 1000.0);
					}
					else {
						// a text cell, never a formula: as written
						row.createCell(c).setCellValue(cells.get(c));
					}
				}
			}
			sheet.createFreezePane(0, 1);
			for (int c = 0; c < headers.size() - 1; c++) {
				sheet.autoSizeColumn(c);
			}
			sheet.setColumnWidth(headers.size() - 1, 120 * 256);
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream().map(column -> t("export.column." + column, locale)).toList();
	}

	private List<String> cells(int rank, Suggestion row, Locale locale) {
		return List.of(String.valueOf(rank), row.fromName(), row.toName(), t("kind." + row.toKind(), locale),
				(row.topic() == null) ? t("export.any-topic", locale) : row.topicName(),
				String.format(locale, "%.3f", row.score()), row.alreadyCooperating() ? t("export.yes", locale) : "",
				row.reasonLine());
	}

	private String t(String key, Locale locale) {
		return this.i18n.getTranslation(key, locale);
	}

}
