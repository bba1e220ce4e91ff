package se.samverkanskartan.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.i18n.I18NProvider;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkFacts;
import se.samverkanskartan.network.NodeKind;

/** The network as an XLSX workbook: a sheet per kind of organisation, ties and topics. */
@Component
class WorkbookExport {

	private final I18NProvider i18n;

	WorkbookExport(I18NProvider i18n) {
		this.i18n = i18n;
	}

	byte[] write(NetworkFacts facts, Locale locale) {
		var columns = new ExportColumns(this.i18n::getTranslation, locale, facts);
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			for (NodeKind kind : NodeKind.values()) {
				List<GraphNode> nodes = facts.nodes().stream().filter(node -> node.kind() == kind).toList();
				sheet(workbook.createSheet(t("kind.plural." + kind.slug(), locale)),
						columns.headers(ExportColumns.ORGANISATION_KEYS), nodes, columns::organisation);
			}
			sheet(workbook.createSheet(t("data.sheet.ties", locale)), columns.headers(ExportColumns.TIE_KEYS),
					facts.edges(), columns::tie);
			sheet(workbook.createSheet(t("data.sheet.topics", locale)),
					List.of("slug", t("data.column.name", locale) + " (sv)", t("data.column.name", locale) + " (en)"),
					facts.topics(), topic -> List.of(topic.slug(), topic.nameSv(), topic.nameEn()));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Text cells as written (a string cell of a workbook is never a formula), numbers as
	 * numbers.
	 */
	private static <T> void sheet(Sheet sheet, List<String> header, List<T> rows,
			Function<T, List<? extends Object>> cells) {
		Row first = sheet.createRow(0);
		for (int c = 0; c < header.size(); c++) {
			first.createCell(c).setCellValue(header.get(c));
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<? extends Object> values = cells.apply(rows.get(r));
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					row.createCell(c).setCellValue(String.valueOf(value));
				}
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private String t(String key, Locale locale) {
		return this.i18n.getTranslation(key, locale);
	}

}
