package se.samverkanskartan.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * wrk (Debian's package) against the read-only REST API on loopback: the app with its
 * built-in dataset, 50 connections for 60 s each on /api/topics with an API token, on
 * /api/topics with HTTP Basic, and over a mix of API calls with a token. Prints requests
 * per second, p50/p99 latency and errors, and exits with 1 if there was any error. Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.class=LoadBenchmark}.
 */
public final class LoadBenchmark {

	/** What a dashboard or script would ask for; every path is a read. */
	static final List<String> PATHS = List.of("/api/topics", "/api/organisations?kind=municipality",
			"/api/graph?kind=municipality&topic=unga", "/api/graph",
			"/api/partners?organisation=municipality:0125&topic=unga&limit=10",
			"/api/suggestions?organisation=municipality:0180&limit=10", "/api/clusters", "/api/centrality");

	private LoadBenchmark() {
	}

	private static final String ADMIN = "benchmark-admin";

	private static final String ADMIN_PASSWORD = "benchmark-admin-password";

	public static void main(String[] args) throws IOException, InterruptedException {
		String duration = System.getProperty("benchmark.duration", "60s");
		String connections = System.getProperty("benchmark.connections", "50");
		Path data = Files.createTempDirectory("samverkanskartan-load-");
		int errors = 0;
		List<String> lines = new ArrayList<>();
		lines.add(Benchmark.machine());
		try (ConfigurableApplicationContext app = Benchmark.start(data, "--ADMIN_USERNAME=" + ADMIN,
				"--ADMIN_PASSWORD=" + ADMIN_PASSWORD)) {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			String token = token(app);
			String basic = "Basic " + java.util.Base64.getEncoder()
				.encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
			errors += scenario(lines, base, "/api/topics, API token (Bearer)", List.of("/api/topics"),
					"Bearer " + token, connections, duration);
			errors += scenario(lines, base, "/api/topics, HTTP Basic", List.of("/api/topics"), basic, connections,
					duration);
			errors += scenario(lines, base, PATHS.size() + " read-only API paths in turn, API token", PATHS,
					"Bearer " + token, connections, duration);
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(data);
		}
		lines.forEach(System.out::println);
		Path out = Path.of("target", "load-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
		System.exit(errors == 0 ? 0 : 1);
	}

	/** An admin's API token, made as the account page makes it. */
	private static String token(ConfigurableApplicationContext app) {
		var logins = app.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);
		var context = logins.createEmptyContext();
		context.setAuthentication(
				new org.springframework.security.authentication.TestingAuthenticationToken(ADMIN, "", "ROLE_ADMIN"));
		logins.setContext(context);
		try {
			return app.getBean(se.samverkanskartan.accounts.ApiTokens.class).create("Lasttest");
		}
		finally {
			logins.clearContext();
		}
	}

	/** One wrk run; its figures go into the report, and its error count is returned. */
	private static int scenario(List<String> lines, String base, String title, List<String> paths, String authorization,
			String connections, String duration) throws IOException, InterruptedException {
		Path script = Files.createTempFile("samverkanskartan-load-", ".lua");
		Files.writeString(script, luaScript(paths, authorization), StandardCharsets.UTF_8);
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency", "-s",
				script.toString(), base)
			.redirectErrorStream(true)
			.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = wrk.waitFor();
		System.out.println(output);
		Files.delete(script);
		if (exit != 0) {
			throw new IllegalStateException("wrk failed (" + exit + "); is the Debian package wrk installed?");
		}
		int errors = (int) (number(output, "Non-2xx or 3xx responses:\\s+(\\d+)") + socketErrors(output));
		lines.add("");
		lines.add("== wrk, " + connections + " connections, " + duration + ": " + title + " ==");
		lines.add(Benchmark.row("requests per second", number(output, "Requests/sec:\\s+([\\d.]+)"), ""));
		lines.add(Benchmark.row("latency p50", millis(output, "50%"), "ms"));
		lines.add(Benchmark.row("latency p99", millis(output, "99%"), "ms"));
		lines.add(Benchmark.row("requests", number(output, "(\\d+) requests in"), ""));
		lines.add(Benchmark.row("errors (non-2xx and socket errors)", errors, ""));
		return errors;
	}

	/** Each wrk thread walks the paths in turn, each request with the authorization. */
	static String luaScript(List<String> paths, String authorization) {
		StringBuilder list = new StringBuilder();
		for (String path : paths) {
			list.append("  \"").append(path).append("\",\n");
		}
		return """
				local paths = {
				%s}
				local next = 0
				wrk.headers["Authorization"] = "%s"
				request = function()
				  next = next %% #paths + 1
				  return wrk.format("GET", paths[next])
				end
				""".formatted(list, authorization);
	}

	private static double number(String output, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(output);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private static double socketErrors(String output) {
		Matcher matcher = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
			.matcher(output);
		if (!matcher.find()) {
			return 0;
		}
		double sum = 0;
		for (int group = 1; group <= 4; group++) {
			sum += Double.parseDouble(matcher.group(group));
		}
		return sum;
	}

	/** A line of wrk's latency distribution, e.g. "99% 12.34ms", in milliseconds. */
	private static double millis(String output, String percentile) {
		Matcher matcher = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
		if (!matcher.find()) {
			return -1;
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

}
