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
		var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
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
