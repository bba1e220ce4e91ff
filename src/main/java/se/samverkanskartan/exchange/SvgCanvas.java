package se.samverkanskartan.exchange;

import java.util.Locale;

/** SVG written by hand (cytoscape-svg is GPL); every text is XML-escaped. */
final class SvgCanvas implements Canvas {

	private final StringBuilder svg = new StringBuilder();

	SvgCanvas() {
		this.svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\" "
				.formatted(n(WIDTH), n(HEIGHT), n(WIDTH), n(HEIGHT)))
			.append("font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\">\n");
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// Control characters are not allowed in XML 1.0
					if (c >= 0x20 || c == '\t' || c == '\n') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String n(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
		this.svg.append("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>\n"
			.formatted(n(x1), n(y1), n(x2), n(y2), escape(color), n(width),
					dashed ? " stroke-dasharray=\"6 4\" stroke-opacity=\"0.8\"" : " stroke-opacity=\"0.85\""));
	}

	@Override
	public void beginGroup(String name) {
		this.svg.append("<g class=\"group\" data-name=\"%s\">\n".formatted(escape(name)));
	}

	@Override
	public void endGroup() {
		this.svg.append("</g>\n");
	}

	@Override
	public void curve(double x1, double y1, double cx, double cy, double x2, double y2, String color, double width,
			boolean dashed) {
		this.svg.append("<path d=\"M%s,%s Q%s,%s %s,%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s/>\n"
			.formatted(n(x1), n(y1), n(cx), n(cy), n(x2), n(y2), escape(color), n(width),
					dashed ? " stroke-dasharray=\"6 4\" stroke-opacity=\"0.8\"" : " stroke-opacity=\"0.85\""));
	}

	@Override
	public void polygon(java.util.List<double[][]> rings, String fill, String stroke, double strokeWidth) {
		StringBuilder path = new StringBuilder();
		for (double[][] ring : rings) {
			for (int i = 0; i < ring.length; i++) {
				path.append((i == 0) ? 'M' : 'L').append(n(ring[i][0])).append(',').append(n(ring[i][1]));
			}
			path.append('Z');
		}
		this.svg.append("<path d=\"%s\" fill-rule=\"evenodd\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>\n"
			.formatted(path, (fill == null) ? "none" : escape(fill), (stroke == null) ? "none" : escape(stroke),
					n(strokeWidth)));
	}

	@Override
	public void label(java.util.List<String> lines, double x, double y, double size, String color) {
		for (int i = 0; i < lines.size(); i++) {
			this.svg.append(("<text class=\"label\" x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"%s\" "
					+ "text-anchor=\"middle\" stroke=\"#ffffff\" stroke-width=\"%s\" stroke-linejoin=\"round\" "
					+ "paint-order=\"stroke\">%s</text>\n")
				.formatted(n(x), n(y + i * size * SnapshotLayout.LINE_HEIGHT), n(size), escape(color), n(size / 5),
						escape(lines.get(i))));
		}
	}

	@Override
	public void shape(String id, String shape, double cx, double cy, double diameter, String fill) {
		double r = diameter / 2;
		String common = " fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.5\"".formatted(escape(fill));
		switch (shape) {
			case "round-rectangle" ->
				this.svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\"%s/>\n"
					.formatted(n(cx - r), n(cy - r), n(diameter), n(diameter), n(r / 3), common));
			case "diamond", "hexagon" -> this.svg
				.append("<polygon points=\"%s\"%s/>\n".formatted(points(Shapes.polygon(shape, cx, cy, r)), common));
			default ->
				this.svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"%s\"%s/>\n".formatted(n(cx), n(cy), n(r), common));
		}
	}

	private static String points(double[][] polygon) {
		StringBuilder out = new StringBuilder();
		for (double[] p : polygon) {
			out.append(n(p[0])).append(',').append(n(p[1])).append(' ');
		}
		return out.toString().strip();
	}

	@Override
	public void rect(double x, double y, double width, double height, String fill) {
		this.svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>\n".formatted(n(x), n(y),
				n(width), n(height), escape(fill)));
	}

	@Override
	public void text(String text, double x, double y, double size, String color, boolean bold, boolean centred) {
		this.svg.append("<text x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"%s\"%s%s>%s</text>\n".formatted(n(x), n(y),
				n(size), escape(color), bold ? " font-weight=\"bold\"" : "", centred ? " text-anchor=\"middle\"" : "",
				escape(text)));
	}

	String finish() {
		return this.svg.append("</svg>\n").toString();
	}

}
