package se.samverkanskartan.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the built-in dataset to its sources: the report and ../shared/reference. */
class BuiltInDatasetTest extends Neo4jIntegrationTest {

	private static final Path SHARED = Path.of("..", "shared");

	@Autowired
	Driver driver;

	@Test
	void each_kind_has_the_expected_number_of_nodes() {
		assertThat(count("MATCH (m:Municipality {county: 'Stockholms län'}) RETURN count(m)")).isEqualTo(26);
		assertThat(count("MATCH (m:Municipality) WHERE m.county <> 'Stockholms län' RETURN count(m)")).isEqualTo(5);
		assertThat(count("MATCH (d:CityDistrict) RETURN count(d)")).isEqualTo(15);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(51);
		assertThat(count("MATCH (a:Actor) WHERE a.slug STARTS WITH 'lpo-' RETURN count(a)")).isEqualTo(17);
		assertThat(count("MATCH (f:Forum) RETURN count(f)")).isEqualTo(15);
		assertThat(count("MATCH (t:Topic) RETURN count(t)")).isEqualTo(33);
		assertThat(count("MATCH (t:Topic {safetyWorkArea: true}) RETURN count(t)")).isEqualTo(19);
		assertThat(count("MATCH (t:Topic {statedNeed: true}) RETURN count(t)")).isEqualTo(8);
	}

	@Test
	void the_reported_partner_ranking_is_kept_as_a_rank() {
		assertThat(rows("MATCH (a:Actor) WHERE a.partnerRank IS NOT NULL RETURN a.name AS name ORDER BY a.partnerRank")
			.stream()
			.map(row -> row.get("name").asString())
			.toList()).containsExactly("Polismyndigheten", "Räddningstjänsten", "Civilsamhället",
					"Fastighetsägare (oftast kommunala)", "Det lokala näringslivet", "Kollektivtrafiken",
					"Bevakningsbolag/väktare", "Grannsamverkan", "Idrottsföreningar", "Kyrkan", "Nattvandrare",
					"Centrumägare");
	}

	@Test
	void statements_about_all_municipalities_become_collective_ties_for_each_of_the_26() {
		assertThat(
				count("""
						MATCH (m:Municipality {county: 'Stockholms län'})-[r:MEMBER_OF {confidence: 'collective'}]->(:Forum {slug: 'bron'})
						WHERE r.extent CONTAINS 'utom tre'
						RETURN count(m)"""))
			.isEqualTo(26);
		assertThat(
				count("""
						MATCH (m:Municipality)-[r:COOPERATES_WITH {topic: 'medborgarloften', confidence: 'collective'}]-(:Actor {slug: 'polismyndigheten'})
						RETURN count(m)"""))
			.isEqualTo(26);
		assertThat(count(
				"MATCH (:Actor {slug: 'lansstyrelsen-stockholm'})-[:CONVENES]->(f:Forum {slug: 'bron'}) RETURN count(f)"))
			.isOne();
	}

	@Test
	void named_ties_carry_the_confidence_the_report_supports() {
		assertThat(confidence("0125", "COOPERATES_WITH", "bromma")).isEqualTo("explicit");
		assertThat(confidence("0123", "COOPERATES_WITH", "rinkeby-kista")).isEqualTo("explicit");
		assertThat(confidence("0127", "MEMBER_OF", "est")).isEqualTo("explicit");
		assertThat(confidence("0163", "MEMBER_OF", "est")).isEqualTo("explicit");
		assertThat(confidence("0136", "MEMBER_OF", "purple-flag")).isEqualTo("explicit");
		assertThat(confidence("0330", "COOPERATES_WITH", "nordvast")).isEqualTo("explicit");
		assertThat(confidence("0188", "MEMBER_OF", "ung-i-roslagen")).isEqualTo("collective");
		assertThat(
				count("""
						MATCH (:Municipality {code: '0136'})-[r:COOPERATES_WITH {topic: 'valdsbejakande-extremism'}]-(p:Municipality)
						WHERE p.code IN ['0127', '0126'] AND r.confidence = 'explicit'
						RETURN count(r)"""))
			.isEqualTo(2);
		assertThat(count("""
				MATCH (m:Municipality)-[r:WANTS_COOPERATION_ON]->(:Topic {slug: 'polisnarvaro'})
				WHERE m.name IN ['Österåker', 'Ekerö'] RETURN count(r)""")).isEqualTo(2);
	}

	@Test
	void city_districts_belong_to_stockholm_with_the_2020_reform_dates() {
		assertThat(count("MATCH (d:CityDistrict)-[:PART_OF]->(:Municipality {code: '0180'}) RETURN count(d)"))
			.isEqualTo(15);
		Record reform = rows("""
				MATCH (new:CityDistrict {slug: 'hagersten-alvsjo'}), (old:CityDistrict {slug: 'alvsjo'})
				RETURN toString(new.validFrom) AS from, toString(old.validTo) AS to""").getFirst();
		assertThat(reform.get("from").asString()).isEqualTo("2020-07-01");
		assertThat(reform.get("to").asString()).isEqualTo("2020-06-30");
	}

	@Test
	void every_border_in_the_reference_data_between_two_mapped_municipalities_is_present() throws IOException {
		List<String> lines = Files.readAllLines(SHARED.resolve("reference/borders.csv"), StandardCharsets.UTF_8);
		int expected = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			boolean mapped = count("MATCH (m:Municipality) WHERE m.code IN $codes RETURN count(m)",
					Map.of("codes", List.of(cells[0], cells[1]))) == 2;
			if (mapped) {
				expected++;
				String type = cells[4].equals("water+bridge") ? "bridge" : cells[4];
				assertThat(count("""
						MATCH (:Municipality {code: $a})-[r:BORDERS {type: $type}]-(:Municipality {code: $b})
						RETURN count(r)""", Map.of("a", cells[0], "b", cells[1], "type", type)))
					.as("border %s-%s", cells[2], cells[3])
					.isOne();
			}
		}
		assertThat(count("MATCH ()-[r:BORDERS]->() RETURN count(r)")).isEqualTo(expected).isGreaterThan(60);
	}

	@Test
	void every_cooperation_and_membership_names_its_source_section_quote_and_confidence() {
		assertThat(count("""
				MATCH ()-[r:COOPERATES_WITH|MEMBER_OF]->()
				WHERE r.source IS NULL OR r.section IS NULL OR r.quote IS NULL
				   OR NOT r.confidence IN ['explicit', 'collective', 'inferred']
				RETURN count(r)""")).isZero();
		assertThat(count("MATCH ()-[r:COOPERATES_WITH|MEMBER_OF]->() RETURN count(r)")).isGreaterThan(150);
	}

	@Test
	void every_quote_occurs_verbatim_in_the_report() throws IOException {
		String report = normalise(
				Files.readString(SHARED.resolve("sources/storsthlm-trygghetsarbete-2020.txt"), StandardCharsets.UTF_8));
		List<String> quotes = rows("""
				CALL () {
				  MATCH ()-[r]->() WHERE r.quote IS NOT NULL RETURN r.quote AS quote
				  UNION
				  MATCH (n) WHERE n.quote IS NOT NULL RETURN n.quote AS quote
				  UNION
				  MATCH (n) WHERE n.needQuote IS NOT NULL RETURN n.needQuote AS quote
				  UNION
				  MATCH (n) WHERE n.neededQuote IS NOT NULL RETURN n.neededQuote AS quote
				}
				RETURN DISTINCT quote""").stream().map(row -> row.get("quote").asString()).toList();

		assertThat(quotes).hasSizeGreaterThan(40)
			.allSatisfy(quote -> assertThat(report).as("the report").contains(normalise(quote)));
	}

	@Test
	void the_groupings_hold_the_municipalities_the_report_names() {
		assertThat(members("nordost"))
			.isEqualTo(Set.of("Norrtälje", "Österåker", "Vallentuna", "Täby", "Danderyd", "Vaxholm", "Lidingö"));
		assertThat(members("nordvast"))
			.isEqualTo(Set.of("Sigtuna", "Upplands-Bro", "Upplands Väsby", "Sollentuna", "Järfälla"));
		assertThat(members("est")).isEqualTo(Set.of("Botkyrka", "Sollentuna"));
		assertThat(members("business-improvement-district")).isEqualTo(Set.of("Sigtuna", "Sollentuna"));
	}

	private Set<String> members(String forum) {
		return Set.copyOf(rows("MATCH (m:Municipality)-[:MEMBER_OF]->(:Forum {slug: $forum}) RETURN m.name AS name",
				Map.of("forum", forum))
			.stream()
			.map(row -> row.get("name").asString())
			.toList());
	}

	private String confidence(String code, String type, String slug) {
		return rows("""
				MATCH (:Municipality {code: $code})-[r]-(o:Organisation {slug: $slug})
				WHERE type(r) = $type RETURN r.confidence AS confidence""",
				Map.of("code", code, "type", type, "slug", slug))
			.getFirst()
			.get("confidence")
			.asString();
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private long count(String query) {
		return count(query, Map.of());
	}

	private long count(String query, Map<String, Object> parameters) {
		return rows(query, parameters).getFirst().get(0).asLong();
	}

	private List<Record> rows(String query) {
		return rows(query, Map.of());
	}

	private List<Record> rows(String query, Map<String, Object> parameters) {
		return this.driver.executableQuery(query).withParameters(parameters).execute().records();
	}

}
