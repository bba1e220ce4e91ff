package se.samverkanskartan.exchange;

/**
 * The drawing primitives every snapshot format implements, in page units (a 1600 × 900
 * page, y down). Colours are #rrggbb.
 */
interface Canvas {

	double WIDTH = 1600;

	double HEIGHT = 900;

	/**
	 * Shapes drawn until {@link #endGroup()} belong together (the legend); a slide groups
	 * them.
	 */
	default void beginGroup(String name) {
	}

	default void endGroup() {
	}

	void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed);

	/** A quadratic Bézier curve from (x1, y1) to (x2, y2) pulled towards (cx, cy). */
	void curve(double x1, double y1, double cx, double cy, double x2, double y2, String color, double width,
			boolean dashed);

	/**
	 * Closed rings filled even-odd (holes stay open); no fill or no border when null.
	 */
	void polygon(java.util.List<double[][]> rings, String fill, String stroke, double strokeWidth);

	/**
	 * A node's label: lines centred on x, the first line's baseline at y, each with a
	 * white halo so that ties under it never cross its letters.
	 */
	void label(java.util.List<String> lines, double x, double y, double size, String color);

	/** A node: ellipse, round-rectangle, diamond or hexagon, centred on (cx, cy). */
	void shape(String id, String shape, double cx, double cy, double diameter, String fill);

	void rect(double x, double y, double width, double height, String fill);

	/**
	 * Text with its baseline at y; centred on x when {@code centred}, else starting at x.
	 */
	void text(String text, double x, double y, double size, String color, boolean bold, boolean centred);

}
