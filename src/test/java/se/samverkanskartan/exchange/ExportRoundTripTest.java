package se.samverkanskartan.exchange;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.NetworkChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table export the app writes reads back into the same database without a problem
 * and without a change, for the built-in data and for names that spreadsheets and CSV
 * readers trip on.
 */
@WithMockUser(roles = "EDITOR")
class ExportRoundTripTest extends Neo4jIntegrationTest {

	/** Quotes, delimiters, formula starts, a line break, Swedish letters, an emoji. */
	static final List<String> AWKWARD = List.of("Föreningen \"Citat\"", "Semi;kolon, och komma", "=SUMMA(A1)",
			"-Minus först", "+Plus först", "@Snabel-a", "Rad\nbrytning", "Åäö Ängby", "Trygghet 🚀");

	@Autowired
	DataExport export;

	@Autowired
	TableImport tables;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void addAwkwardNames() {
		this.neo4j.query("""
				UNWIND range(0, size($names) - 1) AS i
				CREATE (a:Actor:Organisation {id: 'actor:rundtur-' + i, slug: 'rundtur-' + i, name: $names[i],
				                              actorType: 'civil-society'})
				WITH a, i
				MATCH (m:Municipality {code: '0136'})
				CREATE (a)-[:COOPERATES_WITH {id: randomUUID(), topic: 'unga', confidence: 'explicit',
				                              source: 'Rundtur'}]->(m)""").bind(AWKWARD).to("names").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@AfterEach
	void removeAwkwardNames() {
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'rundtur-' DETACH DELETE n").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void the_csv_files_for_excel_read_back_unchanged_in_swedish_and_in_english() throws Exception {
		readBackUnchanged(DataExport.Format.CSV, TranslationProvider.SWEDISH);
		readBackUnchanged(DataExport.Format.CSV, TranslationProvider.ENGLISH);
	}

	@Test
	void the_csv_files_for_gephi_read_back_unchanged() throws Exception {
		readBackUnchanged(DataExport.Format.CSV_COMMA, TranslationProvider.SWEDISH);
	}

	@Test
	void the_workbook_reads_back_unchanged_in_swedish_and_in_english() throws Exception {
		readBackUnchanged(DataExport.Format.XLSX, TranslationProvider.SWEDISH);
		readBackUnchanged(DataExport.Format.XLSX, TranslationProvider.ENGLISH);
	}

	@Test
	void the_graphml_reads_back_unchanged() throws Exception {
		readBackUnchanged(DataExport.Format.GRAPHML, TranslationProvider.SWEDISH);
	}

	@Test
	void organisations_and_ties_removed_after_the_export_come_back_with_their_names_exactly_as_written()
			throws Exception {
		for (var format : List.of(DataExport.Format.CSV, DataExport.Format.XLSX, DataExport.Format.CSV_COMMA)) {
			byte[] written = this.export.export(format, TranslationProvider.ENGLISH);
			removeAwkwardNames();
			for (var file : files(format, written).entrySet()) {
				ImportReport report = this.tables.apply(file.getKey(), file.getValue(), false,
						TranslationProvider.ENGLISH);
				assertThat(report.problems()).as(format + " " + file.getKey()).isEmpty();
				assertThat(report.applied()).isTrue();
			}
			assertThat(this.neo4j
				.query("""
						MATCH (a:Actor {actorType: 'civil-society'})-[:COOPERATES_WITH {topic: 'unga'}]->(:Municipality {code: '0136'})
						WHERE a.slug STARTS WITH 'rundtur-' RETURN a.name AS name""")
				.fetchAs(String.class)
				.all()).as(format.name()).containsExactlyInAnyOrderElementsOf(AWKWARD);
		}
	}

	private void readBackUnchanged(DataExport.Format format, Locale locale) throws Exception {
		byte[] written = this.export.export(format, locale);
		for (var file : files(format, written).entrySet()) {
			ImportReport report = this.tables.dryRun(file.getKey(), file.getValue(), false, locale);
			String what = format + " " + locale + " " + file.getKey();
			assertThat(report.problems()).as(what).isEmpty();
			assertThat(List.of(report.nodesCreated(), report.nodesUpdated(), report.relationshipsCreated(),
					report.relationshipsUpdated()))
				.as(what + ": created and updated organisations and ties")
				.containsOnly(0);
			assertThat(report.nodesUnchanged() + report.relationshipsUnchanged()).as(what).isPositive();
		}
	}

	/** The files of an export, organisations before ties. */
	private static Map<String, byte[]> files(DataExport.Format format, byte[] written) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		if (format == DataExport.Format.CSV || format == DataExport.Format.CSV_COMMA) {
			try (var zip = new ZipInputStream(new ByteArrayInputStream(written))) {
				for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					files.put(entry.getName(), zip.readAllBytes());
				}
			}
		}
		else {
			files.put("natverk." + format.extension(), written);
		}
		return files;
	}

}
