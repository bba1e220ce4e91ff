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

	/** Names node labels in the selection pane; the picture check finds them by it. */
	static final String LABEL_PREFIX = "Etikett: ";

	private final XMLSlideShow show = new XMLSlideShow();

	private final XSLFSlide slide;

	private final java.util.Map<String, String> labels;

	/** Where shapes go: the slide, or the group begun last. */
	private org.apache.poi.xslf.usermodel.XSLFShapeContainer target;

	private org.apache.poi.xslf.usermodel.XSLFGroupShape group;

	/**
	 * The union of the group's shapes so far (reading them back from POI logs warnings).
	 */
	private Rectangle2D groupBounds;

	/** Counts a shape drawn into the open group. */
	private void track(org.apache.poi.xslf.usermodel.XSLFShape shape) {
		if (this.group != null) {
			Rectangle2D anchor = shape.getAnchor();
			this.groupBounds = (this.groupBounds == null) ? (Rectangle2D) anchor.clone()
					: this.groupBounds.createUnion(anchor);
		}
	}

	@Override
	public void beginGroup(String name) {
		this.group = this.slide.createGroup();
		((org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape) this.group.getXmlObject()).getNvGrpSpPr()
			.getCNvPr()
			.setName(name);
		this.target = this.group;
	}

	@Override
	public void endGroup() {
		if (this.group == null) {
			return;
		}
		Rectangle2D bounds = this.groupBounds;
		this.groupBounds = null;
		if (bounds != null) {
			// Child and group coordinates alike: the group neither moves nor scales its
			// shapes
			this.group.setAnchor(bounds);
			this.group.setInteriorAnchor(bounds);
		}
		this.group = null;
		this.target = this.slide;
	}

	PptxCanvas(java.util.Map<String, String> labelsById) {
		this.show.setPageSize(new Dimension((int) (WIDTH * SCALE), (int) (HEIGHT * SCALE)));
		this.slide = this.show.createSlide();
		this.target = this.slide;
		this.labels = labelsById;
	}

	@Override
	public void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed) {
		XSLFConnectorShape line = this.target.createConnector();
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
		track(line);
	}

	@Override
	public void curve(double x1, double y1, double cx, double cy, double x2, double y2, String color, double width,
			boolean dashed) {
		var path = new java.awt.geom.Path2D.Double();
		path.moveTo(x1 * SCALE, y1 * SCALE);
		// As a cubic curve: POI's slimmed schemas lack the quadratic one
		path.curveTo((x1 + 2 * (cx - x1) / 3) * SCALE, (y1 + 2 * (cy - y1) / 3) * SCALE,
				(x2 + 2 * (cx - x2) / 3) * SCALE, (y2 + 2 * (cy - y2) / 3) * SCALE, x2 * SCALE, y2 * SCALE);
		var freeform = this.target.createFreeform();
		freeform.setPath(path);
		freeform.setFillColor(null);
		freeform.setLineColor(Shapes.color(color));
		freeform.setLineWidth(width * SCALE);
		if (dashed) {
			freeform.setLineDash(StrokeStyle.LineDash.DASH);
		}
		track(freeform);
	}

	@Override
	public void polygon(java.util.List<double[][]> rings, String fill, String stroke, double strokeWidth) {
		var path = new java.awt.geom.Path2D.Double(java.awt.geom.Path2D.WIND_EVEN_ODD);
		for (double[][] ring : rings) {
			path.moveTo(ring[0][0] * SCALE, ring[0][1] * SCALE);
			for (int i = 1; i < ring.length; i++) {
				path.lineTo(ring[i][0] * SCALE, ring[i][1] * SCALE);
			}
			path.closePath();
		}
		var freeform = this.target.createFreeform();
		freeform.setPath(path);
		freeform.setFillColor((fill == null) ? null : Shapes.color(fill));
		freeform.setLineColor((stroke == null) ? null : Shapes.color(stroke));
		freeform.setLineWidth(strokeWidth * SCALE);
		track(freeform);
	}

	@Override
	public void label(java.util.List<String> lines, double x, double y, double size, String color) {
		// The box LabelLayout placed: as wide as the widest line, from the first line's
		// top
		double width = lines.stream().mapToDouble(line -> TextMeasure.width(line, size, false)).max().orElse(0);
		double lineHeight = size * SnapshotLayout.LINE_HEIGHT;
		XSLFTextBox box = this.target.createTextBox();
		box.setAnchor(new Rectangle2D.Double((x - width / 2) * SCALE, (y - size * 0.95) * SCALE, width * SCALE,
				lines.size() * lineHeight * SCALE));
		box.setWordWrap(false);
		box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
		box.setVerticalAlignment(VerticalAlignment.TOP);
		// A light box where the other formats draw a halo (a text glow is not in POI's
		// schemas)
		box.setFillColor(new java.awt.Color(255, 255, 255, 190));
		box.clearText();
		for (String line : lines) {
			var paragraph = box.addNewTextParagraph();
			paragraph.setTextAlign(TextParagraph.TextAlign.CENTER);
			paragraph.setLineSpacing(100.0);
			XSLFTextRun run = paragraph.addNewTextRun();
			run.setText(line);
			run.setFontSize(size * SCALE);
			run.setFontColor(Shapes.color(color));
			run.setFontFamily("Calibri");
		}
		((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) box.getXmlObject()).getNvSpPr()
			.getCNvPr()
			.setName(LABEL_PREFIX + String.join(" ", lines));
		track(box);
	}

	@Override
	public void shape(String id, String shape, double cx, double cy, double diameter, String fill) {
		XSLFAutoShape node = this.target.createAutoShape();
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
		track(node);
	}

	@Override
	public void rect(double x, double y, double width, double height, String fill) {
		if (width >= WIDTH && height >= HEIGHT) {
			// The slide is the white background
			return;
		}
		XSLFAutoShape rect = this.target.createAutoShape();
		rect.setShapeType(ShapeType.RECT);
		rect.setAnchor(new Rectangle2D.Double(x * SCALE, y * SCALE, width * SCALE, height * SCALE));
		rect.setFillColor(Shapes.color(fill));
		track(rect);
	}

	@Override
	public void text(String text, double x, double y, double size, String color, boolean bold, boolean centred) {
		XSLFTextBox box = this.target.createTextBox();
		double width = TextMeasure.width(text, size, bold) + 4;
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
		track(box);
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
