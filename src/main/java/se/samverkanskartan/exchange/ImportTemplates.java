package se.samverkanskartan.exchange;

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

/**
 * Templates for the import: a workbook with Organisationer and Band (one example row
 * each) and a column guide in Swedish, the same as two CSV files, and the interview form
 * of the report's Bilaga 1 as a survey workbook.
 */
@Component
public class ImportTemplates {

	/**
	 * In the last column of a template's example row: the import leaves such a row out.
	 */
	static final String EXAMPLE = "ja, exempel som inte importeras";

	static final List<String> ORGANISATION_HEADERS = List.of("id", "typ", "namn", "aktörstyp", "invånare",
			"alternativa namn", "exempel");

	static final List<String> ORGANISATION_EXAMPLE = List.of("", "aktör", "Exempelföreningen", "civilsamhälle", "",
			"Exempel-föreningen", EXAMPLE);

	static final List<String> TIE_HEADERS = List.of("från", "till", "typ av samband", "tema", "belägg", "källa",
			"avsnitt", "citat", "exempel");

	static final List<String> TIE_EXAMPLE = List.of("Exempelföreningen", "Upplands-Väsby", "samverkar",
			"Förebyggande och främjande arbete riktat mot unga", "uttryckligt", "Avtal 2024", "", "", EXAMPLE);

	static final List<String> SURVEY_HEADERS = List.of("kommun", "fråga 1", "fråga 2", "fråga 3", "fråga 4", "fråga 16",
			"fråga 17", "fråga 18", "fråga 19", "exempel");

	static final List<String> SURVEY_EXAMPLE = List.of("Ekerö", "ja", "nej", "ja", "nej", "ja", "ja",
			"Polismyndigheten, Järfälla", "Mer samverkan med grannkommunerna om polisens lokala närvaro", EXAMPLE);

	private final I18NProvider i18n;

	ImportTemplates(I18NProvider i18n) {
		this.i18n = i18n;
	}

	public byte[] workbook(Locale locale) {
		return write(workbook -> {
			guide(workbook.createSheet("Läs mig"), "template.guide.network", locale);
			table(workbook.createSheet("Organisationer"), ORGANISATION_HEADERS, ORGANISATION_EXAMPLE);
			table(workbook.createSheet("Samband"), TIE_HEADERS, TIE_EXAMPLE);
		});
	}

	public byte[] survey(Locale locale) {
		return write(workbook -> {
			guide(workbook.createSheet("Läs mig"), "template.guide.survey", locale);
			Sheet about = workbook.createSheet("Om enkäten");
			row(about, 0, List.of("Enkätens namn", "Uppföljning av trygghetsarbetet"));
			row(about, 1, List.of("Datum", "2026-03-01"));
			table(workbook.createSheet("Enkät"), SURVEY_HEADERS, SURVEY_EXAMPLE);
		});
	}

	/**
	 * organisationer.csv and samband.csv, semicolon-separated UTF-8 with BOM, in a zip.
	 */
	public byte[] csvZip() {
		try (var bytes = new ByteArrayOutputStream();
				var zip = new java.util.zip.ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("organisationer.csv"));
			zip.write(csv(ORGANISATION_HEADERS, ORGANISATION_EXAMPLE));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("samband.csv"));
			zip.write(csv(TIE_HEADERS, TIE_EXAMPLE));
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] csv(List<String> headers, List<String> example) {
		return ("\uFEFF" + String.join(";", headers) + "\r\n" + String.join(";", example) + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private void guide(Sheet sheet, String key, Locale locale) {
		String[] lines = this.i18n.getTranslation(key, locale).split("\\|");
		for (int i = 0; i < lines.length; i++) {
			sheet.createRow(i).createCell(0).setCellValue(lines[i].strip());
		}
		sheet.setColumnWidth(0, 150 * 256);
	}

	private static void table(Sheet sheet, List<String> headers, List<String> example) {
		row(sheet, 0, headers);
		row(sheet, 1, example);
		sheet.createFreezePane(0, 1);
		for (int c = 0; c < headers.size(); c++) {
			sheet.setColumnWidth(c, 24 * 256);
		}
	}

	private static void row(Sheet sheet, int index, List<String> cells) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
		}
	}

	private interface Body {

		void fill(XSSFWorkbook workbook);

	}

	private static byte[] write(Body body) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			body.fill(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
