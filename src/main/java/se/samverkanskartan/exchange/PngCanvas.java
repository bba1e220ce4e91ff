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
		this.g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
				new float[] { 6, 4 }, 0) : new BasicStroke((float) width));
		this.g.draw(new Line2D.Double(x1, y1, x2, y2));
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
