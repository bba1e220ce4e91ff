package se.samverkanskartan.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Vector PDF with PDFBox: one 16:9 page. Embeds a system sans-serif font when one is
 * installed (all of Unicode it covers); otherwise Helvetica, which covers å, ä and ö.
 */
final class PdfCanvas implements Canvas {

	/** Page points per layout unit: 1600 × 900 becomes 960 × 540 pt. */
	private static final float SCALE = 0.6f;

	private static final List<String> REGULAR = List.of(
			"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
			"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf",
			"/Library/Fonts/Arial.ttf");

	private static final List<String> BOLD = List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
			"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "C:/Windows/Fonts/arialbd.ttf",
			"/Library/Fonts/Arial Bold.ttf");

	private final PDDocument document = new PDDocument();

	private final PDPageContentStream content;

	private final PDFont regular;

	private final PDFont bold;

	PdfCanvas(String title) {
		try {
			PDPage page = new PDPage(new PDRectangle((float) WIDTH * SCALE, (float) HEIGHT * SCALE));
			this.document.addPage(page);
			this.document.getDocumentInformation().setTitle(title);
			this.document.getDocumentInformation().setCreator("Samverkanskartan");
			this.regular = font(REGULAR, Standard14Fonts.FontName.HELVETICA);
			this.bold = font(BOLD, Standard14Fonts.FontName.HELVETICA_BOLD);
			this.content = new PDPageContentStream(this.document, page);
			// Layout units, y down
			this.content.transform(new Matrix(SCALE, 0, 0, -SCALE, 0, (float) HEIGHT * SCALE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private PDFont font(List<String> candidates, Standard14Fonts.FontName fallback) throws IOException {
		for (String candidate : candidates) {
			Path path = Path.of(candidate);
			if (Files.isReadable(path)) {
				return PDType0Font.load(this.document, path.toFile());
			}
		}
		return new PDType1Font(fallback);
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
		try {
			this.content.setStrokingColor(Shapes.color(color));
			this.content.setLineWidth((float) width);
			this.content.setLineDashPattern(dashed ? new float[] { 6, 4 } : new float[0], 0);
			this.content.moveTo((float) x1, (float) y1);
			this.content.lineTo((float) x2, (float) y2);
			this.content.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void curve(double x1, double y1, double cx, double cy, double x2, double y2, String color, double width,
			boolean dashed) {
		try {
			this.content.setStrokingColor(Shapes.color(color));
			this.content.setLineWidth((float) width);
			this.content.setLineDashPattern(dashed ? new float[] { 6, 4 } : new float[0], 0);
			this.content.moveTo((float) x1, (float) y1);
			// The quadratic curve as the cubic PDF draws
			this.content.curveTo((float) (x1 + 2 * (cx - x1) / 3), (float) (y1 + 2 * (cy - y1) / 3),
					(float) (x2 + 2 * (cx - x2) / 3), (float) (y2 + 2 * (cy - y2) / 3), (float) x2, (float) y2);
			this.content.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void polygon(List<double[][]> rings, String fill, String stroke, double strokeWidth) {
		try {
			for (double[][] ring : rings) {
				this.content.moveTo((float) ring[0][0], (float) ring[0][1]);
				for (int i = 1; i < ring.length; i++) {
					this.content.lineTo((float) ring[i][0], (float) ring[i][1]);
				}
				this.content.closePath();
			}
			if (fill != null) {
				this.content.setNonStrokingColor(Shapes.color(fill));
			}
			if (stroke != null) {
				this.content.setStrokingColor(Shapes.color(stroke));
				this.content.setLineWidth((float) strokeWidth);
				this.content.setLineDashPattern(new float[0], 0);
			}
			if (fill != null && stroke != null) {
				this.content.fillAndStrokeEvenOdd();
			}
			else if (fill != null) {
				this.content.fillEvenOdd();
			}
			else {
				this.content.stroke();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void label(List<String> lines, double x, double y, double size, String color) {
		for (int i = 0; i < lines.size(); i++) {
			double baseline = y + i * size * SnapshotLayout.LINE_HEIGHT;
			try {
				// The halo: the same text stroked white under the letters
				this.content.setStrokingColor(java.awt.Color.WHITE);
				this.content.setLineWidth((float) (size / 5));
				this.content.setLineJoinStyle(1);
				this.content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.STROKE);
				text(lines.get(i), x, baseline, size, "#ffffff", false, true);
				this.content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			text(lines.get(i), x, baseline, size, color, false, true);
		}
	}

	@Override
	public void shape(String id, String shape, double cx, double cy, double diameter, String fill) {
		float r = (float) diameter / 2;
		float x = (float) cx;
		float y = (float) cy;
		try {
			this.content.setNonStrokingColor(Shapes.color(fill));
			this.content.setStrokingColor(java.awt.Color.WHITE);
			this.content.setLineWidth(1.5f);
			this.content.setLineDashPattern(new float[0], 0);
			switch (shape) {
				case "round-rectangle" -> this.content.addRect(x - r, y - r, 2 * r, 2 * r);
				case "diamond", "hexagon" -> {
					double[][] points = Shapes.polygon(shape, cx, cy, r);
					this.content.moveTo((float) points[0][0], (float) points[0][1]);
					for (int i = 1; i < points.length; i++) {
						this.content.lineTo((float) points[i][0], (float) points[i][1]);
					}
					this.content.closePath();
				}
				default -> {
					// Four Bézier arcs
					float k = 0.5523f * r;
					this.content.moveTo(x + r, y);
					this.content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
					this.content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
					this.content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
					this.content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
					this.content.closePath();
				}
			}
			this.content.fillAndStroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void rect(double x, double y, double width, double height, String fill) {
		try {
			this.content.setNonStrokingColor(Shapes.color(fill));
			this.content.addRect((float) x, (float) y, (float) width, (float) height);
			this.content.fill();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void text(String text, double x, double y, double size, String color, boolean bold, boolean centred) {
		PDFont font = bold ? this.bold : this.regular;
		String printable = printable(font, text);
		try {
			float width = centred ? font.getStringWidth(printable) / 1000 * (float) size : 0;
			this.content.beginText();
			this.content.setFont(font, 1);
			this.content.setNonStrokingColor(Shapes.color(color));
			// Text is drawn the right way up inside the flipped page
			this.content.setTextMatrix(new Matrix((float) size, 0, 0, (float) -size, (float) x - width / 2, (float) y));
			this.content.showText(printable);
			this.content.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text with characters the font cannot show replaced by '?'. */
	private static String printable(PDFont font, String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				out.append(ch);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	byte[] finish() {
		try (var out = new ByteArrayOutputStream()) {
			this.content.close();
			this.document.save(out);
			this.document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
