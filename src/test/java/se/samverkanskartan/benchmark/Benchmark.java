package se.samverkanskartan.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.SamverkanskartanApplication;
import se.samverkanskartan.analysis.ClusteringBenchmark;
import se.samverkanskartan.exchange.ImportReport;
import se.samverkanskartan.exchange.TableImport;
import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.suggestions.SuggestionService;

/**
 * Loads each synthetic size into a fresh embedded Neo4j through the CSV import and prints
 * import throughput, Leiden against a JGraphT baseline, suggestions, partner finder
 * latencies against a plain Cypher Adamic-Adar query, the explorer's read model and
 * memory. Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:java -Dbenchmark.sizes=county,national}.
 */
public final class Benchmark {

	private static final Locale SV = Locale.forLanguageTag("sv");

	private static final int QUERIES = 200;

	private static final String ADAMIC_ADAR = """
			MATCH (a:Organisation {name: $name})-[:COOPERATES_WITH]-(z:Organisation)
			WITH DISTINCT a, z
			MATCH (z)-[:COOPERATES_WITH]-(b:Organisation)
			WHERE b <> a AND NOT (a)-[:COOPERATES_WITH]-(b)
			WITH DISTINCT a, b, z, count { (z)-[:COOPERATES_WITH]-() } AS degree
			WITH b, sum(1.0 / log(degree + 1)) AS score
			RETURN b.name AS name, score ORDER BY score DESC LIMIT 10""";

	private Benchmark() {
	}

	public static void main(String[] args) throws IOException {
		runSizes("benchmark.txt", Benchmark::run);
	}

	/** One size's measurement, as report lines. */
	interface SizeRun {

		List<String> run(SyntheticNetwork size) throws IOException;

	}

	/**
	 * Runs each size named in {@code benchmark.sizes}, prints the machine and the lines,
	 * writes them to {@code target/<file>} and ends the JVM (the apps leave threads).
	 */
	static void runSizes(String file, SizeRun run) throws IOException {
		List<String> sizes = Arrays.asList(System.getProperty("benchmark.sizes", "county,national").split(","));
		List<String> report = new ArrayList<>();
		report.add(machine());
		System.out.println(machine());
		for (SyntheticNetwork size : List.of(SyntheticNetwork.COUNTY, SyntheticNetwork.NATIONAL,
				SyntheticNetwork.STRESS)) {
			if (sizes.contains(size.name())) {
				report.addAll(run.run(size));
			}
		}
		Path out = Path.of("target", file);
		Files.createDirectories(out.getParent());
		Files.write(out, report);
		System.out.println("Written to " + out.toAbsolutePath());
		System.exit(0);
	}

	private static List<String> run(SyntheticNetwork size) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines
			.add("== " + size.name() + ": " + size.nodes() + " organisations, " + size.ties() + " cooperation ties ==");
		Path data = Files.createTempDirectory("samverkanskartan-benchmark-");
		try (ConfigurableApplicationContext app = start(data)) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new TestingAuthenticationToken("benchmark", "", "ROLE_ADMIN"));
			SecurityContextHolder.setContext(context);
			TableImport tables = app.getBean(TableImport.class);
			NetworkService network = app.getBean(NetworkService.class);
			SuggestionService suggestions = app.getBean(SuggestionService.class);
			Neo4jClient neo4j = app.getBean(Neo4jClient.class);

			long start = System.nanoTime();
			SyntheticNetwork.Files files = size.generate();
			lines.add(row("generate", millis(start), "ms"));
			start = System.nanoTime();
			check(tables.apply("organisationer.csv", files.organisations(), false, SV));
			lines.add(row("import organisations", millis(start), "ms"));
			start = System.nanoTime();
			tables.dryRun("band.csv", files.ties(), false, SV);
			lines.add(row("check ties without writing (dry run)", millis(start), "ms"));
			start = System.nanoTime();
			check(tables.apply("band.csv", files.ties(), false, SV));
			double seconds = millis(start) / 1000;
			int rows = files.cooperationTies() + files.memberships();
			lines.add(row("import ties (" + rows + " rows)", seconds * 1000, "ms"));
			lines.add(row("import throughput", rows / seconds, "ties/s"));

			start = System.nanoTime();
			GraphSlice all = network.graph(GraphFilter.EVERYTHING);
			lines.add(row("graph read model (" + all.nodes().size() + " nodes, " + all.edges().size() + " ties)",
					millis(start), "ms"));
			lines.add(row("graph JSON", JsonMapper.builder().build().writeValueAsBytes(all).length / 1024.0, "KiB"));

			var figures = ClusteringBenchmark.measure(network
				.graph(new GraphFilter(Set.of(), Set.of(), Set.of(EdgeKind.COOPERATES_WITH, EdgeKind.MEMBER_OF))));
			lines.add(row("Leiden (" + figures.leidenClusters() + " clusters)", figures.leidenMillis(), "ms"));
			lines.add(row("Leiden modularity", figures.leidenModularity(), ""));
			lines.add(row("JGraphT label propagation (" + figures.baselineClusters() + " clusters)",
					figures.baselineMillis(), "ms"));
			lines.add(row("label propagation modularity", figures.baselineModularity(), ""));

			String one = "municipality:9" + String.format("%06d", 2 * Math.max(1, size.nodes() / 100));
			start = System.nanoTime();
			suggestions.suggestions(one, null, 10, SV);
			lines.add(row("suggestions for one organisation, first (builds the index)", millis(start), "ms"));
			start = System.nanoTime();
			suggestions.suggestions(one, null, 10, SV);
			lines.add(row("suggestions for one organisation, again", millis(start), "ms"));

			List<String> municipalities = all.nodes()
				.stream()
				.filter(node -> node.id().startsWith("municipality:9"))
				.map(node -> node.id())
				.toList();
			Map<String, String> names = new java.util.HashMap<>();
			all.nodes().forEach(node -> names.put(node.id(), node.name()));
			Random random = new Random(7);
			double[] ours = new double[QUERIES];
			double[] cypher = new double[QUERIES];
			for (int i = 0; i < QUERIES; i++) {
				String organisation = municipalities.get(random.nextInt(municipalities.size()));
				String topic = SyntheticNetwork.TOPICS.get(random.nextInt(SyntheticNetwork.TOPICS.size()));
				start = System.nanoTime();
				suggestions.partners(organisation, topic, 10, SV);
				ours[i] = millis(start);
				start = System.nanoTime();
				neo4j.query(ADAMIC_ADAR).bind(names.get(organisation)).to("name").fetch().all();
				cypher[i] = millis(start);
			}
			Arrays.sort(ours);
			Arrays.sort(cypher);
			lines.add(row("partner finder p50", ours[QUERIES / 2], "ms"));
			lines.add(row("partner finder p95", ours[QUERIES * 95 / 100], "ms"));
			lines.add(row("Cypher Adamic-Adar p50", cypher[QUERIES / 2], "ms"));
			lines.add(row("Cypher Adamic-Adar p95", cypher[QUERIES * 95 / 100], "ms"));
			System.gc();
			lines.add(row("heap used after GC", usedHeapMiB(), "MiB"));
			lines.add(row("RSS", rssMiB(), "MiB"));
		}
		finally {
			SecurityContextHolder.clearContext();
			org.springframework.util.FileSystemUtils.deleteRecursively(data);
		}
		lines.forEach(System.out::println);
		return lines;
	}

	static ConfigurableApplicationContext start(Path data, String... extra) throws IOException {
		int bolt;
		try (var socket = new java.net.ServerSocket(0)) {
			bolt = socket.getLocalPort();
		}
		// Command-line arguments outrank application.properties, so the run never touches
		// ./data/neo4j or port 8080
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--samverkanskartan.neo4j.embedded.data-dir=" + data,
						"--samverkanskartan.neo4j.embedded.bolt-port=" + bolt,
						"--samverkanskartan.import.max-bytes=" + (1L << 30), "--logging.level.root=warn",
						"--spring.main.banner-mode=off"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(SamverkanskartanApplication.class).run(args.toArray(String[]::new));
	}

	/** Imports organisations, then ties, as an admin would through the import page. */
	static void load(ConfigurableApplicationContext app, SyntheticNetwork.Files files) {
		load(app, files, () -> {
		});
	}

	/** The same, telling {@code beforeTies} when the organisations are in. */
	static void load(ConfigurableApplicationContext app, SyntheticNetwork.Files files, Runnable beforeTies) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TestingAuthenticationToken("benchmark", "", "ROLE_ADMIN"));
		SecurityContextHolder.setContext(context);
		try {
			TableImport tables = app.getBean(TableImport.class);
			check(tables.apply("organisationer.csv", files.organisations(), false, SV));
			beforeTies.run();
			check(tables.apply("band.csv", files.ties(), false, SV));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void check(ImportReport report) {
		if (!report.ok()) {
			throw new IllegalStateException("Import refused: " + report.problems().stream().limit(5).toList());
		}
	}

	static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	static String row(String what, double value, String unit) {
		return String.format(Locale.ROOT, "%-62s %12.3f %s", what, value, unit);
	}

	private static double usedHeapMiB() {
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
	}

	static double rssMiB() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		return -1;
	}

	static String machine() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		return "Java " + Runtime.version() + ", " + os.getAvailableProcessors() + " cores, max heap "
				+ Runtime.getRuntime().maxMemory() / 1048576 + " MiB, " + System.getProperty("os.name") + " "
				+ System.getProperty("os.arch");
	}

}
