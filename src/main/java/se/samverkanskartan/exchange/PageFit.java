package se.samverkanskartan.exchange;

/**
 * From graph units to the page: the nodes (and the map, when there is one) fitted into an
 * area, centred, never enlarged more than three times.
 */
final class PageFit {

	private final double scale;

	private final double offsetX;

	private final double offsetY;

	private final double minX;

	private final double minY;

	private PageFit(double scale, double offsetX, double offsetY, double minX, double minY) {
		this.scale = scale;
		this.offsetX = offsetX;
		this.offsetY = offsetY;
		this.minX = minX;
		this.minY = minY;
	}

	/**
	 * @param area left, top, width and height on the page
	 */
	static PageFit of(ViewSnapshot snapshot, double[] area) {
		double[] bounds = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		snapshot.nodes().forEach(node -> include(bounds, node.x(), node.y()));
		snapshot.backdrop().areas().forEach(shape -> shape.rings().forEach(ring -> {
			for (double[] p : ring) {
				include(bounds, p[0], p[1]);
			}
		}));
		double width = Math.max(bounds[2] - bounds[0], 1);
		double height = Math.max(bounds[3] - bounds[1], 1);
		double scale = Math.min(3, Math.min(area[2] / width, area[3] / height));
		return new PageFit(scale, area[0] + (area[2] - width * scale) / 2, area[1] + (area[3] - height * scale) / 2,
				bounds[0], bounds[1]);
	}

	private static void include(double[] bounds, double x, double y) {
		bounds[0] = Math.min(bounds[0], x);
		bounds[1] = Math.min(bounds[1], y);
		bounds[2] = Math.max(bounds[2], x);
		bounds[3] = Math.max(bounds[3], y);
	}

	double[] point(double x, double y) {
		return new double[] { this.offsetX + (x - this.minX) * this.scale,
				this.offsetY + (y - this.minY) * this.scale };
	}

	double[][] ring(double[][] ring) {
		double[][] out = new double[ring.length][];
		for (int i = 0; i < ring.length; i++) {
			out[i] = point(ring[i][0], ring[i][1]);
		}
		return out;
	}

}
