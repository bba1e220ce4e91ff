package se.samverkanskartan.exchange;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.NetworkFacts;
import se.samverkanskartan.network.NetworkService;

import static org.assertj.core.api.Assertions.assertThat;

import se.samverkanskartan.network.NetworkChanged;

/** Exports read back by independent readers: JGraphT's importers, a zip and CSV, POI. */
class DataExportTest extends Neo4jIntegrationTest {

	private static final String XSS = "<script>alert(1)</script>";

	private static final String FORMULA = "=HYPERLINK(\"http://evil\")";

	@Autowired
	DataExport export;

	@Autowired
	NetworkService network;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	private NetworkFacts facts;

	@BeforeEach
	void addHostileNames() {
		this.neo4j
			.query("""
					CREATE (:Actor:Organisation {id: 'actor:test-xss', slug: 'test-xss', name: $xss, actorType: 'civil-society'})
					CREATE (:Actor:Organisation {id: 'actor:test-formula', slug: 'test-formula', name: $formula, actorType: 'civil-society'})
					""")
			.bindAll(Map.of("xss", XSS, "formula", FORMULA))
			.run();
		this.events.publishEvent(new NetworkChanged("test data"));
		this.facts = this.network.facts();
	}

	@AfterEach
	void removeHostileNames() {
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'test-' DETACH DELETE n").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	private static Graph<String, DefaultEdge> graph() {
		return new DirectedPseudograph<>(null, DefaultEdge::new, false);
	}

	@Test
	void graphml_reads_back_in_jgrapht_with_the_same_counts_and_names() throws Exception {
		byte[] graphml = this.export.export(DataExport.Format.GRAPHML, TranslationProvider.SWEDISH);
		Graph<String, DefaultEdge> graph = graph();
		Map<String, String> labels = new HashMap<>();
		var importer = new GraphMLImporter<String, DefaultEdge>();
		importer.setVertexFactory(id -> id);
		importer.addVertexAttributeConsumer((vertexAndKey, value) -> {
			// JGraphT names GraphML attributes by their attr.name
			if (vertexAndKey.getSecond().equals("name")) {
				labels.put(vertexAndKey.getFirst(), value.getValue());
			}
		});
		importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(graphml), StandardCharsets.UTF_8));

		assertThat(graph.vertexSet()).hasSize(this.facts.nodes().size());
		assertThat(graph.edgeSet()).hasSize(this.facts.edges().size());
		assertThat(labels).containsEntry("municipality:0117", "Österåker").containsEntry("actor:test-xss", XSS);
		assertThat(new String(graphml, StandardCharsets.UTF_8)).doesNotContain("<script>");
	}

	@Test
	void gexf_reads_back_in_jgrapht_with_the_same_counts() throws Exception {
		byte[] gexf = this.export.export(DataExport.Format.GEXF, TranslationProvider.SWEDISH);
		Graph<String, DefaultEdge> graph = graph();
		Map<String, String> labels = new HashMap<>();
		var importer = new SimpleGEXFImporter<String, DefaultEdge>();
		// JGraphT bundles the GEXF 1.2 schema only; the file is GEXF 1.3
		importer.setSchemaValidation(false);
		importer.setVertexFactory(id -> id);
		importer.addVertexAttributeConsumer((vertexAndKey, value) -> {
			if (vertexAndKey.getSecond().equals("label")) {
				labels.put(vertexAndKey.getFirst(), value.getValue());
			}
		});
		importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(gexf), StandardCharsets.UTF_8));

		assertThat(graph.vertexSet()).hasSize(this.facts.nodes().size());
		assertThat(graph.edgeSet()).hasSize(this.facts.edges().size());
		assertThat(labels).containsEntry("actor:test-xss", XSS);
		assertThat(new String(gexf, StandardCharsets.UTF_8)).contains("xmlns=\"http://gexf.net/1.3\" version=\"1.3\"");
	}

	@Test
	void the_csv_zip_holds_nodes_and_edges_with_formulas_neutralised() throws Exception {
		byte[] zip = this.export.export(DataExport.Format.CSV, TranslationProvider.SWEDISH);
		Map<String, String> files = new HashMap<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
		assertThat(files.get("nodes.csv").split("\r\n")).hasSize(this.facts.nodes().size() + 1);
		assertThat(files.get("edges.csv").split("\r\n")).hasSize(this.facts.edges().size() + 1);
		assertThat(files.get("nodes.csv")).contains("actor:test-formula,\"'=HYPERLINK(\"\"http://evil\"\")\"")
			.contains("Österåker");
	}

	@Test
	void the_workbook_has_a_sheet_per_kind_and_one_for_ties_with_formulas_neutralised() throws Exception {
		byte[] xlsx = this.export.export(DataExport.Format.XLSX, TranslationProvider.SWEDISH);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("Kommuner").getLastRowNum())
				.isEqualTo((int) this.facts.nodes().stream().filter(n -> n.id().startsWith("municipality:")).count());
			assertThat(workbook.getSheet("Band").getLastRowNum()).isEqualTo(this.facts.edges().size());
			var actors = workbook.getSheet("Aktörer");
			boolean neutralised = false;
			for (var row : actors) {
				neutralised |= row.getCell(1).getStringCellValue().equals("'" + FORMULA);
				assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			}
			assertThat(neutralised).isTrue();
		}
	}

}
