package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Convex hulls (Andrew's monotone chain), as network-graph-hulls.ts draws cluster
 * outlines.
 */
final class Hulls {

	private Hulls() {
	}

	/**
	 * The hull of the points, counter-clockwise; the points themselves when fewer than 3.
	 */
	static double[][] convexHull(List<double[]> points) {
		double[][] sorted = points.stream()
			.sorted(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]))
			.toArray(double[][]::new);
		if (sorted.length < 3) {
			return sorted;
		}
		List<double[]> lower = chain(Arrays.asList(sorted));
		List<double[]> reversed = new ArrayList<>(Arrays.asList(sorted));
		java.util.Collections.reverse(reversed);
		List<double[]> upper = chain(reversed);
		List<double[]> hull = new ArrayList<>(lower.subList(0, lower.size() - 1));
		hull.addAll(upper.subList(0, upper.size() - 1));
		return hull.toArray(double[][]::new);
	}

	private static List<double[]> chain(List<double[]> points) {
		List<double[]> chain = new ArrayList<>();
		for (double[] p : points) {
			while (chain.size() >= 2 && cross(chain.get(chain.size() - 2), chain.get(chain.size() - 1), p) <= 0) {
				chain.remove(chain.size() - 1);
			}
			chain.add(p);
		}
		return chain;
	}

	private static double cross(double[] o, double[] a, double[] b) {
		return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
	}

	/**
	 * Eight points around a node, so that the outline keeps clear of it and runs round.
	 */
	static void around(List<double[]> points, double x, double y, double radius) {
		for (int i = 0; i < 8; i++) {
			double angle = Math.PI / 4 * i;
			points.add(new double[] { x + radius * Math.cos(angle), y + radius * Math.sin(angle) });
		}
	}

}
