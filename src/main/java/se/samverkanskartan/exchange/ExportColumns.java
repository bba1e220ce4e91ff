package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkFacts;
import se.samverkanskartan.network.Topic;

/**
 * The organisations and ties as rows for the spreadsheet exports, with headers and words
 * in one language and numbers as numbers; each header and word reads back in the import.
 */
final class ExportColumns {

	static final List<String> ORGANISATION_KEYS = List.of("data.column.id", "data.column.org-kind", "data.column.name",
			"data.column.actor-type", "data.column.population", "data.column.lat", "data.column.lon");

	static final List<String> TIE_KEYS = List.of("data.column.id", "data.column.kind", "data.column.from",
			"data.column.from-id", "data.column.to", "data.column.to-id", "data.column.topic",
			"data.column.confidence");

	private final BiFunction<String, Locale, String> translation;

	private final Locale locale;

	private final NetworkFacts facts;

	private final Map<String, String> names;

	private final Map<String, Topic> topics;

	ExportColumns(BiFunction<String, Locale, String> translation, Locale locale, NetworkFacts facts) {
		this.translation = translation;
		this.locale = locale;
		this.facts = facts;
		this.names = new java.util.HashMap<>();
		facts.nodes().forEach(node -> this.names.put(node.id(), node.name()));
		this.topics = new java.util.HashMap<>();
		facts.topics().forEach(topic -> this.topics.put(topic.slug(), topic));
	}

	List<String> headers(List<String> keys) {
		return keys.stream().map(key -> t(key)).toList();
	}

	/** A row: text as String, numbers as Number, nothing as null. */
	List<Object> organisation(GraphNode node) {
		return Arrays.asList(node.id(), t("kind." + node.kind().slug()), node.name(),
				(node.actorType() == null) ? null : t("actor-type." + node.actorType()),
				this.facts.population().get(node.id()), node.lat(), node.lon());
	}

	List<Object> tie(GraphEdge edge) {
		Topic topic = (edge.topic() == null) ? null : this.topics.get(edge.topic());
		return Arrays.asList(edge.id(), edge.kind().name(), this.names.get(edge.source()), edge.source(),
				this.names.get(edge.target()), edge.target(), (topic == null) ? edge.topic() : topic.name(this.locale),
				(edge.confidence() == null) ? null : t("confidence." + edge.confidence()));
	}

	/** The cells as text, for CSV. */
	static List<String> text(List<Object> cells) {
		List<String> text = new ArrayList<>();
		for (Object cell : cells) {
			text.add((cell == null) ? "" : String.valueOf(cell));
		}
		return text;
	}

	private String t(String key) {
		return this.translation.apply(key, this.locale);
	}

}
