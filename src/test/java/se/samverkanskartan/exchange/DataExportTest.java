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
	void the_csv_zip_for_gephi_holds_nodes_and_edges_with_gephis_column_names_and_formulas_neutralised()
			throws Exception {
		Map<String, String> files = unzip(this.export.export(DataExport.Format.CSV_COMMA, TranslationProvider.SWEDISH));
		assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
		assertThat(files.get("nodes.csv")).startsWith("Id,Label,kind,actorType,lat,lon,population\r\n");
		assertThat(files.get("edges.csv")).startsWith("Id,Source,Target,tie,topic,confidence\r\n");
		assertThat(files.get("nodes.csv").split("\r\n")).hasSize(this.facts.nodes().size() + 1);
		assertThat(files.get("edges.csv").split("\r\n")).hasSize(this.facts.edges().size() + 1);
		assertThat(files.get("nodes.csv")).contains("actor:test-formula,\"'=HYPERLINK(\"\"http://evil\"\")\"")
			.contains("Österåker");
	}

	@Test
	void the_csv_zip_for_excel_has_semicolons_a_byte_order_mark_swedish_headers_and_decimal_commas() throws Exception {
		Map<String, String> files = unzip(this.export.export(DataExport.Format.CSV, TranslationProvider.SWEDISH));
		assertThat(files).containsOnlyKeys("organisationer.csv", "samband.csv");
		assertThat(files.get("organisationer.csv"))
			.startsWith("\uFEFFid;Typ;Namn;Typ av aktör;Invånare;Latitud;Longitud\r\n")
			.containsPattern("municipality:0136;Kommun;Haninge;;\\d+;59,\\d+;18,\\d+");
		assertThat(files.get("samband.csv"))
			.startsWith("\uFEFFid;Typ av samband;Från;Från-id;Till;Till-id;Tema;Belägg\r\n");
		Map<String, String> english = unzip(this.export.export(DataExport.Format.CSV, TranslationProvider.ENGLISH));
		assertThat(english.get("organisations.csv"))
			.startsWith("\uFEFFid;Kind;Name;Actor type;Inhabitants;Latitude;Longitude")
			.containsPattern("municipality:0136;Municipality;Haninge;;\\d+;59\\.\\d+;18\\.\\d+");
	}

	@Test
	void the_workbook_has_a_sheet_per_kind_and_one_for_ties_with_names_as_written_and_numbers_as_numbers()
			throws Exception {
		byte[] xlsx = this.export.export(DataExport.Format.XLSX, TranslationProvider.SWEDISH);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var municipalities = workbook.getSheet("Kommuner");
			assertThat(municipalities.getLastRowNum())
				.isEqualTo((int) this.facts.nodes().stream().filter(n -> n.id().startsWith("municipality:")).count());
			var header = new java.util.ArrayList<String>();
			municipalities.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).containsExactly("id", "Typ", "Namn", "Typ av aktör", "Invånare", "Latitud", "Longitud");
			var first = municipalities.getRow(1);
			assertThat(first.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(first.getCell(5).getNumericCellValue()).isBetween(55.0, 69.0);
			assertThat(workbook.getSheet("Samband").getLastRowNum()).isEqualTo(this.facts.edges().size());
			boolean asWritten = false;
			for (var row : workbook.getSheet("Aktörer")) {
				asWritten |= row.getCell(2).getStringCellValue().equals(FORMULA);
				assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			}
			assertThat(asWritten).as("a text cell of a workbook is never a formula").isTrue();
		}
	}

	private static Map<String, String> unzip(byte[] zip) throws java.io.IOException {
		Map<String, String> files = new HashMap<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
