package se.samverkanskartan.explorer.ui;

import java.util.List;

/**
 * What {@link NetworkGraph} sends to the browser; mirrors
 * {@code frontend/components/network-graph-types.ts}.
 */
record GraphData(List<NodeData> nodes, List<EdgeData> edges) {

	/**
	 * @param mapX where the geographic layout puts the node (CountyMap's units), null
	 * when it has no place
	 * @param mapY see mapX
	 * @param x where the server's layout placed the node, null when it did not lay it out
	 * @param y see x
	 */
	record NodeData(String id, String label, String kind, String color, String shape, double size, Double mapX,
			Double mapY, Integer cluster, Double x, Double y) {

	}

	/**
	 * @param change added or ended when comparing two days, else null
	 * @param confirmation both sides' view from the latest survey round (both, one-side,
	 * contradictory), else null
	 */
	record EdgeData(String id, String source, String target, String kind, String color, boolean dashed, String title,
			String change, String confirmation) {

		EdgeData(String id, String source, String target, String kind, String color, boolean dashed, String title) {
			this(id, source, target, kind, color, dashed, title, null, null);
		}

	}

}
