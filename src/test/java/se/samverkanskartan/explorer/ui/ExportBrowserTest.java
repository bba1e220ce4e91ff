package se.samverkanskartan.explorer.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports from the explorer in Chromium give files of exactly the drawn view. */
class ExportBrowserTest extends BrowserTest {

	@Test
	void the_explorer_exports_the_drawn_view_as_png_and_as_a_slide_with_one_shape_per_node() throws Exception {
		try (var context = loggedIn(
				new Browser.NewContextOptions().setViewportSize(1400, 900).setAcceptDownloads(true))) {
			Page page = context.newPage();
			page.navigate(url("/?topic=valdsbejakande-extremism&clusters=on"));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			int nodes = ((Number) page.evaluate("document.querySelector('network-graph').cytoscape.nodes().length"))
				.intValue();

			page.locator("vaadin-button.export-open").click();
			page.locator("vaadin-text-field.export-title input").fill("Våldsbejakande extremism – Täby & Åre");
			Download png = page.waitForDownload(() -> page.locator("a.export-png").click());
			Path pngFile = Path.of("target", "screenshots", "export.png");
			Files.createDirectories(pngFile.getParent());
			Files.copy(png.path(), pngFile, StandardCopyOption.REPLACE_EXISTING);
			BufferedImage image = ImageIO.read(pngFile.toFile());
			assertThat(image.getWidth()).isEqualTo(1600);
			assertThat(image.getHeight()).isEqualTo(900);
			assertThat(png.suggestedFilename()).isEqualTo("våldsbejakande-extremism-täby-åre.png");

			try (var pdf = org.apache.pdfbox.Loader
				.loadPDF(page.waitForDownload(() -> page.locator("a.export-pdf").click()).path().toFile())) {
				assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
					.contains("Våldsbejakande extremism – Täby & Åre", "Tema: Våldsbejakande extremism");
			}

			Download pptx = page.waitForDownload(() -> page.locator("a.export-pptx").click());
			try (var show = new XMLSlideShow(Files.newInputStream(pptx.path()))) {
				long nodeShapes = show.getSlides()
					.get(0)
					.getShapes()
					.stream()
					.filter(shape -> shape.getShapeName().startsWith("Nod: "))
					.count();
				assertThat(nodeShapes).isEqualTo(nodes);
			}

			Download svg = page.waitForDownload(() -> page.locator("a.export-svg").click());
			String text = Files.readString(svg.path());
			assertThat(text).contains("Våldsbejakande extremism – Täby &amp; Åre").contains("Kluster");
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	se.samverkanskartan.network.NetworkService network;

	/** The legend as shown: each entry's text and colour (#rrggbb), headings left out. */
	private static final String LEGEND = """
			() => [...document.querySelectorAll('.graph-legend .legend-swatch, .graph-legend .legend-line')].map(mark => {
			  const [r, g, b] = getComputedStyle(mark).backgroundColor.match(/\\d+/g).map(Number);
			  return { text: mark.nextElementSibling.textContent,
			           color: '#' + [r, g, b].map(v => v.toString(16).padStart(2, '0')).join('') };
			})""";

	@Test
	void the_picture_check_passes_for_the_county_view_and_every_topic_as_png_and_slide() throws Exception {
		java.util.List<String> views = new java.util.ArrayList<>(
				java.util.List.of("/", "/?layout=geographic&shade=on"));
		this.network.topics().forEach(topic -> views.add("/?topic=" + topic.slug()));
		java.util.List<String> problems = new java.util.ArrayList<>();
		try (var context = loggedIn(
				new Browser.NewContextOptions().setViewportSize(1440, 900).setAcceptDownloads(true))) {
			Page page = context.newPage();
			for (String view : views) {
				new ExplorerPage(page).open(url(view));
				@SuppressWarnings("unchecked")
				var legend = (java.util.List<java.util.Map<String, String>>) page.evaluate(LEGEND);
				@SuppressWarnings("unchecked")
				var municipalities = (java.util.List<String>) page.evaluate(
						"() => document.querySelector('network-graph').cytoscape.nodes('[kind = \"municipality\"]').map(n => n.data('label'))");
				page.locator("vaadin-button.export-open").click();
				Download pptx = page.waitForDownload(() -> page.locator("a.export-pptx").click());
				Download png = page.waitForDownload(() -> page.locator("a.export-png-2x").click());
				page.keyboard().press("Escape");
				try (var show = new XMLSlideShow(Files.newInputStream(pptx.path()))) {
					var labels = se.samverkanskartan.exchange.PictureCheck.labels(show);
					if (se.samverkanskartan.exchange.PictureCheck.overlaps(labels) > 0) {
						problems.add(view + ": labels overlap");
					}
					labels.stream()
						.filter(label -> label.points() < 10)
						.forEach(label -> problems.add(view + ": label under 10 pt: " + label.text()));
					var labelled = labels.stream().map(label -> label.text()).toList();
					// Every municipality named in the county view (on the map the core is
					// too dense for that)
					municipalities.stream()
						.filter(name -> view.equals("/") && !labelled.contains(name))
						.forEach(name -> problems.add(view + ": municipality without a label: " + name));
					var drawnLegend = se.samverkanskartan.exchange.PictureCheck.legendTexts(show);
					legend.stream()
						.filter(entry -> !drawnLegend.contains(entry.get("text")))
						.forEach(entry -> problems.add(view + ": legend entry cut or missing: " + entry.get("text")));
					var bounds = se.samverkanskartan.exchange.PictureCheck.legendBounds(show);
					if (bounds.getMaxY() > show.getPageSize().getHeight()
							|| bounds.getMaxX() > show.getPageSize().getWidth()) {
						problems.add(view + ": legend runs off the slide");
					}
					BufferedImage image = ImageIO.read(png.path().toFile());
					// Slide points to the 2× picture's pixels: 0.6 pt per page unit, 2 px
					// per page unit
					int legendLeft = (int) (bounds.getMinX() / 0.6 * 2);
					for (var entry : legend) {
						if (se.samverkanskartan.exchange.PictureCheck.pixelsOf(image, entry.get("color"), 0,
								legendLeft - 4) < 12) {
							problems
								.add(view + ": no " + entry.get("color") + " in the picture for " + entry.get("text"));
						}
					}
				}
			}
		}
		assertThat(problems).as("picture check of " + views.size() + " views").isEmpty();
	}

}
