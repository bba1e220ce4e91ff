package se.samverkanskartan.exchange;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Places a snapshot on the page: title and filter line on top, the graph fitted into the
 * left area, the legend on the right, date and provenance at the bottom. Every format
 * draws through this, so they show the same picture.
 */
final class SnapshotLayout {

	static final double MARGIN = 40;

	static final double LEGEND_WIDTH = 330;

	static final double TOP = 120;

	static final double BOTTOM = 70;

	static final double LABEL_SIZE = 12;

	static final String TEXT = "#1e293b";

	static final String MUTED = "#64748b";

	private SnapshotLayout() {
	}

	static void draw(ViewSnapshot snapshot, Canvas canvas) {
		canvas.rect(0, 0, Canvas.WIDTH, Canvas.HEIGHT, "#ffffff");
		canvas.text(snapshot.title(), MARGIN, 62, 30, TEXT, true, false);
		canvas.text(snapshot.filterLine(), MARGIN, 94, 15, MUTED, false, false);
		drawGraph(snapshot, canvas);
		drawLegend(snapshot, canvas);
		canvas.text(snapshot.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + " · " + snapshot.provenanceLine(),
				MARGIN, Canvas.HEIGHT - 28, 12, MUTED, false, false);
	}

	private static void drawGraph(ViewSnapshot snapshot, Canvas canvas) {
		if (snapshot.nodes().isEmpty()) {
			return;
		}
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (ViewSnapshot.Node node : snapshot.nodes()) {
			minX = Math.min(minX, node.x());
			minY = Math.min(minY, node.y());
			maxX = Math.max(maxX, node.x());
			maxY = Math.max(maxY, node.y());
		}
		double areaLeft = MARGIN + 20;
		double areaTop = TOP + 20;
		double areaWidth = Canvas.WIDTH - LEGEND_WIDTH - 2 * MARGIN - 40;
		double areaHeight = Canvas.HEIGHT - TOP - BOTTOM - 50;
		double scale = Math.min(areaWidth / Math.max(maxX - minX, 1), areaHeight / Math.max(maxY - minY, 1));
		scale = Math.min(scale, 3);
		double offsetX = areaLeft + (areaWidth - (maxX - minX) * scale) / 2;
		double offsetY = areaTop + (areaHeight - (maxY - minY) * scale) / 2;
		Map<String, double[]> at = new HashMap<>();
		for (ViewSnapshot.Node node : snapshot.nodes()) {
			at.put(node.id(),
					new double[] { offsetX + (node.x() - minX) * scale, offsetY + (node.y() - minY) * scale });
		}
		for (ViewSnapshot.Edge edge : snapshot.edges()) {
			double[] a = at.get(edge.source());
			double[] b = at.get(edge.target());
			if (a != null && b != null) {
				canvas.line(a[0], a[1], b[0], b[1], edge.color(), edge.dashed() ? 1.2 : 1.8, edge.dashed());
			}
		}
		for (ViewSnapshot.Node node : snapshot.nodes()) {
			double[] p = at.get(node.id());
			canvas.shape(node.id(), node.shape(), p[0], p[1], nodeDiameter(node), node.color());
		}
		for (ViewSnapshot.Node node : labelled(snapshot, at)) {
			double[] p = at.get(node.id());
			canvas.text(node.label(), p[0], p[1] + nodeDiameter(node) / 2 + LABEL_SIZE + 2, LABEL_SIZE, TEXT, false,
					true);
		}
	}

	/**
	 * The labels to draw at the page's scale: the view's choice, then the best-connected
	 * first, and none that would overlap one already placed (the page may be smaller than
	 * the screen was).
	 */
	static java.util.List<ViewSnapshot.Node> labelled(ViewSnapshot snapshot, Map<String, double[]> at) {
		Map<String, Integer> degree = new HashMap<>();
		snapshot.edges().forEach(edge -> {
			degree.merge(edge.source(), 1, Integer::sum);
			degree.merge(edge.target(), 1, Integer::sum);
		});
		java.util.List<double[]> placed = new java.util.ArrayList<>();
		java.util.List<ViewSnapshot.Node> shown = new java.util.ArrayList<>();
		snapshot.nodes()
			.stream()
			.filter(ViewSnapshot.Node::labelShown)
			.sorted(java.util.Comparator.comparingInt((ViewSnapshot.Node node) -> degree.getOrDefault(node.id(), 0))
				.reversed())
			.forEach(node -> {
				double[] p = at.get(node.id());
				double width = node.label().length() * LABEL_SIZE * 0.55;
				double top = p[1] + nodeDiameter(node) / 2 + 2;
				double[] box = { p[0] - width / 2, top, p[0] + width / 2, top + LABEL_SIZE + 2 };
				boolean overlaps = placed.stream()
					.anyMatch(
							other -> box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]);
				if (!overlaps) {
					placed.add(box);
					shown.add(node);
				}
			});
		return shown;
	}

	/** Legend lines longer than the legend is wide end in an ellipsis. */
	static String shorten(String text) {
		return (text.length() <= 44) ? text : text.substring(0, 43).strip() + "…";
	}

	static double nodeDiameter(ViewSnapshot.Node node) {
		return Math.max(10, node.size() * 1.1);
	}

	private static void drawLegend(ViewSnapshot snapshot, Canvas canvas) {
		double x = Canvas.WIDTH - LEGEND_WIDTH - MARGIN;
		double y = TOP + 10;
		for (ViewSnapshot.LegendItem item : snapshot.legend()) {
			if (y > Canvas.HEIGHT - BOTTOM - 10) {
				break;
			}
			switch (item.mark()) {
				case HEADING -> {
					y += 8;
					canvas.text(item.label(), x, y + 12, 14, TEXT, true, false);
				}
				case SWATCH -> {
					canvas.shape("legend", "ellipse", x + 7, y + 8, 12, item.color());
					canvas.text(shorten(item.label()), x + 22, y + 13, 13, TEXT, false, false);
				}
				case LINE, DASHED -> {
					canvas.line(x, y + 8, x + 16, y + 8, item.color(), 3, item.mark() == ViewSnapshot.Mark.DASHED);
					canvas.text(shorten(item.label()), x + 22, y + 13, 13, TEXT, false, false);
				}
			}
			y += 22;
		}
	}

}
