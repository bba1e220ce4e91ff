package se.samverkanskartan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * axe-core's WCAG 2.1 A and AA rules and its best practices (landmarks, headings, unique
 * names) run in the page as it is now; each violation of moderate impact or more as
 * "rule: element, element". Vaadin's connection indicator is left out: it is empty until
 * the server stops answering.
 */
public final class Accessibility {

	private static final String AXE = read();

	private static final String RUN = """
			async () => {
			  const result = await axe.run({ exclude: [['vaadin-connection-indicator']] },
			    { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
			  return result.violations
			    .filter(v => ['moderate', 'serious', 'critical'].includes(v.impact))
			    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
			}""";

	private Accessibility() {
	}

	@SuppressWarnings("unchecked")
	public static List<String> violations(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof axe !== 'undefined'"))) {
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
		}
		return (List<String>) page.evaluate(RUN);
	}

	private static String read() {
		try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** For messages: the violations of several pages by page. */
	public static String describe(Map<String, List<String>> byPage) {
		StringBuilder text = new StringBuilder();
		byPage.forEach(
				(name, violations) -> violations.forEach(v -> text.append(name).append(" → ").append(v).append('\n')));
		return text.toString();
	}

}
