package se.samverkanskartan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium for browser tests: the system's (Debian's {@code chromium}, or
 * CHROMIUM_PATH) where there is one, otherwise the one Playwright downloads.
 */
public final class Chromium {

	private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private Chromium() {
	}

	public static Playwright playwright() {
		if (systemChromium() != null) {
			return Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		}
		return Playwright.create();
	}

	public static Browser launch(Playwright playwright) {
		return launch(playwright, FLAGS);
	}

	/**
	 * Without a GPU, WebGL runs on SwiftShader (software), which Chromium only allows
	 * when asked; the browser benchmark measures Cytoscape's WebGL renderer this way.
	 */
	public static Browser launchWithSoftwareWebgl(Playwright playwright) {
		List<String> flags = new java.util.ArrayList<>(FLAGS);
		flags.remove("--disable-gpu");
		flags.addAll(List.of("--use-angle=swiftshader", "--enable-unsafe-swiftshader"));
		return launch(playwright, flags);
	}

	private static Browser launch(Playwright playwright, List<String> flags) {
		var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(flags);
		Path system = systemChromium();
		if (system != null) {
			options.setExecutablePath(system);
		}
		return playwright.chromium().launch(options);
	}

	private static Path systemChromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		Path path = Path.of((configured != null && !configured.isBlank()) ? configured : "/usr/bin/chromium");
		return Files.isExecutable(path) ? path : null;
	}

}
