package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties on the page: several topics on one pair side by side as curves (one colour each),
 * and on the map every tie as an arc, as the explorer draws them.
 */
final class TieCurves {

	/**
	 * Between the control points of neighbouring ties of one pair; the curves pass half
	 * as far apart.
	 */
	static final double LANE = 14;

	/** How far an arc's control point lies from the line, as a share of its length. */
	static final double BOW = 0.36;

	private TieCurves() {
	}

	static void draw(ViewSnapshot snapshot, Canvas canvas, Map<String, double[]> at) {
		Map<String, List<ViewSnapshot.Edge>> pairs = new LinkedHashMap<>();
		for (ViewSnapshot.Edge edge : snapshot.edges()) {
			if (at.containsKey(edge.source()) && at.containsKey(edge.target())) {
				pairs.computeIfAbsent(pairKey(edge), key -> new ArrayList<>()).add(edge);
			}
		}
		for (List<ViewSnapshot.Edge> pair : pairs.values()) {
			for (int i = 0; i < pair.size(); i++) {
				ViewSnapshot.Edge edge = pair.get(i);
				double[] a = at.get(edge.source());
				double[] b = at.get(edge.target());
				double width = edge.dashed() ? 1.2 : 1.8;
				double lane = i - (pair.size() - 1) / 2.0;
				double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
				double offset = lane * LANE + (snapshot.backdrop().arcs() ? BOW * length : 0);
				if (offset == 0 || length == 0) {
					canvas.line(a[0], a[1], b[0], b[1], edge.color(), width, edge.dashed());
					continue;
				}
				// Measured from the pair's first id, so that ties of both directions
				// share lanes
				double sign = (edge.source().compareTo(edge.target()) < 0) ? 1 : -1;
				double nx = -(b[1] - a[1]) / length * sign;
				double ny = (b[0] - a[0]) / length * sign;
				canvas.curve(a[0], a[1], (a[0] + b[0]) / 2 + nx * offset, (a[1] + b[1]) / 2 + ny * offset, b[0], b[1],
						edge.color(), width, edge.dashed());
			}
		}
	}

	static String pairKey(ViewSnapshot.Edge edge) {
		return (edge.source().compareTo(edge.target()) < 0) ? edge.source() + "\u0000" + edge.target()
				: edge.target() + "\u0000" + edge.source();
	}

}
