package se.samverkanskartan.exchange;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.network.NetworkChanged;

/**
 * The whole database as JSON and back. An import is checked first (a dry run reports
 * every problem and what would be created, updated or left alone) and then applied in one
 * transaction: all or nothing. Nodes are merged on their external ids, so importing the
 * same file twice changes nothing.
 */
@Service
public class DatabaseDump {

	private final StoredGraph stored;

	private final Neo4jClient neo4j;

	private final ApplicationEventPublisher events;

	private final long maxBytes;

	private final I18NProvider i18n;

	DatabaseDump(StoredGraph stored, Neo4jClient neo4j, ApplicationEventPublisher events, I18NProvider i18n,
			@Value("${samverkanskartan.import.max-bytes:52428800}") long maxBytes) {
		this.i18n = i18n;
		this.stored = stored;
		this.neo4j = neo4j;
		this.events = events;
		this.maxBytes = maxBytes;
	}

	@Transactional(readOnly = true)
	public byte[] dump() {
		StoredGraph.Snapshot graph = this.stored.read();
		return DumpWriter.write(graph.nodes(), graph.relationships(), OffsetDateTime.now().toString());
	}

	/** Checks the file and counts what it would change, without writing. */
	@Transactional(readOnly = true)
	public ImportReport dryRun(String file, byte[] bytes, Locale locale) {
		return check(file, bytes, locale).report(false);
	}

	/**
	 * Applies the file in this transaction if it has no problems; otherwise writes
	 * nothing.
	 */
	@Transactional
	public ImportReport apply(String file, byte[] bytes, Locale locale) {
		Checked checked = check(file, bytes, locale);
		if (!checked.reader.problems().isEmpty()) {
			return checked.report(false);
		}
		Map<String, List<Map<String, Object>>> byKeyProperty = new HashMap<>();
		for (StoredGraph.StoredNode node : checked.reader.nodes) {
			String primary = node.labels().getFirst();
			byKeyProperty.computeIfAbsent(DumpFormat.KEYS.get(primary), key -> new ArrayList<>())
				.add(Map.of("label", primary, "key", node.key(), "extraLabels",
						node.labels().subList(1, node.labels().size()), "properties", node.properties()));
		}
		byKeyProperty.forEach((keyProperty,
				rows) -> this.neo4j.query(DumpQueries.mergeNodes(keyProperty)).bind(rows).to("rows").run());
		Map<String, String> elementIds = elementIds(checked.reader.relationships);
		List<Map<String, Object>> cooperation = new ArrayList<>();
		List<Map<String, Object>> other = new ArrayList<>();
		for (StoredGraph.StoredRelationship relationship : checked.reader.relationships) {
			Map<String, Object> row = new HashMap<>();
			row.put("a", elementIds.get(relationship.from().id()));
			row.put("b", elementIds.get(relationship.to().id()));
			row.put("type", relationship.type());
			row.put("topic", relationship.properties().get("topic"));
			row.put("properties", relationship.properties());
			(("COOPERATES_WITH".equals(relationship.type()) && row.get("topic") != null) ? cooperation : other)
				.add(row);
		}
		this.neo4j.query(DumpQueries.MERGE_COOPERATION).bind(cooperation).to("rows").run();
		this.neo4j.query(DumpQueries.MERGE_RELATIONSHIPS).bind(other).to("rows").run();
		this.events.publishEvent(new NetworkChanged("import " + file));
		return checked.report(true);
	}

	private Map<String, String> elementIds(List<StoredGraph.StoredRelationship> relationships) {
		Map<String, List<Map<String, Object>>> byKeyProperty = new HashMap<>();
		relationships.stream()
			.flatMap(relationship -> java.util.stream.Stream.of(relationship.from(), relationship.to()))
			.distinct()
			.forEach(ref -> byKeyProperty.computeIfAbsent(DumpFormat.KEYS.get(ref.label()), key -> new ArrayList<>())
				.add(Map.of("id", ref.id(), "label", ref.label(), "key", ref.key())));
		Map<String, String> ids = new HashMap<>();
		byKeyProperty.forEach((keyProperty, refs) -> this.neo4j.query(DumpQueries.findNodes(keyProperty))
			.bind(refs)
			.to("refs")
			.fetch()
			.all()
			.forEach(row -> ids.put((String) row.get("id"), (String) row.get("elementId"))));
		return ids;
	}

	private Checked check(String file, byte[] bytes, Locale locale) {
		ImportMessages messages = ImportMessages.of(this.i18n, locale);
		if (bytes.length > this.maxBytes) {
			var reader = new DumpReader(file, messages);
			reader.problems()
				.add(new ImportProblem(file, "", messages.text("import.problem.too-large",
						String.valueOf(bytes.length / 1_048_576), String.valueOf(this.maxBytes / 1_048_576))));
			return new Checked(reader, null);
		}
		StoredGraph.Snapshot current = this.stored.read();
		Set<String> existing = current.nodes().stream().map(node -> node.ref().id()).collect(Collectors.toSet());
		return new Checked(new DumpReader(file, messages).read(bytes, existing), current);
	}

	/** The read file and the database it was checked against. */
	private record Checked(DumpReader reader, StoredGraph.Snapshot current) {

		ImportReport report(boolean applied) {
			if (!this.reader.problems().isEmpty()) {
				return ImportReport.failed(this.reader.problems());
			}
			Map<String, Map<String, Object>> nodes = new HashMap<>();
			this.current.nodes().forEach(node -> nodes.put(node.ref().id(), node.properties()));
			Map<String, Map<String, Object>> ties = new HashMap<>();
			this.current.relationships().forEach(tie -> ties.put(identity(tie), tie.properties()));
			int[] counts = new int[6];
			this.reader.nodes.forEach(node -> counts[compare(nodes.get(node.ref().id()), node.properties())]++);
			this.reader.relationships.forEach(tie -> counts[3 + compare(ties.get(identity(tie)), tie.properties())]++);
			return new ImportReport(List.of(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
					applied);
		}

		/** 0 new, 1 changed, 2 the same; values compared as the dump writes them. */
		private static int compare(Map<String, Object> before, Map<String, Object> after) {
			if (before == null) {
				return 0;
			}
			Map<String, Object> merged = new HashMap<>(before);
			merged.putAll(after);
			return Objects.equals(normalised(merged), normalised(before)) ? 2 : 1;
		}

		private static Map<String, String> normalised(Map<String, Object> properties) {
			Map<String, String> out = new HashMap<>();
			properties.forEach((name, value) -> out.put(name, DumpWriter.value(value).toString()));
			return out;
		}

		private static String identity(StoredGraph.StoredRelationship tie) {
			return tie.type() + "|" + tie.from().id() + "|" + tie.to().id() + "|"
					+ ("COOPERATES_WITH".equals(tie.type()) ? tie.properties().get("topic") : "");
		}

	}

}
