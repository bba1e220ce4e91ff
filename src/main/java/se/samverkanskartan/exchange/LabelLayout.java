package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which labels the page shows and where: wrapped as the explorer wraps them, under their
 * node, kept a gap apart. Municipalities come first, then the labels the view showed,
 * then the best-connected; a label that would touch one already placed is left out (the
 * page may be smaller than the screen was).
 */
final class LabelLayout {

	/**
	 * As wide as the explorer's labels wrap (130 px at 11 px) at the page's label size.
	 */
	static final double WRAP_WIDTH = SnapshotLayout.LABEL_SIZE * 130 / 11;

	/** Between neighbouring labels, so that two names never read as one. */
	static final double GAP = 4;

	/**
	 * A label placed on the page.
	 *
	 * @param node its node
	 * @param lines its lines
	 * @param x the centre
	 * @param baseline the first line's baseline
	 * @param box left, top, right and bottom
	 */
	record Placed(ViewSnapshot.Node node, List<String> lines, double x, double baseline, double[] box) {

	}

	private LabelLayout() {
	}

	static List<Placed> place(ViewSnapshot snapshot, Map<String, double[]> at) {
		Map<String, Integer> degree = new HashMap<>();
		snapshot.edges().forEach(edge -> {
			degree.merge(edge.source(), 1, Integer::sum);
			degree.merge(edge.target(), 1, Integer::sum);
		});
		double size = SnapshotLayout.LABEL_SIZE;
		List<Placed> placed = new ArrayList<>();
		snapshot.nodes()
			.stream()
			.sorted(Comparator.comparing((ViewSnapshot.Node node) -> !node.id().startsWith("municipality:"))
				.thenComparing(node -> !node.labelShown())
				.thenComparing(node -> -degree.getOrDefault(node.id(), 0))
				.thenComparing(ViewSnapshot.Node::label))
			.forEach(node -> {
				double[] p = at.get(node.id());
				List<String> lines = TextMeasure.wrap(node.label(), size, false, WRAP_WIDTH);
				double width = lines.stream().mapToDouble(line -> TextMeasure.width(line, size, false)).max().orElse(0);
				double top = p[1] + SnapshotLayout.nodeDiameter(node) / 2 + 3;
				double[] box = { p[0] - width / 2, top, p[0] + width / 2,
						top + lines.size() * size * SnapshotLayout.LINE_HEIGHT };
				boolean touches = placed.stream().anyMatch(other -> overlap(box, other.box(), GAP));
				if (!touches) {
					placed.add(new Placed(node, lines, p[0], top + size * 0.95, box));
				}
			});
		return placed;
	}

	/** Whether two boxes come closer than the gap. */
	static boolean overlap(double[] a, double[] b, double gap) {
		return a[0] < b[2] + gap && b[0] < a[2] + gap && a[1] < b[3] + gap && b[1] < a[3] + gap;
	}

}
