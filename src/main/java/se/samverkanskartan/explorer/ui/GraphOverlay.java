package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;

/**
 * What the analyses add to the drawn graph: a colour per cluster, and suggested ties.
 *
 * @param clusterOf cluster index per node id; nodes without one are drawn grey
 * @param colorOf colour per cluster index
 * @param legend the clusters by name and colour, largest first
 * @param suggestions suggested ties as dashed edges
 * @param clustersOn whether nodes are coloured by cluster
 * @param changeOf {@value #ADDED} or {@value #ENDED} per tie id when comparing two days
 * @param confirmationOf both sides' view per pair of organisations ("a|b"), from the
 * latest survey round
 */
record GraphOverlay(Map<String, Integer> clusterOf, Map<Integer, String> colorOf, List<LegendEntry> legend,
		List<GraphData.EdgeData> suggestions, boolean clustersOn, Map<String, String> changeOf,
		Map<String, se.samverkanskartan.review.Confirmation> confirmationOf) {

	static final GraphOverlay NONE = new GraphOverlay(Map.of(), Map.of(), List.of(), List.of(), false, Map.of(),
			Map.of());

	static final String ADDED = "added";

	static final String ENDED = "ended";

	GraphOverlay(Map<String, Integer> clusterOf, Map<Integer, String> colorOf, List<LegendEntry> legend,
			List<GraphData.EdgeData> suggestions, boolean clustersOn) {
		this(clusterOf, colorOf, legend, suggestions, clustersOn, Map.of(), Map.of());
	}

	/** The same overlay with ties marked as added or ended since a day. */
	GraphOverlay withChanges(se.samverkanskartan.network.GraphComparison comparison) {
		Map<String, String> changes = new java.util.HashMap<>();
		comparison.added().forEach(id -> changes.put(id, ADDED));
		comparison.ended().forEach(id -> changes.put(id, ENDED));
		return new GraphOverlay(this.clusterOf, this.colorOf, this.legend, this.suggestions, this.clustersOn,
				Map.copyOf(changes), this.confirmationOf);
	}

	/**
	 * The same overlay with both sides' view of the pairs named in the latest survey
	 * round.
	 */
	GraphOverlay withConfirmations(Map<String, se.samverkanskartan.review.Confirmation> confirmations) {
		return new GraphOverlay(this.clusterOf, this.colorOf, this.legend, this.suggestions, this.clustersOn,
				this.changeOf, Map.copyOf(confirmations));
	}

	/** Both sides' view of a cooperation tie as the browser names it, or null. */
	String confirmationOf(String a, String b) {
		var state = this.confirmationOf.get(se.samverkanskartan.review.TieConfirmations.pair(a, b));
		return (state == null) ? null : state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The colour of nodes that are in no cluster of two or more. */
	static final String UNCLUSTERED = se.samverkanskartan.analysis.ClusterColors.NONE;

	record LegendEntry(String name, String color, int members) {

	}

}
