package se.samverkanskartan.survey;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A round's results as an A4 PDF report: each Ja / Nej / Vet ej question with its counts,
 * shares, change and a bar, then the free-text answers as the reader may see them. Text
 * is real text (searchable, read aloud), wrapped to the page.
 */
public final class ResultsReport {

	private static final float MARGIN = 56;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
			"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf",
			"/Library/Fonts/Arial.ttf");

	private static final Color[] BAR = { new Color(0x1d4ed8), new Color(0xf59e0b), new Color(0x94a3b8) };

	private final PDDocument document = new PDDocument();

	private final PDFont font;

	private PDPageContentStream content;

	private float y;

	private ResultsReport() throws IOException {
		this.font = font();
		newPage();
	}

	/**
	 * @param words the bundle's words by key and arguments, in the reader's language
	 */
	public static byte[] write(RoundResults results, BiFunction<String, Object[], String> words) {
		try {
			ResultsReport report = new ResultsReport();
			report.document.getDocumentInformation().setTitle(results.roundName());
			report.document.getDocumentInformation().setCreator("Samverkanskartan");
			report.body(results, words);
			return report.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void body(RoundResults results, BiFunction<String, Object[], String> words) throws IOException {
		text(words.apply("results.title", new Object[0]) + ": " + results.roundName(), 18, 8);
		text(words.apply("results.answered", new Object[] { results.answered(), results.asked() }), 11, 2);
		if (results.previous() != null) {
			text(words.apply("results.compared", new Object[] { results.previous() }), 11, 2);
		}
		this.y -= 10;
		for (RoundResults.Table table : results.tables()) {
			text(table.question(), 11, 3);
			if (table.hidden()) {
				text(words.apply("results.hidden", new Object[0]), 10, 10);
				continue;
			}
			String change = (table.change() == null) ? "" : " · " + words.apply("results.change", new Object[0]) + " "
					+ words.apply("results.points", new Object[] { (table.change() > 0 ? "+" : "") + table.change() });
			text(words.apply("results.yes", new Object[0]) + " " + table.yes() + " (" + table.yesShare() + " %) · "
					+ words.apply("results.no", new Object[0]) + " " + table.no() + " (" + table.noShare() + " %) · "
					+ words.apply("results.unknown", new Object[0]) + " " + table.unknown() + " ("
					+ table.unknownShare() + " %)" + change, 10, 3);
			bar(new int[] { table.yesShare(), table.noShare(), table.unknownShare() });
		}
		for (RoundResults.FreeText text : results.freeText()) {
			if (text.answers().isEmpty() && !text.hidden()) {
				continue;
			}
			this.y -= 6;
			text(text.question(), 11, 3);
			if (text.hidden()) {
				text(words.apply("results.hidden", new Object[0]), 10, 6);
				continue;
			}
			for (RoundResults.Answer answer : text.answers()) {
				text("– " + ((answer.organisation() == null) ? "" : answer.organisation() + ": ") + answer.text(), 10,
						2);
			}
		}
	}

	private void bar(int[] shares) throws IOException {
		room(16);
		float x = MARGIN;
		for (int i = 0; i < shares.length; i++) {
			float width = 200f * shares[i] / 100;
			this.content.setNonStrokingColor(BAR[i]);
			this.content.addRect(x, this.y - 8, width, 8);
			this.content.fill();
			x += width;
		}
		this.content.setNonStrokingColor(Color.BLACK);
		this.y -= 20;
	}

	/** Wrapped to the page's width, on new pages as needed. */
	private void text(String text, float size, float after) throws IOException {
		for (String line : wrap(clean(text), size)) {
			room(size * 1.4f);
			this.content.beginText();
			this.content.setFont(this.font, size);
			this.content.newLineAtOffset(MARGIN, this.y - size);
			this.content.showText(line);
			this.content.endText();
			this.y -= size * 1.4f;
		}
		this.y -= after;
	}

	private List<String> wrap(String text, float size) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && this.font.getStringWidth(candidate) / 1000 * size > WIDTH) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/** What the font can draw: line breaks as spaces, characters it lacks as '?'. */
	private String clean(String text) {
		StringBuilder out = new StringBuilder();
		text.replaceAll("\\s+", " ").codePoints().forEach(point -> {
			String character = new String(Character.toChars(point));
			try {
				this.font.encode(character);
				out.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	private void room(float needed) throws IOException {
		if (this.y - needed < MARGIN) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (this.content != null) {
			this.content.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.content = new PDPageContentStream(this.document, page);
		this.y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private byte[] finish() throws IOException {
		this.content.close();
		try (var out = new ByteArrayOutputStream()) {
			this.document.save(out);
			this.document.close();
			return out.toByteArray();
		}
	}

	private PDFont font() throws IOException {
		for (String candidate : FONTS) {
			Path path = Path.of(candidate);
			if (Files.isReadable(path)) {
				return PDType0Font.load(this.document, path.toFile());
			}
		}
		return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	}

}
