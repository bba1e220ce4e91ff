package se.samverkanskartan.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.NetworkService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphML and GEXF exports as NetworkX reads them: the same counts, population as an
 * integer and latitude and longitude as numbers. Needs Python with NetworkX (.ci/run
 * installs Debian's python3-networkx); JGraphT reads the same files in DataExportTest.
 */
class NetworkxReadBackTest extends Neo4jIntegrationTest {

	/** Prints counts and Haninge's attributes with their Python types. */
	private static final String READ = """
			import sys, networkx as nx
			graph = nx.read_graphml(sys.argv[2]) if sys.argv[1] == 'graphml' else nx.read_gexf(sys.argv[2])
			node = graph.nodes['municipality:0136']
			print(graph.number_of_nodes(), graph.number_of_edges(),
			      type(node['population']).__name__, type(node['lat']).__name__, type(node['lon']).__name__,
			      round(node['lat']), node.get('label', node.get('name')))
			""";

	@Autowired
	DataExport export;

	@Autowired
	NetworkService network;

	@Test
	void networkx_reads_graphml_and_gexf_with_numbers_as_numbers(@TempDir Path folder) throws Exception {
		Assumptions.assumeTrue(python("import networkx") == 0, "Python with NetworkX is not installed");
		var facts = this.network.facts();
		String expected = facts.nodes().size() + " " + facts.edges().size() + " int float float 59 Haninge";
		for (var format : new DataExport.Format[] { DataExport.Format.GRAPHML, DataExport.Format.GEXF }) {
			Path file = folder.resolve("natverk." + format.extension());
			Files.write(file, this.export.export(format, TranslationProvider.SWEDISH));
			Path script = folder.resolve("read.py");
			Files.writeString(script, READ);
			var process = new ProcessBuilder("python3", script.toString(), format.extension(), file.toString())
				.redirectErrorStream(true)
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			assertThat(output).as(format.name()).isEqualTo(expected);
		}
	}

	private static int python(String code) {
		try {
			var process = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
		}
		catch (java.io.IOException | InterruptedException ex) {
			return -1;
		}
	}

}
