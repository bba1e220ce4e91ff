package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code <network-graph>} draws, sent as one document per round trip; mirrors
 * {@code GraphViewState} in {@code frontend/components/network-graph-types.ts}.
 *
 * @param revision counts the graphs sent; a document with the same revision as the one
 * drawn is the same graph
 * @param graph the organisations and ties, or null when the graph is the one of the last
 * document (only the view changed)
 * @param selected the selected organisation, or null
 * @param layout fcose, geographic, concentric or grouped
 * @param highlighted the nodes and ties of the path shown, or none
 * @param frozen a saved view's positions by node id, or null to lay out
 * @param map the county's map under the geographic layout, or null when the browser has
 * it already (or there is none)
 */
record GraphViewState(long revision, GraphData graph, String selected, String layout, List<String> highlighted,
		Map<String, double[]> frozen, MapLayer map) {

}
