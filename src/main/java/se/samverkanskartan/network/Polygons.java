package se.samverkanskartan.network;

import java.util.ArrayList;
import java.util.List;

/** Plane geometry on polygons given as rings of {x, y}, read even-odd. */
final class Polygons {

	private Polygons() {
	}

	static boolean contains(List<double[][]> rings, double x, double y) {
		boolean inside = false;
		for (double[][] ring : rings) {
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				double[] a = ring[i];
				double[] b = ring[j];
				if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
					inside = !inside;
				}
			}
		}
		return inside;
	}

	/** The area-weighted centroid of all rings (holes run the other way and subtract). */
	static double[] centroid(List<double[][]> rings) {
		double area = 0;
		double cx = 0;
		double cy = 0;
		for (double[][] ring : rings) {
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				double cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
				area += cross;
				cx += (ring[j][0] + ring[i][0]) * cross;
				cy += (ring[j][1] + ring[i][1]) * cross;
			}
		}
		return new double[] { cx / (3 * area), cy / (3 * area) };
	}

	/** Distance from a point to the nearest border segment. */
	static double edgeDistance(List<double[][]> rings, double x, double y) {
		double nearest = Double.MAX_VALUE;
		for (double[][] ring : rings) {
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				nearest = Math.min(nearest, segmentDistance(x, y, ring[j], ring[i]));
			}
		}
		return nearest;
	}

	private static double segmentDistance(double x, double y, double[] a, double[] b) {
		double dx = b[0] - a[0];
		double dy = b[1] - a[1];
		double length2 = dx * dx + dy * dy;
		double t = (length2 == 0) ? 0 : Math.clamp(((x - a[0]) * dx + (y - a[1]) * dy) / length2, 0, 1);
		return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
	}

	/**
	 * Points of a grid over the rings' bounds ({@code steps} across the longer side) that
	 * lie inside and at least {@code clearance} from the border.
	 */
	static List<double[]> interiorGrid(List<double[][]> rings, int steps, double clearance) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (double[][] ring : rings) {
			for (double[] p : ring) {
				minX = Math.min(minX, p[0]);
				minY = Math.min(minY, p[1]);
				maxX = Math.max(maxX, p[0]);
				maxY = Math.max(maxY, p[1]);
			}
		}
		double step = Math.max(maxX - minX, maxY - minY) / steps;
		List<double[]> points = new ArrayList<>();
		for (double x = minX + step / 2; x < maxX; x += step) {
			for (double y = minY + step / 2; y < maxY; y += step) {
				if (contains(rings, x, y) && edgeDistance(rings, x, y) >= clearance) {
					points.add(new double[] { x, y });
				}
			}
		}
		return points;
	}

	/**
	 * Where a label for the area belongs: its centroid when that lies inside, else the
	 * grid point farthest from the border.
	 */
	static double[] anchor(List<double[][]> rings) {
		double[] centroid = centroid(rings);
		if (contains(rings, centroid[0], centroid[1])) {
			return centroid;
		}
		return interiorGrid(rings, 60, 0).stream()
			.max(java.util.Comparator.comparingDouble(p -> edgeDistance(rings, p[0], p[1])))
			.orElse(centroid);
	}

}
