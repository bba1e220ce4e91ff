package se.samverkanskartan.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Service;

import se.samverkanskartan.infrastructure.SpreadsheetCells;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkFacts;
import se.samverkanskartan.network.NetworkService;

/**
 * The network for other tools: GraphML (Gephi, yEd, NetworkX), GEXF 1.3 (Gephi), CSV
 * (nodes.csv and edges.csv in a zip) and an XLSX workbook. Organisations are nodes; every
 * tie is an edge with its kind, topic and confidence.
 */
@Service
public class DataExport {

	private final NetworkService network;

	private final WorkbookExport workbook;

	private final com.vaadin.flow.i18n.I18NProvider i18n;

	DataExport(NetworkService network, WorkbookExport workbook, com.vaadin.flow.i18n.I18NProvider i18n) {
		this.network = network;
		this.workbook = workbook;
		this.i18n = i18n;
	}

	public enum Format {

		GRAPHML("graphml", "application/graphml+xml"), GEXF("gexf", "application/gexf+xml"),
		CSV("zip", "application/zip"), CSV_COMMA("zip", "application/zip"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

	}

	public byte[] export(Format format, Locale locale) {
		NetworkFacts facts = this.network.facts();
		return switch (format) {
			case GRAPHML -> graphml(facts);
			case GEXF -> gexf(facts);
			case CSV -> excelCsvZip(facts, locale);
			case CSV_COMMA -> csvZip(facts);
			case XLSX -> this.workbook.write(facts, locale);
		};
	}

	private static byte[] graphml(NetworkFacts facts) {
		return xml(writer -> {
			writer.writeStartElement("graphml");
			writer.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			String[][] keys = { { "label", "node", "name" }, { "kind", "node", "kind" }, { "lat", "node", "lat" },
					{ "lon", "node", "lon" }, { "actorType", "node", "actorType" },
					{ "population", "node", "population" }, { "tie", "edge", "kind" }, { "topic", "edge", "topic" },
					{ "confidence", "edge", "confidence" } };
			for (String[] key : keys) {
				writer.writeEmptyElement("key");
				writer.writeAttribute("id", key[0]);
				writer.writeAttribute("for", key[1]);
				writer.writeAttribute("attr.name", key[2]);
				writer.writeAttribute("attr.type", key[0].equals("lat") || key[0].equals("lon") ? "double"
						: key[0].equals("population") ? "long" : "string");
			}
			writer.writeStartElement("graph");
			writer.writeAttribute("id", "samverkanskartan");
			writer.writeAttribute("edgedefault", "undirected");
			for (GraphNode node : facts.nodes()) {
				writer.writeStartElement("node");
				writer.writeAttribute("id", node.id());
				data(writer, "label", node.name());
				data(writer, "kind", node.kind().slug());
				data(writer, "lat", node.lat());
				data(writer, "lon", node.lon());
				data(writer, "actorType", node.actorType());
				data(writer, "population", facts.population().get(node.id()));
				writer.writeEndElement();
			}
			for (GraphEdge edge : facts.edges()) {
				writer.writeStartElement("edge");
				writer.writeAttribute("id", edge.id());
				writer.writeAttribute("source", edge.source());
				writer.writeAttribute("target", edge.target());
				data(writer, "tie", edge.kind().name());
				data(writer, "topic", edge.topic());
				data(writer, "confidence", edge.confidence());
				writer.writeEndElement();
			}
			writer.writeEndElement();
			writer.writeEndElement();
		});
	}

	private static void data(XMLStreamWriter writer, String key, Object value) throws XMLStreamException {
		if (value != null) {
			writer.writeStartElement("data");
			writer.writeAttribute("key", key);
			writer.writeCharacters(String.valueOf(value));
			writer.writeEndElement();
		}
	}

	private static byte[] gexf(NetworkFacts facts) {
		return xml(writer -> {
			writer.writeStartElement("gexf");
			writer.writeDefaultNamespace("http://gexf.net/1.3");
			writer.writeAttribute("version", "1.3");
			writer.writeStartElement("meta");
			writer.writeStartElement("creator");
			writer.writeCharacters("Samverkanskartan");
			writer.writeEndElement();
			writer.writeEndElement();
			writer.writeStartElement("graph");
			writer.writeAttribute("defaultedgetype", "undirected");
			writer.writeAttribute("mode", "static");
			attributes(writer, "node", List.of("kind", "actorType", "population", "lat", "lon"),
					List.of("string", "string", "long", "double", "double"));
			attributes(writer, "edge", List.of("tie", "topic", "confidence"), List.of("string", "string", "string"));
			writer.writeStartElement("nodes");
			for (GraphNode node : facts.nodes()) {
				writer.writeStartElement("node");
				writer.writeAttribute("id", node.id());
				writer.writeAttribute("label", node.name());
				attributeValues(writer, java.util.Arrays.asList(node.kind().slug(), node.actorType(),
						number(facts.population().get(node.id())), number(node.lat()), number(node.lon())));
				writer.writeEndElement();
			}
			writer.writeEndElement();
			writer.writeStartElement("edges");
			for (GraphEdge edge : facts.edges()) {
				writer.writeStartElement("edge");
				writer.writeAttribute("id", edge.id());
				writer.writeAttribute("source", edge.source());
				writer.writeAttribute("target", edge.target());
				attributeValues(writer, java.util.Arrays.asList(edge.kind().name(), edge.topic(), edge.confidence()));
				writer.writeEndElement();
			}
			writer.writeEndElement();
			writer.writeEndElement();
			writer.writeEndElement();
		});
	}

	private static String number(Number value) {
		return (value == null) ? null : String.valueOf(value);
	}

	private static void attributes(XMLStreamWriter writer, String kind, List<String> names, List<String> types)
			throws XMLStreamException {
		writer.writeStartElement("attributes");
		writer.writeAttribute("class", kind);
		for (int i = 0; i < names.size(); i++) {
			writer.writeEmptyElement("attribute");
			writer.writeAttribute("id", String.valueOf(i));
			writer.writeAttribute("title", names.get(i));
			writer.writeAttribute("type", types.get(i));
		}
		writer.writeEndElement();
	}

	private static void attributeValues(XMLStreamWriter writer, List<String> values) throws XMLStreamException {
		writer.writeStartElement("attvalues");
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				writer.writeEmptyElement("attvalue");
				writer.writeAttribute("for", String.valueOf(i));
				writer.writeAttribute("value", values.get(i));
			}
		}
		writer.writeEndElement();
	}

	interface XmlBody {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

	private static byte[] xml(XmlBody body) {
		try (var out = new ByteArrayOutputStream()) {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The organisations and the ties for Swedish Excel: semicolons, UTF-8 with a byte
	 * order mark, headers and words in the page's language, decimal commas in Swedish.
	 */
	private byte[] excelCsvZip(NetworkFacts facts, Locale locale) {
		var columns = new ExportColumns(this.i18n::getTranslation, locale, facts);
		java.util.function.Function<List<Object>, List<String>> text = cells -> cells.stream()
			.map(cell -> (cell instanceof Double number) ? decimal(number, locale)
					: (cell == null) ? "" : String.valueOf(cell))
			.toList();
		try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry(this.i18n.getTranslation("data.file.organisations", locale) + ".csv"));
			zip.write(excelCsv(columns.headers(ExportColumns.ORGANISATION_KEYS),
					facts.nodes().stream().map(node -> text.apply(columns.organisation(node))).toList()));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(this.i18n.getTranslation("data.file.ties", locale) + ".csv"));
			zip.write(excelCsv(columns.headers(ExportColumns.TIE_KEYS),
					facts.edges().stream().map(edge -> text.apply(columns.tie(edge))).toList()));
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String decimal(Double number, Locale locale) {
		String text = String.valueOf(number);
		return "sv".equals(locale.getLanguage()) ? text.replace('.', ',') : text;
	}

	private static byte[] excelCsv(List<String> header, List<List<String>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF").append(String.join(";", header)).append("\r\n");
		for (List<String> row : rows) {
			out.append(row.stream().map(cell -> SpreadsheetCells.csvField(cell, ';')).collect(Collectors.joining(";")))
				.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * nodes.csv and edges.csv, comma-separated UTF-8 with Gephi's column names (Id,
	 * Label, Source, Target), as Gephi and NetworkX read them.
	 */
	private static byte[] csvZip(NetworkFacts facts) {
		try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("nodes.csv"));
			zip.write(csv(List.of("Id", "Label", "kind", "actorType", "lat", "lon", "population"), facts.nodes(),
					node -> List.of(node.id(), node.name(), node.kind().slug(), text(node.actorType()),
							text(node.lat()), text(node.lon()), text(facts.population().get(node.id())))));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("edges.csv"));
			zip.write(csv(List.of("Id", "Source", "Target", "tie", "topic", "confidence"), facts.edges(),
					edge -> List.of(edge.id(), edge.source(), edge.target(), edge.kind().name(), text(edge.topic()),
							text(edge.confidence()))));
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> byte[] csv(List<String> header, List<T> rows, Function<T, List<String>> cells) {
		StringBuilder out = new StringBuilder(String.join(",", header)).append("\r\n");
		for (T row : rows) {
			out.append(cells.apply(row)
				.stream()
				.map(cell -> SpreadsheetCells.csvField(cell, ','))
				.collect(Collectors.joining(","))).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String text(Object value) {
		return (value == null) ? "" : String.valueOf(value);
	}

}
