package se.samverkanskartan.explorer.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/**
 * Shades the map's municipalities by their number of partners in the ties drawn (so on
 * the chosen topics): none, then four classes of a light scale that no node or topic
 * uses.
 */
final class MapShading {

	static final String NONE = "#f8fafc";

	/** Light GnBu (ColorBrewer), light enough that nodes and ties stay readable on it. */
	static final List<String> CLASSES = List.of("#e0f3db", "#ccebc5", "#a8ddb5", "#7bccc4");

	/**
	 * One class of the scale.
	 *
	 * @param from the fewest partners in it
	 * @param to the most partners in it
	 * @param color its shade
	 */
	record Step(int from, int to, String color) {

	}

	private final Map<String, Integer> partners;

	private final List<Step> steps;

	private MapShading(Map<String, Integer> partners, List<Step> steps) {
		this.partners = partners;
		this.steps = steps;
	}

	/**
	 * Counts the distinct partners of each municipality, by kommunkod, in the drawn
	 * cooperation ties (suggestions and ties ended by a comparison are not ties now).
	 */
	static MapShading of(GraphData graph) {
		Map<String, Set<String>> partners = new HashMap<>();
		for (GraphData.EdgeData edge : graph.edges()) {
			if (EdgeKind.COOPERATES_WITH.name().equals(edge.kind()) && !GraphOverlay.ENDED.equals(edge.change())) {
				count(partners, edge.source(), edge.target());
				count(partners, edge.target(), edge.source());
			}
		}
		Map<String, Integer> counts = new HashMap<>();
		partners.forEach((code, names) -> counts.put(code, names.size()));
		int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return new MapShading(counts, steps(most));
	}

	private static void count(Map<String, Set<String>> partners, String node, String partner) {
		if (node.startsWith(NodeKind.MUNICIPALITY.slug() + ":")) {
			partners.computeIfAbsent(NodeId.parse(node).key(), code -> new HashSet<>()).add(partner);
		}
	}

	/** Up to four classes of equal width over 1 … most. */
	static List<Step> steps(int most) {
		List<Step> steps = new ArrayList<>();
		int width = Math.max(1, (most + CLASSES.size() - 1) / CLASSES.size());
		for (int from = 1, i = 0; from <= most; from += width, i++) {
			steps.add(new Step(from, Math.min(most, from + width - 1), CLASSES.get(i)));
		}
		return List.copyOf(steps);
	}

	int partnersOf(String code) {
		return this.partners.getOrDefault(code, 0);
	}

	String colorOf(String code) {
		int count = partnersOf(code);
		return this.steps.stream()
			.filter(step -> step.from() <= count && count <= step.to())
			.map(Step::color)
			.findFirst()
			.orElse(NONE);
	}

	List<Step> steps() {
		return this.steps;
	}

}
