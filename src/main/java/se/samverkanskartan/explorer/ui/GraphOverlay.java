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
 */
record GraphOverlay(Map<String, Integer> clusterOf, Map<Integer, String> colorOf, List<LegendEntry> legend,
		List<GraphData.EdgeData> suggestions, boolean clustersOn) {

	static final GraphOverlay NONE = new GraphOverlay(Map.of(), Map.of(), List.of(), List.of(), false);

	/** The colour of nodes that are in no cluster of two or more. */
	static final String UNCLUSTERED = se.samverkanskartan.analysis.ClusterColors.NONE;

	record LegendEntry(String name, String color, int members) {

	}

}
