package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which labels the page shows and where: wrapped as the explorer wraps them, under their
 * node (else above, right or left of it), kept a gap from other labels and nodes.
 * Municipalities come first, then the labels the view showed, then the best-connected; a
 * label with no free place is left out (the page may be smaller than the screen was).
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
	 * @param leader where a line from the node meets the label, when the label stands
	 * away from its node; otherwise null
	 */
	record Placed(ViewSnapshot.Node node, List<String> lines, double x, double baseline, double[] box,
			double[] leader) {

	}

	private LabelLayout() {
	}

	/**
	 * @param obstacles other boxes no label may touch (a heading)
	 */
	static List<Placed> place(ViewSnapshot snapshot, Map<String, double[]> at, List<double[]> obstacles) {
		Map<String, Integer> degree = new HashMap<>();
		snapshot.edges().forEach(edge -> {
			degree.merge(edge.source(), 1, Integer::sum);
			degree.merge(edge.target(), 1, Integer::sum);
		});
		double size = SnapshotLayout.LABEL_SIZE;
		// Nodes are in the way of labels as much as other labels are
		List<double[]> taken = new ArrayList<>(obstacles);
		Map<String, double[]> discs = new HashMap<>();
		java.util.Set<double[]> isDisc = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (ViewSnapshot.Node node : snapshot.nodes()) {
			double[] p = at.get(node.id());
			double r = SnapshotLayout.nodeDiameter(node) / 2;
			double[] disc = { p[0] - r, p[1] - r, p[0] + r, p[1] + r };
			discs.put(node.id(), disc);
			isDisc.add(disc);
			taken.add(disc);
		}
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
				double height = lines.size() * size * SnapshotLayout.LINE_HEIGHT;
				double[] own = discs.get(node.id());
				List<double[]> boxes = places(p, SnapshotLayout.nodeDiameter(node) / 2 + 3, width, height);
				var place = boxes.stream()
					.filter(box -> taken.stream()
						.noneMatch(other -> other != own && overlap(box, other, isDisc.contains(other) ? 1 : GAP)))
					.findFirst();
				if (place.isEmpty() && node.id().startsWith("municipality:")) {
					// A municipality's name may lie over other nodes (its halo keeps it
					// legible) and
					// farther out, never over a label
					place = farther(p, SnapshotLayout.nodeDiameter(node) / 2 + 3, width, height).stream()
						.filter(box -> taken.stream()
							.filter(other -> !isDisc.contains(other))
							.noneMatch(other -> overlap(box, other, GAP)))
						.findFirst();
				}
				place.ifPresent(box -> {
					taken.add(box);
					double[] near = { Math.clamp(p[0], box[0], box[2]), Math.clamp(p[1], box[1], box[3]) };
					boolean away = Math.hypot(near[0] - p[0], near[1] - p[1]) > SnapshotLayout.nodeDiameter(node) / 2
							+ size;
					placed.add(new Placed(node, lines, (box[0] + box[2]) / 2, box[1] + size * 0.95, box,
							away ? near : null));
				});
			});
		return placed;
	}

	/**
	 * The places around the node and at its corners, then the same farther out, up to
	 * sixteen lines away.
	 */
	private static List<double[]> farther(double[] p, double r, double width, double height) {
		List<double[]> boxes = new ArrayList<>();
		// Up to sixteen lines out: a leader line then ties the label to its node
		for (int step = 0; step <= 16; step++) {
			double reach = r + step * height;
			boxes.addAll(places(p, reach, width, height));
			for (double[] corner : new double[][] { { 1, 1 }, { -1, 1 }, { 1, -1 }, { -1, -1 } }) {
				double x = p[0] + corner[0] * (reach * 0.7 + width / 2);
				double y = p[1] + corner[1] * (reach * 0.7 + height / 2);
				boxes.add(new double[] { x - width / 2, y - height / 2, x + width / 2, y + height / 2 });
			}
		}
		return boxes;
	}

	/** A label's boxes under, above, right and left of its node (centre p, reach r). */
	private static List<double[]> places(double[] p, double r, double width, double height) {
		return List.of(new double[] { p[0] - width / 2, p[1] + r, p[0] + width / 2, p[1] + r + height },
				new double[] { p[0] - width / 2, p[1] - r - height, p[0] + width / 2, p[1] - r },
				new double[] { p[0] + r, p[1] - height / 2, p[0] + r + width, p[1] + height / 2 },
				new double[] { p[0] - r - width, p[1] - height / 2, p[0] - r, p[1] + height / 2 });
	}

	/** Whether two boxes come closer than the gap. */
	static boolean overlap(double[] a, double[] b, double gap) {
		return a[0] < b[2] + gap && b[0] < a[2] + gap && a[1] < b[3] + gap && b[1] < a[3] + gap;
	}

}
