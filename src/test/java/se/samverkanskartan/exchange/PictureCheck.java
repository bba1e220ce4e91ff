package se.samverkanskartan.exchange;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Measures exported pictures as a reader sees them: labels on the slide (size, overlap),
 * the legend (whole, on the page), colours in the picture.
 */
public final class PictureCheck {

	private PictureCheck() {
	}

	/**
	 * A node label on the slide.
	 *
	 * @param text its lines joined by spaces
	 * @param box where it stands, in points
	 * @param points its smallest font size
	 */
	public record Label(String text, Rectangle2D box, double points) {

	}

	public static List<Label> labels(XMLSlideShow show) {
		List<Label> labels = new ArrayList<>();
		for (XSLFShape shape : show.getSlides().get(0).getShapes()) {
			if (shape instanceof XSLFTextShape text && shape.getShapeName().startsWith(PptxCanvas.LABEL_PREFIX)) {
				double points = text.getTextParagraphs()
					.stream()
					.flatMap(paragraph -> paragraph.getTextRuns().stream())
					.mapToDouble(XSLFTextRun::getFontSize)
					.min()
					.orElse(0);
				labels.add(new Label(text.getText().replace('\n', ' '), text.getAnchor(), points));
			}
		}
		return labels;
	}

	/** How many pairs of labels overlap. */
	public static int overlaps(List<Label> labels) {
		int overlaps = 0;
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				if (labels.get(i).box().intersects(labels.get(j).box())) {
					overlaps++;
				}
			}
		}
		return overlaps;
	}

	private static XSLFGroupShape legend(XMLSlideShow show) {
		return show.getSlides()
			.get(0)
			.getShapes()
			.stream()
			.filter(XSLFGroupShape.class::isInstance)
			.map(XSLFGroupShape.class::cast)
			.filter(group -> group.getShapeName().equals(LegendLayout.GROUP))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no legend on the slide"));
	}

	/**
	 * The legend's entries as drawn: each entry's lines joined (a text box per line, a
	 * new entry where the text starts higher or in another column).
	 */
	public static List<String> legendTexts(XMLSlideShow show) {
		List<String> entries = new ArrayList<>();
		XSLFTextShape previous = null;
		for (XSLFShape shape : legend(show).getShapes()) {
			if (shape instanceof XSLFTextShape text) {
				boolean continues = previous != null
						&& Math.abs(previous.getAnchor().getX() - text.getAnchor().getX()) < 0.5
						&& text.getAnchor().getY() - previous.getAnchor().getY() < text.getAnchor().getHeight();
				if (continues) {
					entries.set(entries.size() - 1, entries.getLast() + " " + text.getText());
				}
				else {
					entries.add(text.getText());
				}
				previous = text;
			}
		}
		return entries;
	}

	/** Where the legend stands on the slide, in points. */
	public static Rectangle2D legendBounds(XMLSlideShow show) {
		return legend(show).getAnchor();
	}

	/**
	 * Pixels of this colour (within a small distance, for anti-aliasing) between two x
	 * positions.
	 */
	public static long pixelsOf(BufferedImage image, String hex, int fromX, int toX) {
		java.awt.Color color = java.awt.Color.decode(hex);
		long count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = Math.max(0, fromX); x < Math.min(image.getWidth(), toX); x++) {
				int rgb = image.getRGB(x, y);
				int distance = Math.abs(((rgb >> 16) & 0xff) - color.getRed())
						+ Math.abs(((rgb >> 8) & 0xff) - color.getGreen()) + Math.abs((rgb & 0xff) - color.getBlue());
				if (distance <= 24) {
					count++;
				}
			}
		}
		return count;
	}

	/** The texts of an SVG's {@code <text>} elements of one class. */
	public static List<String> svgTexts(String svg, String cssClass) {
		List<String> texts = new ArrayList<>();
		Matcher matcher = Pattern.compile("<text class=\"" + Pattern.quote(cssClass) + "\"[^>]*>([^<]*)</text>")
			.matcher(svg);
		while (matcher.find()) {
			texts.add(matcher.group(1));
		}
		return texts;
	}

}
