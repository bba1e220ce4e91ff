package se.samverkanskartan.exchange;

/** Corner points of the polygon node shapes, shared by the formats. */
final class Shapes {

	private Shapes() {
	}

	static double[][] polygon(String shape, double cx, double cy, double r) {
		if ("diamond".equals(shape)) {
			return new double[][] { { cx, cy - r }, { cx + r, cy }, { cx, cy + r }, { cx - r, cy } };
		}
		double[][] hexagon = new double[6][];
		for (int i = 0; i < 6; i++) {
			double angle = Math.PI / 3 * i;
			hexagon[i] = new double[] { cx + r * Math.cos(angle), cy + r * Math.sin(angle) };
		}
		return hexagon;
	}

	static java.awt.Color color(String hex) {
		try {
			return java.awt.Color.decode(hex);
		}
		catch (NumberFormatException ex) {
			return java.awt.Color.GRAY;
		}
	}

}
