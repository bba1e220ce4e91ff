package se.samverkanskartan.exchange;

/**
 * The drawing primitives every snapshot format implements, in page units (a 1600 × 900
 * page, y down). Colours are #rrggbb.
 */
interface Canvas {

	double WIDTH = 1600;

	double HEIGHT = 900;

	void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed);

	/** A node: ellipse, round-rectangle, diamond or hexagon, centred on (cx, cy). */
	void shape(String id, String shape, double cx, double cy, double diameter, String fill);

	void rect(double x, double y, double width, double height, String fill);

	/**
	 * Text with its baseline at y; centred on x when {@code centred}, else starting at x.
	 */
	void text(String text, double x, double y, double size, String color, boolean bold, boolean centred);

}
