package se.samverkanskartan.exchange;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a snapshot on the page: title and filter line on top, the graph (on its map when
 * there is one) fitted into the left area, the legend on the right, date, provenance and
 * the map's source at the bottom. Every format draws through this, so they show the same
 * picture.
 */
final class SnapshotLayout {

	static final double MARGIN = 40;

	static final double TOP = 120;

	static final double BOTTOM = 70;

	/** 10.2 pt on the 13.33-inch slide (0.6 pt per page unit). */
	static final double LABEL_SIZE = 17;

	static final double LINE_HEIGHT = 1.2;

	static final String TEXT = "#1e293b";

	static final String MUTED = "#64748b";

	static final String BORDER = "#94a3b8";

	static final String LAND = "#f8fafc";

	private SnapshotLayout() {
	}

	static void draw(ViewSnapshot snapshot, Canvas canvas) {
		canvas.rect(0, 0, Canvas.WIDTH, Canvas.HEIGHT, "#ffffff");
		canvas.text(snapshot.title(), MARGIN, 62, 30, TEXT, true, false);
		canvas.text(snapshot.filterLine(), MARGIN, 94, 15, MUTED, false, false);
		LegendLayout legend = LegendLayout.fit(snapshot.legend(), Canvas.HEIGHT - TOP - BOTTOM - 20);
		double legendLeft = Canvas.WIDTH - MARGIN - legend.width();
		drawGraph(snapshot, canvas, new double[] { MARGIN + 20, TOP + 20, legendLeft - 40 - (MARGIN + 20),
				Canvas.HEIGHT - TOP - BOTTOM - 50 });
		legend.draw(canvas, legendLeft, TOP + 10);
		canvas.text(snapshot.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + " · " + snapshot.provenanceLine(),
				MARGIN, Canvas.HEIGHT - 28, 12, MUTED, false, false);
		String attribution = snapshot.backdrop().attribution();
		if (attribution != null) {
			canvas.text(attribution, Canvas.WIDTH - MARGIN - TextMeasure.width(attribution, 12, false),
					Canvas.HEIGHT - 28, 12, MUTED, false, false);
		}
	}

	/** The graph in the area {left, top, width, height}. */
	private static void drawGraph(ViewSnapshot snapshot, Canvas canvas, double[] area) {
		if (snapshot.nodes().isEmpty() && snapshot.backdrop().areas().isEmpty()) {
			return;
		}
		PageFit fit = PageFit.of(snapshot, area);
		for (ViewSnapshot.Area shape : snapshot.backdrop().areas()) {
			canvas.polygon(shape.rings().stream().map(fit::ring).toList(), (shape.fill() == null) ? LAND : shape.fill(),
					BORDER, 1);
		}
		Map<String, double[]> at = new LinkedHashMap<>();
		snapshot.nodes().forEach(node -> at.put(node.id(), fit.point(node.x(), node.y())));
		drawHulls(snapshot, canvas, at);
		TieCurves.draw(snapshot, canvas, at);
		for (ViewSnapshot.Node node : snapshot.nodes()) {
			double[] p = at.get(node.id());
			canvas.shape(node.id(), node.shape(), p[0], p[1], nodeDiameter(node), node.color());
		}
		List<String> heading = isolatesHeading(snapshot, at, area[0] + area[2] + 30);
		double[] headingAt = heading.isEmpty() ? null : headingPlace(snapshot, at);
		// Labels keep off the title, the legend and the footer
		double legendLeft = area[0] + area[2] + 40;
		List<double[]> obstacles = new ArrayList<>(List.of(new double[] { 0, 0, Canvas.WIDTH, TOP - 10 },
				new double[] { legendLeft - 10, 0, Canvas.WIDTH, Canvas.HEIGHT },
				new double[] { 0, Canvas.HEIGHT - 45, Canvas.WIDTH, Canvas.HEIGHT },
				new double[] { -Canvas.WIDTH, 0, 10, Canvas.HEIGHT }));
		if (headingAt != null) {
			double width = heading.stream().mapToDouble(line -> TextMeasure.width(line, 14, true)).max().orElse(0);
			obstacles.add(new double[] { headingAt[0], headingAt[1] - 14 - (heading.size() - 1) * 17,
					headingAt[0] + width, headingAt[1] + 4 });
		}
		List<LabelLayout.Placed> labels = LabelLayout.place(snapshot, at, obstacles);
		for (LabelLayout.Placed label : labels) {
			if (label.leader() != null) {
				double[] p = at.get(label.node().id());
				canvas.line(p[0], p[1], label.leader()[0], label.leader()[1], MUTED, 1.4, false);
			}
		}
		for (LabelLayout.Placed label : labels) {
			canvas.label(label.lines(), label.x(), label.baseline(), LABEL_SIZE, TEXT);
		}
		for (int i = 0; i < heading.size(); i++) {
			canvas.text(heading.get(i), headingAt[0], headingAt[1] - (heading.size() - 1 - i) * 17, 14, MUTED, true,
					false);
		}
	}

	/**
	 * Cluster outlines, as the explorer draws them: soft fill (none on a map), a border.
	 */
	private static void drawHulls(ViewSnapshot snapshot, Canvas canvas, Map<String, double[]> at) {
		Map<Integer, List<double[]>> points = new LinkedHashMap<>();
		Map<Integer, String> colors = new LinkedHashMap<>();
		for (ViewSnapshot.Node node : snapshot.nodes()) {
			if (node.cluster() != null) {
				double[] p = at.get(node.id());
				Hulls.around(points.computeIfAbsent(node.cluster(), cluster -> new ArrayList<>()), p[0], p[1],
						nodeDiameter(node) / 2 + 10);
				colors.putIfAbsent(node.cluster(), node.color());
			}
		}
		boolean onMap = !snapshot.backdrop().areas().isEmpty();
		points.forEach((cluster, around) -> {
			double[][] hull = Hulls.convexHull(around);
			if (hull.length >= 3) {
				String color = colors.get(cluster);
				canvas.polygon(List.<double[][]>of(hull), onMap ? null : blend(color, 0.08), blend(color, 0.55), 1.5);
			}
		});
	}

	/**
	 * The organisations tied to nothing, drawn as a block under a heading (not on a map).
	 */
	private static List<double[]> isolated(ViewSnapshot snapshot, Map<String, double[]> at) {
		if (snapshot.backdrop().isolatesHeading() == null || snapshot.backdrop().arcs()) {
			return List.of();
		}
		java.util.Set<String> tied = new java.util.HashSet<>();
		snapshot.edges().forEach(edge -> {
			tied.add(edge.source());
			tied.add(edge.target());
		});
		List<double[]> alone = snapshot.nodes()
			.stream()
			.filter(node -> !tied.contains(node.id()))
			.map(node -> at.get(node.id()))
			.toList();
		return (alone.size() == snapshot.nodes().size()) ? List.of() : alone;
	}

	/** The heading's lines, each ending before the legend; none without a block. */
	private static List<String> isolatesHeading(ViewSnapshot snapshot, Map<String, double[]> at, double right) {
		List<double[]> alone = isolated(snapshot, at);
		if (alone.isEmpty()) {
			return List.of();
		}
		double left = alone.stream().mapToDouble(p -> p[0]).min().orElseThrow() - 10;
		return TextMeasure.wrap(snapshot.backdrop().isolatesHeading(), 14, true, Math.max(120, right - left));
	}

	/** Where the heading's last line starts: above the block's top left. */
	private static double[] headingPlace(ViewSnapshot snapshot, Map<String, double[]> at) {
		List<double[]> alone = isolated(snapshot, at);
		return new double[] { alone.stream().mapToDouble(p -> p[0]).min().orElseThrow() - 10,
				alone.stream().mapToDouble(p -> p[1]).min().orElseThrow() - 22 };
	}

	/** The colour mixed with white, as it shows at this opacity on the white page. */
	static String blend(String hex, double opacity) {
		java.awt.Color color = Shapes.color(hex);
		int red = (int) Math.round(255 + (color.getRed() - 255) * opacity);
		int green = (int) Math.round(255 + (color.getGreen() - 255) * opacity);
		int blue = (int) Math.round(255 + (color.getBlue() - 255) * opacity);
		return String.format("#%02x%02x%02x", red, green, blue);
	}

	static double nodeDiameter(ViewSnapshot.Node node) {
		return Math.max(10, node.size() * 1.1);
	}

}
