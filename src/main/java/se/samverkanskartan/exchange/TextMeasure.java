package se.samverkanskartan.exchange;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Text widths in page units (Java's sans-serif, close to the fonts the formats use), and
 * wrapping at word boundaries as the browser wraps labels.
 */
final class TextMeasure {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final Font REGULAR = new Font(Font.SANS_SERIF, Font.PLAIN, 100);

	private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 100);

	private TextMeasure() {
	}

	static double width(String text, double size, boolean bold) {
		return (bold ? BOLD : REGULAR).getStringBounds(text, CONTEXT).getWidth() * size / 100;
	}

	/**
	 * The text in lines no wider than {@code maxWidth} where words allow; a word wider
	 * than that stands alone on its line.
	 */
	static List<String> wrap(String text, double size, boolean bold, double maxWidth) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && width(longer, size, bold) > maxWidth) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(longer);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
