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

}
