package se.samverkanskartan.exchange;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Java2D on an image of 1600 × 900 times the scale (1, 2 or 4). */
final class PngCanvas implements Canvas {

	private final BufferedImage image;

	private final Graphics2D g;

	PngCanvas(int scale) {
		this.image = new BufferedImage((int) WIDTH * scale, (int) HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
		this.g = this.image.createGraphics();
		this.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		this.g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		this.g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		this.g.scale(scale, scale);
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
		this.g.setColor(Shapes.color(color));
		this.g.setStroke(stroke(width, dashed));
		this.g.draw(new Line2D.Double(x1, y1, x2, y2));
	}

	@Override
	public void curve(double x1, double y1, double cx, double cy, double x2, double y2, String color, double width,
			boolean dashed) {
		this.g.setColor(Shapes.color(color));
		this.g.setStroke(stroke(width, dashed));
		this.g.draw(new java.awt.geom.QuadCurve2D.Double(x1, y1, cx, cy, x2, y2));
	}

	private static BasicStroke stroke(double width, boolean dashed) {
		return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
				new float[] { 6, 4 }, 0) : new BasicStroke((float) width);
	}

	@Override
	public void polygon(java.util.List<double[][]> rings, String fill, String stroke, double strokeWidth) {
		Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		for (double[][] ring : rings) {
			path.moveTo(ring[0][0], ring[0][1]);
			for (int i = 1; i < ring.length; i++) {
				path.lineTo(ring[i][0], ring[i][1]);
			}
			path.closePath();
		}
		if (fill != null) {
			this.g.setColor(Shapes.color(fill));
			this.g.fill(path);
		}
		if (stroke != null) {
			this.g.setColor(Shapes.color(stroke));
			this.g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			this.g.draw(path);
		}
	}

	@Override
	public void label(java.util.List<String> lines, double x, double y, double size, String color) {
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) size);
		for (int i = 0; i < lines.size(); i++) {
			var layout = new java.awt.font.TextLayout(lines.get(i), font, this.g.getFontRenderContext());
			double left = x - layout.getAdvance() / 2;
			java.awt.Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(left,
					y + i * size * SnapshotLayout.LINE_HEIGHT));
			this.g.setColor(java.awt.Color.WHITE);
			this.g.setStroke(new BasicStroke((float) (size / 5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			this.g.draw(outline);
			this.g.setColor(Shapes.color(color));
			this.g.fill(outline);
		}
	}

	@Override
	public void shape(String id, String shape, double cx, double cy, double diameter, String fill) {
		double r = diameter / 2;
		java.awt.Shape outline = switch (shape) {
			case "round-rectangle" -> new RoundRectangle2D.Double(cx - r, cy - r, diameter, diameter, r / 1.5, r / 1.5);
			case "diamond", "hexagon" -> {
				Path2D.Double path = new Path2D.Double();
				double[][] points = Shapes.polygon(shape, cx, cy, r);
				path.moveTo(points[0][0], points[0][1]);
				for (int i = 1; i < points.length; i++) {
					path.lineTo(points[i][0], points[i][1]);
				}
				path.closePath();
				yield path;
			}
			default -> new Ellipse2D.Double(cx - r, cy - r, diameter, diameter);
		};
		this.g.setColor(Shapes.color(fill));
		this.g.fill(outline);
		this.g.setColor(java.awt.Color.WHITE);
		this.g.setStroke(new BasicStroke(1.5f));
		this.g.draw(outline);
	}

	@Override
	public void rect(double x, double y, double width, double height, String fill) {
		this.g.setColor(Shapes.color(fill));
		this.g.fill(new Rectangle2D.Double(x, y, width, height));
	}

	@Override
	public void text(String text, double x, double y, double size, String color, boolean bold, boolean centred) {
		Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
		this.g.setFont(font);
		this.g.setColor(Shapes.color(color));
		double width = centred ? this.g.getFontMetrics().getStringBounds(text, this.g).getWidth() : 0;
		this.g.drawString(text, (float) (x - width / 2), (float) y);
	}

	byte[] finish() {
		this.g.dispose();
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(this.image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
