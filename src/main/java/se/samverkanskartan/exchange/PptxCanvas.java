package se.samverkanskartan.exchange;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * A 16:9 slide drawn with native PowerPoint shapes (Apache POI): nodes are ellipses and
 * other preset shapes named after the organisation, ties are lines, labels are text
 * boxes, so a presenter can move and restyle them.
 */
final class PptxCanvas implements Canvas {

	/** Slide points per layout unit: 1600 × 900 becomes 960 × 540 pt. */
	private static final double SCALE = 0.6;

	static final String NODE_PREFIX = "Nod: ";

	private final XMLSlideShow show = new XMLSlideShow();

	private final XSLFSlide slide;

	private final java.util.Map<String, String> labels;

	PptxCanvas(java.util.Map<String, String> labelsById) {
		this.show.setPageSize(new Dimension((int) (WIDTH * SCALE), (int) (HEIGHT * SCALE)));
		this.slide = this.show.createSlide();
		this.labels = labelsById;
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
		XSLFConnectorShape line = this.slide.createConnector();
		line.setAnchor(new Rectangle2D.Double(Math.min(x1, x2) * SCALE, Math.min(y1, y2) * SCALE,
				Math.abs(x2 - x1) * SCALE, Math.abs(y2 - y1) * SCALE));
		line.setFlipHorizontal(x2 < x1);
		line.setFlipVertical(y2 < y1);
		line.setLineColor(Shapes.color(color));
		line.setLineWidth(width * SCALE);
		line.setLineHeadDecoration(LineDecoration.DecorationShape.NONE);
		if (dashed) {
			line.setLineDash(StrokeStyle.LineDash.DASH);
		}
	}

	@Override
	public void shape(String id, String shape, double cx, double cy, double diameter, String fill) {
		XSLFAutoShape node = this.slide.createAutoShape();
		node.setShapeType(switch (shape) {
			case "round-rectangle" -> ShapeType.ROUND_RECT;
			case "diamond" -> ShapeType.DIAMOND;
			case "hexagon" -> ShapeType.HEXAGON;
			default -> ShapeType.ELLIPSE;
		});
		double r = diameter / 2;
		node.setAnchor(new Rectangle2D.Double((cx - r) * SCALE, (cy - r) * SCALE, diameter * SCALE, diameter * SCALE));
		node.setFillColor(Shapes.color(fill));
		node.setLineColor(java.awt.Color.WHITE);
		node.setLineWidth(1);
		String label = this.labels.get(id);
		// The name shows in PowerPoint's selection pane
		((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) node.getXmlObject()).getNvSpPr()
			.getCNvPr()
			.setName((label != null) ? NODE_PREFIX + label : "Teckenförklaring");
	}

	@Override
	public void rect(double x, double y, double width, double height, String fill) {
		if (width >= WIDTH && height >= HEIGHT) {
			// The slide is the white background
			return;
		}
		XSLFAutoShape rect = this.slide.createAutoShape();
		rect.setShapeType(ShapeType.RECT);
		rect.setAnchor(new Rectangle2D.Double(x * SCALE, y * SCALE, width * SCALE, height * SCALE));
		rect.setFillColor(Shapes.color(fill));
	}

	@Override
	public void text(String text, double x, double y, double size, String color, boolean bold, boolean centred) {
		XSLFTextBox box = this.slide.createTextBox();
		double width = centred ? 240 : Math.max(200, text.length() * size * 0.62);
		double height = size * 1.5;
		box.setAnchor(new Rectangle2D.Double((centred ? x - width / 2 : x) * SCALE, (y - size * 1.1) * SCALE,
				width * SCALE, height * SCALE));
		box.setWordWrap(false);
		box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
		box.setVerticalAlignment(VerticalAlignment.TOP);
		box.clearText();
		var paragraph = box.addNewTextParagraph();
		paragraph.setTextAlign(centred ? TextParagraph.TextAlign.CENTER : TextParagraph.TextAlign.LEFT);
		XSLFTextRun run = paragraph.addNewTextRun();
		run.setText(text);
		run.setFontSize(size * SCALE);
		run.setFontColor(Shapes.color(color));
		run.setBold(bold);
		run.setFontFamily("Calibri");
	}

	byte[] finish() {
		try (var out = new ByteArrayOutputStream()) {
			this.show.write(out);
			this.show.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
