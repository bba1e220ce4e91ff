package se.samverkanskartan.editing;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import se.samverkanskartan.network.NetworkChanged;

@WithMockUser(username = "redaktor", roles = "EDITOR")
class OrganisationEditingTest extends Neo4jIntegrationTest {

	@Autowired
	OrganisationEditing organisations;

	@Autowired
	TieEditing ties;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	History history;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'test-' DETACH DELETE n").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
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
		assertThat(this.history.ofOrganisation("actor:test-forening", 10)).extracting(Change::kind)
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
		assertThat(
				count("MATCH (:Municipality {code: '0125'})-[r:COOPERATES_WITH {source: 'Test'}]-() RETURN count(r)"))
			.isZero();
	}

	@Test
	void a_deleted_organisation_comes_back_with_its_ties_when_the_deletion_is_reverted() {
		this.organisations.create(new OrganisationForm("actor:test-a", "Test A", "civil-society", 12L, List.of("TA"),
				java.time.LocalDate.of(2019, 3, 1), null, 0));
		this.ties.create(new TieForm(null, "actor:test-a", "municipality:0125", "krisberedskap",
				java.time.LocalDate.of(2020, 1, 1), null, "explicit", "Test", "", "", 0));
		OrganisationForm before = this.organisations.load("actor:test-a").orElseThrow();
		this.organisations.delete("actor:test-a", true);

		Change deletion = this.history.ofOrganisation("actor:test-a", 10).getFirst();
		assertThat(deletion.kind()).isEqualTo("organisation-deleted");
		this.history.revert(deletion.id());

		assertThat(this.organisations.load("actor:test-a")).contains(before);
		assertThat(count("""
				MATCH (:Actor:Organisation {slug: 'test-a'})-[r:COOPERATES_WITH {topic: 'krisberedskap'}]->
				      (:Municipality {code: '0125'})
				WHERE r.since = date('2020-01-01') RETURN count(r)""")).isEqualTo(1);
		assertThatThrownBy(() -> this.history.revert(deletion.id())).isInstanceOfSatisfying(
				RevertRefusedException.class, refused -> assertThat(refused.reason()).isEqualTo("exists-again"));
	}

	@Test
	void an_update_is_reverted_unless_changed_again_and_a_merge_is_not_reverted() {
		this.organisations.create(new OrganisationForm("actor:test-keep", "Test Kvar", null, null, List.of(), 0));
		OrganisationForm first = this.organisations.load("actor:test-keep").orElseThrow();
		this.organisations.update(new OrganisationForm(first.id(), "Test Ny", null, 5L, List.of(), first.version()));
		Change update = this.history.ofOrganisation("actor:test-keep", 1).getFirst();
		assertThat(update.beforeFields()).containsEntry("name", "Test Kvar");
		assertThat(update.afterFields()).containsEntry("name", "Test Ny");

		this.history.revert(update.id());
		assertThat(this.organisations.load("actor:test-keep").orElseThrow().name()).isEqualTo("Test Kvar");
		assertThatThrownBy(() -> this.history.revert(update.id())).isInstanceOf(RevertRefusedException.class);

		this.organisations.create(new OrganisationForm("actor:test-gone", "Test Borta", null, null, List.of(), 0));
		this.organisations.merge("actor:test-keep", "actor:test-gone");
		Change merge = this.history.ofOrganisation("actor:test-gone", 1).getFirst();
		assertThat(merge.kind()).isEqualTo("organisation-merged");
		assertThatThrownBy(() -> this.history.revert(merge.id())).isInstanceOfSatisfying(RevertRefusedException.class,
				refused -> assertThat(refused.reason()).isEqualTo("merge"));
	}

	@Test
	void a_created_organisation_with_ties_is_not_reverted_away() {
		this.organisations.create(new OrganisationForm("actor:test-a", "Test A", null, null, List.of(), 0));
		Change creation = this.history.ofOrganisation("actor:test-a", 1).getFirst();
		this.ties.create(new TieForm(null, "actor:test-a", "municipality:0125", "krisberedskap", null, null, "explicit",
				"Test", "", "", 0));

		assertThatThrownBy(() -> this.history.revert(creation.id())).isInstanceOfSatisfying(
				RevertRefusedException.class, refused -> assertThat(refused.reason()).isEqualTo("in-use"));
		assertThatThrownBy(() -> this.organisations.create(new OrganisationForm("actor:test-b", "Test B", null, null,
				List.of(), java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2021, 1, 1), 0)))
			.extracting("parameter")
			.isEqualTo("validTo");
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
