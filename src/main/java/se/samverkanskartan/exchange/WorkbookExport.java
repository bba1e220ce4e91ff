package se.samverkanskartan.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import se.samverkanskartan.infrastructure.SpreadsheetCells;
import se.samverkanskartan.network.GraphEdge;
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
		Map<String, String> names = facts.nodes().stream().collect(Collectors.toMap(GraphNode::id, GraphNode::name));
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			for (NodeKind kind : NodeKind.values()) {
				List<GraphNode> nodes = facts.nodes().stream().filter(node -> node.kind() == kind).toList();
				sheet(workbook.createSheet(t("kind.plural." + kind.slug(), locale)),
						List.of("id", t("data.column.name", locale), t("data.column.actor-type", locale),
								t("data.column.population", locale), "lat", "lon"),
						nodes, node -> List.of(node.id(), node.name(), text(node.actorType()),
								text(facts.population().get(node.id())), text(node.lat()), text(node.lon())));
			}
			sheet(workbook.createSheet(t("data.sheet.ties", locale)),
					List.of("id", t("data.column.kind", locale), t("data.column.from", locale), "from-id",
							t("data.column.to", locale), "to-id", t("data.column.topic", locale),
							t("data.column.confidence", locale)),
					facts.edges(),
					edge -> List.of(edge.id(), edge.kind().name(), names.get(edge.source()), edge.source(),
							names.get(edge.target()), edge.target(), text(edge.topic()), text(edge.confidence())));
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

	private static <T> void sheet(Sheet sheet, List<String> header, List<T> rows, Function<T, List<String>> cells) {
		Row first = sheet.createRow(0);
		for (int c = 0; c < header.size(); c++) {
			first.createCell(c).setCellValue(header.get(c));
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<String> values = cells.apply(rows.get(r));
			for (int c = 0; c < values.size(); c++) {
				row.createCell(c).setCellValue(SpreadsheetCells.neutralise(values.get(c)));
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private static String text(Object value) {
		return (value == null) ? "" : String.valueOf(value);
	}

	private String t(String key, Locale locale) {
		return this.i18n.getTranslation(key, locale);
	}

}
