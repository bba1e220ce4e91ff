package se.samverkanskartan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.samverkanskartan.Chromium;
import se.samverkanskartan.survey.IssuedLink;
import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.RespondentAccess;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.RoundDraft;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyRounds;

/**
 * A survey round of 300 organisations (the synthetic county size) with 300 submitted
 * answers, each confirming the ties carried from the map: the status page and a form
 * pre-filled from that round, opened in headless Chromium (ten warm-up loads, then the
 * median and slowest of five, new pages in a warm browser context). Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.class=SurveyBenchmark}.
 */
public final class SurveyBenchmark {

	private static final int RUNS = 5;

	/**
	 * Loads before the measured ones: a server in use has run its pages many times, and
	 * on two cores the JIT compiler still competes with the browser for the first few
	 * (the first load is reported apart).
	 */
	private static final int WARM_UP = 10;

	private static final long SETTLE_MILLIS = Long.getLong("benchmark.settle-seconds", 20) * 1000;

	private static final String PASSWORD = "benchmark-admin-password";

	private SurveyBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Files.createTempDirectory("samverkanskartan-survey-");
		List<String> lines = new ArrayList<>();
		lines.add(Benchmark.machine());
		try (ConfigurableApplicationContext app = Benchmark.start(data, "--ADMIN_USERNAME=admin",
				"--ADMIN_PASSWORD=" + PASSWORD);
				Playwright playwright = Chromium.playwright();
				Browser browser = Chromium.launch(playwright)) {
			Benchmark.load(app, SyntheticNetwork.COUNTY.generate());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new TestingAuthenticationToken("benchmark", "", "ROLE_ADMIN", "ROLE_EDITOR"));
			SecurityContextHolder.setContext(context);
			LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
			List<String> organisations = List.copyOf(app.getBean(Neo4jClient.class)
				.query("MATCH (o:Organisation) WHERE o.id IS NOT NULL RETURN o.id ORDER BY o.id LIMIT 300")
				.fetchAs(String.class)
				.all());
			SurveyRounds rounds = app.getBean(SurveyRounds.class);
			RespondentLinks links = app.getBean(RespondentLinks.class);
			SurveyAnswers answers = app.getBean(SurveyAnswers.class);
			String first = rounds.create(new RoundDraft("Kartläggning 2026", today.minusDays(60), today.minusDays(1),
					"", organisations, null));
			String repeat = rounds
				.create(new RoundDraft("Kartläggning 2027", today, today.plusDays(30), "", organisations, null));
			long start = System.nanoTime();
			int partners = 0;
			for (String organisation : organisations) {
				IssuedLink link = links.invite(first, organisation, "Svarande", "svar@example.se", "");
				// The first round is answered as if on its last day, while it was open
				RespondentAccess access = links.open(link.token(), today.minusDays(1)).orElseThrow();
				List<PartnerAnswer> confirmed = answers.read(access)
					.partners()
					.stream()
					.map(partner -> partner.withStill("ja").withFrequency("varje-manad"))
					.toList();
				partners += confirmed.size();
				answers.submit(access, answers.save(access, Map.of("q2", "ja"), confirmed, 0));
			}
			lines.add(organisations.size() + " organisations answered and submitted with " + partners
					+ " partners confirmed in " + Math.round(Benchmark.millis(start)) + " ms");
			String busiest = app.getBean(Neo4jClient.class)
				.query("""
						MATCH (o:Organisation)-[r:COOPERATES_WITH]-() WHERE o.id IN $ids
						WITH o, count(r) AS ties RETURN o.id ORDER BY ties DESC LIMIT 1""")
				.bind(organisations)
				.to("ids")
				.fetchAs(String.class)
				.one()
				.orElseThrow();
			IssuedLink prefilled = links.invite(repeat, busiest, "Svarande", "svar@example.se", "");
			String quiet = app.getBean(Neo4jClient.class)
				.query("MATCH (o:Organisation) WHERE o.id IN $ids AND NOT (o)--(:Organisation) RETURN o.id LIMIT 1")
				.bind(organisations)
				.to("ids")
				.fetchAs(String.class)
				.one()
				.orElse(null);
			IssuedLink empty = (quiet == null) ? null : links.invite(rounds.create(
					new RoundDraft("Kartläggning utan samband", today, today.plusDays(30), "", List.of(quiet), null)),
					quiet, "Svarande", "svar@example.se", "");
			lines.add(busiest + " has "
					+ answers.read(links.open(prefilled.token(), today).orElseThrow()).partners().size()
					+ " partners to confirm");
			for (String organisation : organisations) {
				links.invite(repeat, organisation, "Kollega", "kollega@example.se", "");
			}
			lines.add(serverTime("server: the pre-filled answers read",
					() -> answers.read(links.open(prefilled.token(), today).orElseThrow())));
			lines.add(serverTime("server: the partners to choose from",
					() -> app.getBean(se.samverkanskartan.survey.PartnerCandidates.class).all(today)));
			lines.add(serverTime("server: the status of 300 respondents", () -> links.status(first)));
			SecurityContextHolder.clearContext();
			settle();

			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			try (BrowserContext editor = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
				Page login = editor.newPage();
				login.navigate(base + "/login");
				login.locator("vaadin-login-form vaadin-text-field input").fill("admin");
				login.locator("vaadin-login-form vaadin-password-field input").fill(PASSWORD);
				login.locator("vaadin-login-form vaadin-password-field input").press("Enter");
				login.waitForURL(address -> !address.contains("/login"));
				lines.add(time("status page, 300 organisations all submitted (rows in view)", editor,
						base + "/kartlaggning?omgang=" + first,
						"document.querySelector('.round-rate')?.textContent.includes('300 av 300')"
								+ " && document.querySelectorAll('.round-respondents vaadin-grid-cell-content').length > 50"));
			}
			try (BrowserContext anyone = browser.newContext()) {
				lines.add(time("floor: the login page (Vaadin's start alone)", anyone, base + "/login",
						"document.querySelector('vaadin-login-form')?.shadowRoot != null"));
			}
			if (empty != null) {
				try (BrowserContext respondent = browser.newContext()) {
					lines.add(time("form with nothing to carry forward (the questions alone)", respondent,
							base + empty.path(), "document.querySelector('.partner-section h2') != null"));
				}
			}
			try (BrowserContext respondent = browser.newContext()) {
				lines.add(time("form pre-filled from the last round (" + busiest + ")", respondent,
						base + prefilled.path(), "document.querySelectorAll('.partner-card').length > 0"
								+ " && document.querySelector('.partner-prefilled')?.textContent.includes('2026')"));
			}
		}
		finally {
			lines.forEach(System.out::println);
			Files.write(Path.of("target", "survey-benchmark.txt"), lines);
		}
		System.exit(0);
	}

	/** The median of ten calls in the app itself, after one left out. */
	private static String serverTime(String what, java.util.function.Supplier<?> call) {
		double[] times = new double[11];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			call.get();
			times[i] = Benchmark.millis(start);
		}
		double[] measured = Arrays.copyOfRange(times, 1, times.length);
		Arrays.sort(measured);
		return String.format(java.util.Locale.ROOT, "%-60s median %6.1f ms", what, measured[measured.length / 2]);
	}

	/**
	 * Waits until the server has settled after generating the data: 300 submissions in a
	 * few seconds leave the JIT compiler, the collector and Neo4j busy on two cores for a
	 * while, which a server in use is not.
	 */
	private static void settle() {
		try {
			Thread.sleep(SETTLE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Opens the page anew WARM_UP + RUNS times until the condition holds; the median and
	 * slowest of the last RUNS, and the first.
	 */
	private static String time(String what, BrowserContext context, String url, String ready) {
		double first = 0;
		double[] times = new double[RUNS];
		for (int i = -WARM_UP; i < RUNS; i++) {
			Page page = context.newPage();
			long start = System.nanoTime();
			page.navigate(url);
			page.waitForFunction("() => " + ready, null, new Page.WaitForFunctionOptions().setTimeout(60_000));
			double millis = Benchmark.millis(start);
			if (i == -WARM_UP) {
				first = millis;
			}
			if (i >= 0) {
				times[i] = millis;
			}
			page.close();
		}
		Arrays.sort(times);
		return String.format(java.util.Locale.ROOT,
				"%-60s median %6.0f ms, slowest %6.0f ms (target 1000); first load %5.0f ms", what, times[RUNS / 2],
				times[RUNS - 1], first);
	}

}
