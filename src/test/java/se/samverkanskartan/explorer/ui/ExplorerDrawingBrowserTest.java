package se.samverkanskartan.explorer.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** How the explorer draws in headless Chromium: once per page load, and labels whole. */
class ExplorerDrawingBrowserTest extends BrowserTest {

	private static final String GRAPH = "document.querySelector('network-graph')";

	@Test
	void a_page_load_draws_the_graph_once_then_lets_it_settle() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);
			page.waitForTimeout(300);

			assertThat(marks(page, "graph-data")).as("graphs drawn on one page load").isEqualTo(1);
			assertThat(marks(page, "graph-drawn")).isEqualTo(1);
			assertThat(marks(page, "graph-settled")).isEqualTo(1);
			assertThat((Boolean) page.evaluate("performance.getEntriesByName('graph-drawn')[0].startTime"
					+ " <= performance.getEntriesByName('graph-settled')[0].startTime"))
				.isTrue();
		}
	}

	@Test
	void labels_far_zoomed_out_are_drawn_as_whole_as_on_a_fresh_draw() throws IOException {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			awaitGraph(page);
			page.evaluate(GRAPH + ".cytoscape.zoom({ level: 0.2, renderedPosition: { x: "
					+ "window.innerWidth / 2, y: window.innerHeight / 2 } })");
			page.waitForTimeout(800);
			byte[] zoomed = page.locator("network-graph").screenshot();
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(screenshots.resolve("explorer-zoomed-out.png"), zoomed);

			// Adding the same elements again leaves Cytoscape nothing measured at an
			// earlier zoom
			page.evaluate("(() => { const cy = " + GRAPH + ".cytoscape; const all = cy.elements().jsons();"
					+ " cy.elements().remove(); cy.add(all); })()");
			page.waitForTimeout(800);
			byte[] fresh = page.locator("network-graph").screenshot();

			assertThat(changedShare(zoomed, fresh)).as("share of pixels that differ from a fresh draw")
				.isLessThan(0.002);
			assertThat(inkShare(fresh)).as("share of pixels drawn at all").isGreaterThan(0.001);
		}
	}

	private static void awaitGraph(Page page) {
		page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
	}

	private static int marks(Page page, String name) {
		return ((Number) page.evaluate("name => performance.getEntriesByName(name).length", name)).intValue();
	}

	private static double changedShare(byte[] first, byte[] second) throws IOException {
		BufferedImage a = ImageIO.read(new ByteArrayInputStream(first));
		BufferedImage b = ImageIO.read(new ByteArrayInputStream(second));
		assertThat(b.getWidth()).isEqualTo(a.getWidth());
		assertThat(b.getHeight()).isEqualTo(a.getHeight());
		long changed = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				if (distance(a.getRGB(x, y), b.getRGB(x, y)) > 60) {
					changed++;
				}
			}
		}
		return (double) changed / ((long) a.getWidth() * a.getHeight());
	}

	private static double inkShare(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int background = image.getRGB(image.getWidth() - 2, image.getHeight() - 2);
		long ink = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (distance(image.getRGB(x, y), background) > 60) {
					ink++;
				}
			}
		}
		return (double) ink / ((long) image.getWidth() * image.getHeight());
	}

	private static int distance(int first, int second) {
		return Math.abs(((first >> 16) & 0xff) - ((second >> 16) & 0xff))
				+ Math.abs(((first >> 8) & 0xff) - ((second >> 8) & 0xff)) + Math.abs((first & 0xff) - (second & 0xff));
	}

}
