package se.samverkanskartan.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import se.samverkanskartan.exchange.SnapshotFormat;
import se.samverkanskartan.exchange.SnapshotRenderer;
import se.samverkanskartan.exchange.ViewSnapshot;
import se.samverkanskartan.explorer.GraphLayouts;
import se.samverkanskartan.network.CountyMap;
import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.Topic;

/**
 * Times the exports of the county view (the built-in dataset, every organisation and tie)
 * in every format, as the graph and on the map with shading: one warm-up, then the median
 * and the slowest of ten. Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.class=ExportBenchmark}.
 */
public final class ExportBenchmark {

	private static final int RUNS = 10;

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Files.createTempDirectory("samverkanskartan-export-");
		List<String> lines = new ArrayList<>();
		lines.add(Benchmark.machine());
		try (ConfigurableApplicationContext app = Benchmark.start(data)) {
			NetworkService network = app.getBean(NetworkService.class);
			GraphSlice slice = network.graph(GraphFilter.EVERYTHING);
			ViewSnapshot graph = snapshot(slice, app.getBean(GraphLayouts.class).positions(slice),
					ViewSnapshot.Backdrop.NONE);
			// On the map the municipalities stand inside their borders
			Map<String, double[]> onMap = new java.util.HashMap<>(app.getBean(GraphLayouts.class).positions(slice));
			CountyMap.builtIn().areas().forEach(area -> onMap.put("municipality:" + area.code(), area.anchor()));
			ViewSnapshot map = snapshot(slice, onMap, mapBackdrop());
			SnapshotRenderer renderer = app.getBean(SnapshotRenderer.class);
			lines.add("county view: " + graph.nodes().size() + " organisations, " + graph.edges().size() + " ties");
			for (var view : Map.of("graph", graph, "map", map).entrySet()) {
				for (SnapshotFormat format : SnapshotFormat.values()) {
					int scale = (format == SnapshotFormat.PNG) ? 2 : 1;
					renderer.render(view.getValue(), format, scale);
					double[] times = new double[RUNS];
					int bytes = 0;
					for (int i = 0; i < RUNS; i++) {
						long start = System.nanoTime();
						bytes = renderer.render(view.getValue(), format, scale).length;
						times[i] = (System.nanoTime() - start) / 1e6;
					}
					Arrays.sort(times);
					lines.add(String.format("%-5s %-4s%s  median %6.0f ms  slowest %6.0f ms  %7d bytes", view.getKey(),
							format.extension(), (scale > 1) ? " 2×" : "   ", times[RUNS / 2], times[RUNS - 1], bytes));
				}
			}
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(data);
		}
		lines.forEach(System.out::println);
		Path out = Path.of("target", "export-benchmark.txt");
		Files.write(out, lines);
		System.exit(0);
	}

	private static ViewSnapshot snapshot(GraphSlice slice, Map<String, double[]> positions,
			ViewSnapshot.Backdrop backdrop) {
		Map<String, String> colours = new java.util.HashMap<>();
		slice.topics().forEach(topic -> colours.put(topic.slug(), topic.color()));
		List<ViewSnapshot.Node> nodes = slice.nodes()
			.stream()
			.filter(node -> positions.containsKey(node.id()))
			.map(node -> new ViewSnapshot.Node(node.id(), node.name(), positions.get(node.id())[0],
					positions.get(node.id())[1], 18, node.kind().color(), "ellipse", true))
			.toList();
		List<ViewSnapshot.Edge> edges = slice.edges()
			.stream()
			.map(edge -> new ViewSnapshot.Edge(edge.source(), edge.target(),
					colours.getOrDefault(edge.topic(), "#a8a29e"), edge.kind() != EdgeKind.COOPERATES_WITH))
			.toList();
		List<ViewSnapshot.LegendItem> legend = new ArrayList<>();
		legend.add(new ViewSnapshot.LegendItem("Samverkan om", "", ViewSnapshot.Mark.HEADING));
		for (Topic topic : slice.topics()) {
			legend.add(new ViewSnapshot.LegendItem(topic.nameSv(), topic.color(), ViewSnapshot.Mark.LINE));
		}
		return new ViewSnapshot("Samverkan kring trygghet i Stockholms län", "Hela nätverket", "Storsthlm 2020",
				LocalDate.now(), nodes, edges, legend, backdrop);
	}

	private static ViewSnapshot.Backdrop mapBackdrop() {
		List<ViewSnapshot.Area> areas = CountyMap.builtIn()
			.areas()
			.stream()
			.map(area -> new ViewSnapshot.Area(area.name(), area.rings(), "#a8ddb5"))
			.toList();
		return new ViewSnapshot.Backdrop(areas, "Kommungränser: SCB, Digitala gränser (CC BY 4.0)", true, null);
	}

}
