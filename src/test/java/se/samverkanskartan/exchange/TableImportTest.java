package se.samverkanskartan.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.infrastructure.TranslationProvider;

import static org.assertj.core.api.Assertions.assertThat;

import se.samverkanskartan.network.NetworkChanged;

class TableImportTest extends Neo4jIntegrationTest {

	private static final Locale SV = TranslationProvider.SWEDISH;

	private static final String ORGANISATIONS = """
			id;typ;namn;aktörstyp;invånare;alternativa namn
			;aktör;Testföreningen Trygg;civilsamhälle;;Trygg-föreningen
			""";

	private static final String TIES = """
			från;till;typ av band;område;belägg;källa;avsnitt;citat
			Testföreningen Trygg;Upplands-Väsby;samverkar;Förebyggande och främjande arbete riktat mot unga;uttryckligt;Avtal 2024;;"Vi ses; varje månad"
			""";

	@Autowired
	TableImport tables;

	@Autowired
	DataExport export;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'testforeningen' DETACH DELETE n").run();
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'testtyp' DETACH DELETE n").run();
		this.neo4j.query("MATCH (m:Municipality {code: '0125'})-[r]-() WHERE r.source STARTS WITH 'Testenkät' DELETE r")
			.run();
		this.neo4j
			.query("MATCH (m:Municipality {code: '0125'}) REMOVE m.surveySource, m.surveyDate, m.survey_q1, "
					+ "m.survey_q2, m.survey_q3, m.survey_q4, m.survey_q16, m.survey_q17")
			.run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static byte[] utf8(String text) {
		return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void csv_files_create_an_organisation_and_a_tie_matched_blind_to_hyphens_and_again_change_nothing() {
		ImportReport organisations = this.tables.apply("organisationer.csv", utf8(ORGANISATIONS), false, SV);
		assertThat(organisations.problems()).isEmpty();
		assertThat(organisations.nodesCreated()).isEqualTo(1);

		ImportReport dryRun = this.tables.dryRun("band.csv", utf8(TIES), false, SV);
		assertThat(dryRun.problems()).isEmpty();
		assertThat(dryRun.relationshipsCreated()).isEqualTo(1);
		assertThat(dryRun.changes()).containsExactly(new ImportReport.PlannedChange(true,
				"Testföreningen Trygg – Upplands Väsby (unga)", ImportReport.Outcome.CREATED));
		assertThat(count("MATCH (:Actor {slug: 'testforeningen-trygg'})-[r:COOPERATES_WITH]->() RETURN count(r)"))
			.isZero();

		assertThat(this.tables.apply("band.csv", utf8(TIES), false, SV).applied()).isTrue();
		assertThat(
				count("""
						MATCH (:Actor {slug: 'testforeningen-trygg'})-[r:COOPERATES_WITH {topic: 'unga', quote: 'Vi ses; varje månad'}]
						      ->(:Municipality {code: '0114'}) RETURN count(r)"""))
			.isEqualTo(1);
		ImportReport again = this.tables.dryRun("band.csv", utf8(TIES), false, SV);
		assertThat(again.relationshipsCreated() + again.relationshipsUpdated()).isZero();
		assertThat(again.relationshipsUnchanged()).isEqualTo(1);
		assertThat(again.changes()).extracting(ImportReport.PlannedChange::outcome)
			.containsExactly(ImportReport.Outcome.UNCHANGED);
	}

	@Test
	void importing_a_known_tie_again_updates_it_in_place_instead_of_adding_a_second() {
		this.tables.apply("organisationer.csv", utf8(ORGANISATIONS), false, SV);
		this.tables.apply("band.csv", utf8(TIES), false, SV);
		String createdId = this.neo4j.query("""
				MATCH (:Actor {slug: 'testforeningen-trygg'})-[r:COOPERATES_WITH]->() RETURN r.id""")
			.fetchAs(String.class)
			.one()
			.orElseThrow();

		ImportReport changed = this.tables.apply("band.csv",
				utf8(TIES.replace("Vi ses; varje månad", "Varannan vecka")), false, SV);

		assertThat(changed.relationshipsUpdated()).isEqualTo(1);
		assertThat(changed.relationshipsCreated()).isZero();
		assertThat(this.neo4j.query("""
				MATCH (:Actor {slug: 'testforeningen-trygg'})-[r:COOPERATES_WITH]->()
				RETURN r.id + ' ' + r.quote + ' ' + r.source""").fetchAs(String.class).all())
			.containsExactly(createdId + " Varannan vecka Avtal 2024");
	}

	@Test
	void a_near_name_is_offered_and_used_only_when_confirmed() {
		String ties = """
				från,till,område
				Österåkr,Vaxholm,Krisberedskap
				""";

		ImportReport unconfirmed = this.tables.dryRun("band.csv", utf8(ties), false, SV);
		assertThat(unconfirmed.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("menade du ”Österåker”"))
			.satisfies(problem -> assertThat(problem.location()).isEqualTo("band.csv, rad 2, kolumn ”från”"));

		ImportReport confirmed = this.tables.dryRun("band.csv", utf8(ties), true, SV);
		assertThat(confirmed.problems()).isEmpty();
		assertThat(confirmed.matches()).hasSize(1);
		assertThat(confirmed.relationshipsCreated()).isEqualTo(1);
	}

	@Test
	void bad_csv_files_are_refused_with_a_message_and_nothing_written() {
		long before = count("MATCH ()-[r]->() RETURN count(r)");

		assertThat(messages(this.tables.apply("latin1.csv", TIES.getBytes(Charset.forName("ISO-8859-1")), false, SV)))
			.singleElement()
			.satisfies(message -> assertThat(message).contains("inte UTF-8"));
		assertThat(messages(
				this.tables.apply("citat.csv", utf8("från;till;område\n\"Ekerö;Salem;Krisberedskap\n"), false, SV)))
			.singleElement()
			.satisfies(message -> assertThat(message).startsWith("CSV-filen kan inte läsas"));
		assertThat(messages(
				this.tables.apply("pipe.csv", utf8("från|till|område\nEkerö|Salem|Krisberedskap\n"), false, SV)))
			.anyMatch(message -> message.startsWith("Rubrikraden liknar varken"));
		assertThat(messages(this.tables.apply("tom.csv", new byte[0], false, SV))).containsExactly("Filen är tom");
		ImportReport wrong = this.tables.apply("band.csv", utf8("""
				från;till;typ av band;område;belägg
				Ekerö;Ekerö;samverkar;Krisberedskap;kanske
				Ekerö;Okänd kommun;medlem;;
				Ekerö;Salem;samverkar;Cykling;
				"""), false, SV);
		assertThat(wrong.problems()).extracting(ImportProblem::location)
			.contains("band.csv, rad 2, kolumn ”belägg”", "band.csv, rad 3, kolumn ”till”",
					"band.csv, rad 4, kolumn ”område”");
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(before);
	}

	@Autowired
	ImportTransactions transactions;

	@Test
	void a_file_over_the_size_limit_is_refused_unread() {
		var small = new TableImport(this.transactions, new TranslationProvider(), 100);

		assertThat(messages(small.dryRun("stor.csv", new byte[2 * 1_048_576], false, SV)))
			.containsExactly("Filen är 2 MB; högst 100 byte kan importeras");
	}

	@Test
	void utf16_with_a_byte_order_mark_is_read() {
		byte[] utf16 = ("\uFEFF" + ORGANISATIONS).getBytes(StandardCharsets.UTF_16BE);

		assertThat(this.tables.dryRun("organisationer.csv", utf16, false, SV).nodesCreated()).isEqualTo(1);
	}

	@Test
	void the_survey_workbook_sets_facts_and_creates_ties_and_needs_with_the_survey_as_source() throws Exception {
		byte[] workbook = workbook(book -> {
			var about = book.createSheet("Om enkäten");
			about.createRow(0).createCell(0).setCellValue("Enkätens namn");
			about.getRow(0).createCell(1).setCellValue("Testenkät");
			about.createRow(1).createCell(0).setCellValue("Datum");
			about.getRow(1).createCell(1).setCellValue("2026-03-01");
			var survey = book.createSheet("Enkät");
			List<String> header = ImportTemplates.SURVEY_HEADERS;
			List<String> answers = List.of("Ekerö", "ja", "nej", "ja", "nej", "ja", "ja", "Järfälla och Salem",
					"Mer om krisberedskap", "");
			for (int c = 0; c < header.size(); c++) {
				survey.createRow(0).getCell(c);
			}
			var head = survey.getRow(0);
			var row = survey.createRow(1);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
				row.createCell(c).setCellValue(answers.get(c));
			}
		});

		ImportReport report = this.tables.apply("enkät.xlsx", workbook, false, SV);

		assertThat(report.problems()).isEmpty();
		assertThat(count("MATCH (m:Municipality {code: '0125', survey_q1: true, survey_q2: false}) RETURN count(m)"))
			.isEqualTo(1);
		assertThat(
				count("""
						MATCH (:Municipality {code: '0125'})-[r:COOPERATES_WITH {source: 'Testenkät 2026-03-01', confidence: 'explicit'}]->(p)
						WHERE p.name IN ['Järfälla', 'Salem'] RETURN count(r)"""))
			.isEqualTo(2);
		assertThat(
				count("""
						MATCH (:Municipality {code: '0125'})-[w:WANTS_COOPERATION_ON {source: 'Testenkät 2026-03-01'}]->(:Topic {slug: 'krisberedskap'})
						RETURN count(w)"""))
			.isEqualTo(1);
	}

	@Test
	void workbooks_without_known_sheets_or_with_merged_cells_are_refused() throws Exception {
		byte[] other = workbook(book -> book.createSheet("Blad1").createRow(0).createCell(0).setCellValue("x"));
		assertThat(messages(this.tables.dryRun("fel.xlsx", other, false, SV)))
			.anyMatch(message -> message.startsWith("Arbetsboken har inget av bladen"));

		byte[] merged = workbook(book -> {
			var sheet = book.createSheet("Band");
			var header = sheet.createRow(0);
			for (int c = 0; c < 3; c++) {
				header.createCell(c).setCellValue(List.of("från", "till", "område").get(c));
			}
			sheet.createRow(1).createCell(0).setCellValue("Ekerö");
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
		});
		assertThat(this.tables.dryRun("fel.xlsx", merged, false, SV).problems()).extracting(ImportProblem::location)
			.contains("bladet Band, celler A2:B2");
		assertThat(messages(this.tables.dryRun("fel.xlsx", utf8("inte en arbetsbok"), false, SV)))
			.anyMatch(message -> message.startsWith("Filen kan inte läsas som Excel"));
	}

	@Test
	void a_zip_bomb_is_refused_in_the_users_language_without_the_librarys_text() throws Exception {
		byte[] band = workbook(book -> book.createSheet("Band").createRow(0).createCell(0).setCellValue("från"));
		var bomb = new ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(band));
				var out = new java.util.zip.ZipOutputStream(bomb)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				in.transferTo(out);
			}
			out.putNextEntry(new java.util.zip.ZipEntry("xl/media/padding.xml"));
			out.write(new byte[20_000_000]);
		}

		List<String> problems = messages(this.tables.dryRun("bomb.xlsx", bomb.toByteArray(), false, SV));

		assertThat(problems).singleElement()
			.satisfies(message -> assertThat(message).startsWith("Filen packas upp till mycket mer än den väger")
				.doesNotContain("Zip bomb", "ratio"));
		assertThat(messages(this.tables.dryRun("fel.xlsx", utf8("inte en arbetsbok"), false, SV))).singleElement()
			.satisfies(message -> assertThat(message).doesNotContain("Exception", "zip", "ZIP"));
	}

	@Test
	void graphml_with_a_doctype_is_refused_and_our_own_export_reimports_unchanged() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
				<node id="actor:x"><data key="label">&xxe;</data></node></graph></graphml>
				""";
		assertThat(messages(this.tables.apply("xxe.graphml", xxe.getBytes(StandardCharsets.UTF_8), false, SV)))
			.singleElement()
			.satisfies(message -> assertThat(message).startsWith("DOCTYPE är inte tillåtet"));

		byte[] own = this.export.export(DataExport.Format.GRAPHML, SV);
		ImportReport report = this.tables.dryRun("samverkanskartan.graphml", own, false, SV);
		assertThat(report.problems()).isEmpty();
		assertThat(report.nodesCreated() + report.relationshipsCreated()).isZero();
		assertThat(report.relationshipsUnchanged()).isPositive();
	}

	@Test
	void a_templates_example_rows_are_never_imported_and_import_once_the_example_mark_is_removed() throws Exception {
		var templates = new ImportTemplates(new TranslationProvider());

		ImportReport untouched = this.tables.dryRun("mall.xlsx", templates.workbook(SV), false, SV);
		assertThat(untouched.nodesCreated()).isZero();
		assertThat(untouched.relationshipsCreated()).isZero();
		assertThat(messages(untouched))
			.containsExactly(new TranslationProvider().getTranslation("import.problem.nothing", SV));

		ImportReport filledIn = this.tables.dryRun("mall.xlsx", withoutExampleMarks(templates.workbook(SV)), false, SV);
		assertThat(filledIn.problems()).isEmpty();
		assertThat(filledIn.nodesCreated()).isEqualTo(1);
		assertThat(filledIn.relationshipsCreated()).isEqualTo(1);
		ImportReport survey = this.tables.dryRun("enkät.xlsx", withoutExampleMarks(templates.survey(SV)), false, SV);
		assertThat(survey.problems()).isEmpty();
		assertThat(survey.relationshipsCreated()).isPositive();
	}

	@Test
	void names_in_one_file_that_differ_by_a_number_are_distinct_organisations_not_near_misses_of_each_other() {
		StringBuilder csv = new StringBuilder("typ;namn\n");
		for (int i = 1; i <= 12; i++) {
			csv.append("aktör;Karateklubben medlem ").append(i).append('\n');
		}
		csv.append("aktör;Woman1\naktör;Woman2\n");

		ImportReport report = this.tables.dryRun("klubbar.csv", utf8(csv.toString()), false, SV);

		assertThat(report.problems()).isEmpty();
		assertThat(report.nodesCreated()).isEqualTo(14);
	}

	@Test
	void actor_types_are_read_by_swedish_or_english_name_or_slug_and_stored_as_the_slug() {
		ImportReport report = this.tables.apply("typer.csv", utf8("""
				typ;namn;aktörstyp
				aktör;Testtyp Ett;Civilsamhälle
				aktör;Testtyp Två;civil society
				aktör;Testtyp Tre;CIVIL-SOCIETY
				aktör;Testtyp Fyra;Statlig myndighet
				"""), false, SV);

		assertThat(report.problems()).isEmpty();
		assertThat(count("""
				MATCH (a:Actor) WHERE a.name STARTS WITH 'Testtyp' AND a.actorType = 'civil-society'
				RETURN count(a)""")).isEqualTo(3);
		assertThat(count("MATCH (a:Actor {name: 'Testtyp Fyra', actorType: 'national-agency'}) RETURN count(a)"))
			.isEqualTo(1);

		ImportReport unknown = this.tables.dryRun("typer.csv", utf8("typ;namn;aktörstyp\naktör;Testtyp Fem;klubb\n"),
				false, SV);
		assertThat(unknown.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.location()).isEqualTo("typer.csv, rad 2, kolumn ”aktörstyp”");
			assertThat(problem.message()).contains("klubb", "civilsamhälle");
		});
	}

	/** The workbook with every example mark cleared, as someone filling it in would. */
	private static byte[] withoutExampleMarks(byte[] workbook) throws Exception {
		try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook));
				var out = new java.io.ByteArrayOutputStream()) {
			for (var sheet : book) {
				for (var row : sheet) {
					for (var cell : row) {
						if (ImportTemplates.EXAMPLE.equals(cell.toString())) {
							cell.setBlank();
						}
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> messages(ImportReport report) {
		return report.problems().stream().map(ImportProblem::message).toList();
	}

	private interface Fill {

		void into(XSSFWorkbook book);

	}

	private static byte[] workbook(Fill fill) throws Exception {
		try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			fill.into(book);
			book.write(out);
			return out.toByteArray();
		}
	}

}
