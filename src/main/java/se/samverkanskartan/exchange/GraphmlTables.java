package se.samverkanskartan.exchange;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GraphML as written by our export (keys by attr.name: name, kind, actorType,
 * population; kind, topic, confidence on edges) into organisation and tie rows. A DOCTYPE
 * is refused before anything is resolved, so external entities and entity expansion
 * cannot happen.
 */
final class GraphmlTables {

	private static final Map<String, String> TIE_NAMES = Map.of("COOPERATES_WITH", "samverkar", "MEMBER_OF", "medlem",
			"CONVENES", "sammankallar");

	private GraphmlTables() {
	}

	static void read(ImportBatch batch, byte[] bytes, Tables tables, ImportMessages messages) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		Map<String, String> keyNames = new HashMap<>();
		Map<String, String> cells = null;
		String element = null;
		String dataKey = null;
		StringBuilder text = new StringBuilder();
		int[] counts = new int[2];
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					batch.problem(messages.text("import.location.line", reader.getLocation().getLineNumber(),
							reader.getLocation().getColumnNumber()), messages.text("import.problem.doctype"));
					return;
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (reader.getLocalName()) {
						case "key" -> keyNames.put(reader.getAttributeValue(null, "id"),
								reader.getAttributeValue(null, "attr.name"));
						case "node" -> {
							element = Tables.ORGANISATIONS;
							cells = new HashMap<>(Map.of("id", attribute(reader, "id")));
						}
						case "edge" -> {
							element = Tables.TIES;
							cells = new HashMap<>(
									Map.of("from", attribute(reader, "source"), "to", attribute(reader, "target")));
						}
						case "data" -> {
							dataKey = keyNames.getOrDefault(reader.getAttributeValue(null, "key"),
									reader.getAttributeValue(null, "key"));
							text.setLength(0);
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS && dataKey != null) {
					text.append(reader.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if ("data".equals(reader.getLocalName()) && cells != null && dataKey != null) {
						put(cells, element, dataKey, text.toString());
						dataKey = null;
					}
					else if (("node".equals(reader.getLocalName()) || "edge".equals(reader.getLocalName()))
							&& cells != null) {
						tables.add(element,
								new Tables.Row(batch.file, reader.getLocation().getLineNumber(), cells, Map.of()));
						cells = null;
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			var at = ex.getLocation();
			batch.problem(
					(at == null) ? "" : messages.text("import.location.line", at.getLineNumber(), at.getColumnNumber()),
					messages.text("import.problem.xml", ex.getMessage()));
		}
	}

	private static String attribute(XMLStreamReader reader, String name) {
		String value = reader.getAttributeValue(null, name);
		return (value == null) ? "" : value;
	}

	private static void put(Map<String, String> cells, String element, String key, String value) {
		if (Tables.ORGANISATIONS.equals(element)) {
			switch (key) {
				case "name" -> cells.put("name", value);
				case "kind" -> cells.put("kind", value.replace('-', ' '));
				case "actorType" -> cells.put("actorType", value);
				case "population" -> cells.put("population", value);
				default -> {
				}
			}
		}
		else {
			switch (key) {
				case "kind" -> cells.put("tie", TIE_NAMES.getOrDefault(value, value));
				case "topic" -> cells.put("topic", value);
				case "confidence" -> cells.put("confidence", value);
				default -> {
				}
			}
		}
	}

}
