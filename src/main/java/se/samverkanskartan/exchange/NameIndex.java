package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;

import se.samverkanskartan.network.Names;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/**
 * Finds organisations by id, by name (blind to case, diacritics and hyphens) or by an
 * alias; near misses (one or two letters off) among the stored organisations are offered,
 * never taken silently.
 */
final class NameIndex {

	private static final LevenshteinDistance NEAR = new LevenshteinDistance(2);

	/** An organisation as the index knows it. */
	record Entry(StoredGraph.NodeRef ref, NodeKind kind, String name) {

		String nodeId() {
			return new NodeId(this.kind, String.valueOf(this.ref.key())).toString();
		}

	}

	/** Exact: {@code entry}; near: {@code entry} with {@code near}; none: null entry. */
	record Match(Entry entry, boolean near, List<Entry> ambiguous) {

	}

	private final Map<String, Entry> byId = new HashMap<>();

	private final Map<String, List<Entry>> byName = new HashMap<>();

	/** A ties file names the same organisations over and over. */
	private final Map<String, Match> found = new HashMap<>();

	/**
	 * Organisations from the file being read: found by id or exact name, never offered as
	 * a near miss ("Klubb 1" and "Klubb 2" in one file are two organisations).
	 */
	private final java.util.Set<Entry> fromFile = new java.util.HashSet<>();

	/** An organisation of the file being read. */
	void addFromFile(Entry entry, List<String> aliases) {
		add(entry, aliases);
		this.fromFile.add(entry);
	}

	void add(Entry entry, List<String> aliases) {
		this.found.clear();
		this.byId.put(entry.nodeId(), entry);
		this.byName.computeIfAbsent(Names.normalise(entry.name()), name -> new ArrayList<>()).add(entry);
		for (String alias : aliases) {
			this.byName.computeIfAbsent(Names.normalise(alias), name -> new ArrayList<>()).add(entry);
		}
	}

	static NameIndex of(StoredGraph.Snapshot graph) {
		var index = new NameIndex();
		for (StoredGraph.StoredNode node : graph.nodes()) {
			NodeKind kind = kindOf(node.labels().getFirst());
			Object name = node.properties().get("name");
			if (kind != null && name != null) {
				Object aliases = node.properties().get("aliases");
				index.add(new Entry(node.ref(), kind, String.valueOf(name)),
						(aliases instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of());
			}
		}
		return index;
	}

	static NodeKind kindOf(String label) {
		for (NodeKind kind : NodeKind.values()) {
			if (kind.label().equals(label)) {
				return kind;
			}
		}
		return null;
	}

	Match find(String text, NodeKind kind) {
		return this.found.computeIfAbsent(kind + "|" + text, key -> lookUp(text, kind));
	}

	private Match lookUp(String text, NodeKind kind) {
		Entry byId = this.byId.get(text.strip());
		if (byId != null) {
			return new Match(byId, false, List.of());
		}
		String name = Names.normalise(text);
		List<Entry> exact = this.byName.getOrDefault(name, List.of())
			.stream()
			.filter(entry -> kind == null || entry.kind() == kind)
			.distinct()
			.toList();
		if (exact.size() == 1) {
			return new Match(exact.getFirst(), false, List.of());
		}
		if (exact.size() > 1) {
			return new Match(null, false, exact);
		}
		Entry nearest = null;
		int best = Integer.MAX_VALUE;
		for (var candidates : this.byName.entrySet()) {
			int distance = NEAR.apply(name, candidates.getKey());
			if (distance >= 0 && distance < best && name.length() >= 5) {
				for (Entry entry : candidates.getValue()) {
					if ((kind == null || entry.kind() == kind) && !this.fromFile.contains(entry)) {
						nearest = entry;
						best = distance;
					}
				}
			}
		}
		return new Match(nearest, nearest != null, List.of());
	}

}
