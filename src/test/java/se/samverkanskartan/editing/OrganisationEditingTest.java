package se.samverkanskartan.editing;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WithMockUser(username = "redaktor", roles = "EDITOR")
class OrganisationEditingTest extends Neo4jIntegrationTest {

	@Autowired
	OrganisationEditing organisations;

	@Autowired
	TieEditing ties;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'test-' DETACH DELETE n").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	@Test
	void an_organisation_is_created_and_renamed_with_optimistic_locking() {
		this.organisations
			.create(new OrganisationForm("actor:test-forening", "Testföreningen", "civil-society", null, List.of(), 0));
		OrganisationForm read = this.organisations.load("actor:test-forening").orElseThrow();

		this.organisations.update(new OrganisationForm(read.id(), "Testföreningen Trygg", "civil-society", null,
				List.of("Trygg"), read.version()));

		assertThat(this.organisations.load("actor:test-forening").orElseThrow().name())
			.isEqualTo("Testföreningen Trygg");
		assertThatThrownBy(() -> this.organisations
			.update(new OrganisationForm(read.id(), "Annat namn", "civil-society", null, List.of(), read.version())))
			.extracting("parameter")
			.isEqualTo("version");
		assertThatThrownBy(() -> this.organisations
			.create(new OrganisationForm("actor:test-forening", "Dubblett", null, null, List.of(), 0)))
			.extracting("parameter")
			.isEqualTo("id");
		assertThat(this.ties.changes("actor:test-forening", 10)).extracting(Change::kind)
			.containsExactly("organisation-updated", "organisation-created");
	}

	@Test
	void deleting_an_organisation_with_ties_asks_first() {
		this.organisations.create(new OrganisationForm("actor:test-a", "Test A", null, null, List.of(), 0));
		this.ties.create(new TieForm(null, "actor:test-a", "municipality:0125", "krisberedskap", null, null, "explicit",
				"Test", "", "", 0));

		assertThat(this.organisations.ties("actor:test-a")).isEqualTo(1);
		assertThatThrownBy(() -> this.organisations.delete("actor:test-a", false)).extracting("parameter")
			.isEqualTo("ties");
		this.organisations.delete("actor:test-a", true);
		assertThat(this.organisations.load("actor:test-a")).isEmpty();
	}

	@Test
	void merging_moves_every_tie_keeps_the_name_as_an_alias_and_drops_ties_between_the_two() {
		this.organisations.create(new OrganisationForm("actor:test-keep", "Test Kvar", null, null, List.of(), 0));
		this.organisations.create(new OrganisationForm("actor:test-gone", "Test Borta", null, null, List.of(), 0));
		for (String partner : List.of("municipality:0125", "municipality:0128")) {
			this.ties.create(new TieForm(null, "actor:test-gone", partner, "krisberedskap", null, null, "explicit",
					"Test", "", "", 0));
		}
		this.ties.create(new TieForm(null, "actor:test-keep", "municipality:0125", "krisberedskap", null, null,
				"explicit", "Test", "", "", 0));
		this.ties.create(new TieForm(null, "actor:test-gone", "actor:test-keep", "unga", null, null, "explicit", "Test",
				"", "", 0));

		this.organisations.merge("actor:test-keep", "actor:test-gone");

		assertThat(this.organisations.load("actor:test-gone")).isEmpty();
		assertThat(this.organisations.load("actor:test-keep").orElseThrow().aliases()).containsExactly("Test Borta");
		assertThat(count("MATCH (:Actor {slug: 'test-keep'})-[r:COOPERATES_WITH]-() RETURN count(r)")).isEqualTo(2);
		assertThatThrownBy(() -> this.organisations.merge("actor:test-keep", "actor:test-keep")).extracting("parameter")
			.isEqualTo("mergedId");
	}

}
