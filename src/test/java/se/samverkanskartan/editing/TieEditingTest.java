package se.samverkanskartan.editing;

import java.time.LocalDate;

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
class TieEditingTest extends Neo4jIntegrationTest {

	private static final String EKERO = "municipality:0125";

	private static final String SALEM = "municipality:0128";

	@Autowired
	TieEditing editing;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	se.samverkanskartan.network.NetworkService network;

	@Autowired
	History history;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH]->() WHERE r.source STARTS WITH 'Testavtal' DELETE r").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	private static TieForm tie(String topic, LocalDate since, LocalDate until) {
		return new TieForm(null, EKERO, SALEM, topic, since, until, "explicit", "Testavtal 2026", "", "Vi ses", 0);
	}

	@Test
	void a_created_tie_is_recorded_with_who_and_after() {
		String id = this.editing.create(tie("krisberedskap", LocalDate.of(2026, 1, 1), null));

		TieForm created = this.editing.load(id).orElseThrow();
		assertThat(created.version()).isEqualTo(1);
		assertThat(created.since()).isEqualTo(LocalDate.of(2026, 1, 1));
		Change change = this.history.ofSubject(id, 10).getFirst();
		assertThat(change.kind()).isEqualTo("tie-created");
		assertThat(change.by()).isEqualTo("redaktor");
		assertThat(change.summary()).isEqualTo("Ekerö – Salem (Krisberedskap)");
		assertThat(change.before(TieForm.class)).isNull();
		assertThat(change.after(TieForm.class)).isEqualTo(created);
		assertThat(change.organisations()).containsExactly(EKERO, SALEM);
	}

	@Test
	void bad_values_are_refused_naming_the_field_and_nothing_is_written() {
		assertThatThrownBy(() -> this.editing
			.create(new TieForm(null, EKERO, EKERO, "krisberedskap", null, null, "explicit", "Testavtal", "", "", 0)))
			.extracting("parameter")
			.isEqualTo("toId");
		assertThatThrownBy(
				() -> this.editing.create(tie("krisberedskap", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1))))
			.extracting("parameter")
			.isEqualTo("until");
		assertThatThrownBy(() -> this.editing.create(tie("cykling", null, null))).extracting("parameter")
			.isEqualTo("topic");
		assertThatThrownBy(() -> this.editing
			.create(new TieForm(null, EKERO, SALEM, "krisberedskap", null, null, "explicit", " ", "", "", 0)))
			.extracting("parameter")
			.isEqualTo("source");
		this.editing.create(tie("krisberedskap", null, null));
		assertThatThrownBy(() -> this.editing.create(tie("krisberedskap", null, null))).extracting("parameter")
			.isEqualTo("topic");
		assertThat(this.history.recent(10)).hasSize(1);
	}

	@Test
	void the_second_of_two_writers_gets_the_other_change_and_nothing_is_lost() {
		String id = this.editing.create(tie("krisberedskap", null, null));
		TieForm read = this.editing.load(id).orElseThrow();

		this.editing.update(new TieForm(id, EKERO, SALEM, "krisberedskap", null, null, "explicit", "Testavtal A", "",
				"", read.version()));

		assertThatThrownBy(() -> this.editing.update(new TieForm(id, EKERO, SALEM, "krisberedskap", null, null,
				"explicit", "Testavtal B", "", "", read.version())))
			.isInstanceOfSatisfying(ConcurrentChangeException.class,
					conflict -> assertThat(conflict.current().source()).isEqualTo("Testavtal A"));
		assertThat(this.editing.load(id).orElseThrow().source()).isEqualTo("Testavtal A");
	}

	@Test
	void changes_can_be_reverted_unless_a_later_change_is_in_the_way() {
		String id = this.editing.create(tie("krisberedskap", null, null));
		long version = this.editing.load(id).orElseThrow().version();
		this.editing.update(
				new TieForm(id, EKERO, SALEM, "krisberedskap", null, null, "inferred", "Testavtal 2", "", "", version));
		Change update = this.history.ofSubject(id, 10).getFirst();
		assertThat(update.kind()).isEqualTo("tie-updated");
		assertThat(update.before(TieForm.class).source()).isEqualTo("Testavtal 2026");
		assertThat(update.after(TieForm.class).source()).isEqualTo("Testavtal 2");

		Change creation = this.history.ofSubject(id, 10).getLast();
		assertThatThrownBy(() -> this.history.revert(creation.id())).isInstanceOfSatisfying(
				RevertRefusedException.class, refused -> assertThat(refused.reason()).isEqualTo("changed-later"));

		this.history.revert(update.id());
		assertThat(this.editing.load(id).orElseThrow().source()).isEqualTo("Testavtal 2026");
		Change revert = this.history.ofSubject(id, 10).getFirst();
		assertThat(revert.kind()).isEqualTo("revert");
		assertThat(revert.before(TieForm.class).source()).isEqualTo("Testavtal 2");
		assertThat(revert.revertible()).isFalse();

		TieForm now = this.editing.load(id).orElseThrow();
		this.editing.delete(id, now.version());
		assertThat(this.editing.load(id)).isEmpty();
		Change deletion = this.history.ofSubject(id, 10).getFirst();
		assertThat(deletion.kind()).isEqualTo("tie-deleted");
		this.history.revert(deletion.id());
		assertThat(this.neo4j.query("""
				MATCH (:Municipality {code: '0125'})-[r:COOPERATES_WITH {topic: 'krisberedskap',
				      source: 'Testavtal 2026'}]->(:Municipality {code: '0128'})
				RETURN count(r) AS n""").fetchAs(Long.class).one()).contains(1L);
		assertThat(this.history.ofOrganisation(SALEM, 10)).extracting(Change::kind)
			.containsExactly("revert", "tie-deleted", "revert", "tie-updated", "tie-created");
	}

	@Test
	void a_memberships_period_is_edited_and_the_network_as_of_a_day_follows_it() {
		String membership = this.neo4j
			.query("MATCH (:Municipality {code: '0125'})-[r:MEMBER_OF]->(:Forum) RETURN r.id AS id LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		TieForm read = this.editing.load(membership).orElseThrow();
		assertThat(read.topic()).isNull();
		try {
			this.editing.update(new TieForm(membership, read.fromId(), read.toId(), "ignored", LocalDate.of(2019, 1, 1),
					LocalDate.of(2021, 12, 31), read.confidence(), "Testavtal medlemskap", "", "", read.version()));
			TieForm changed = this.editing.load(membership).orElseThrow();
			assertThat(changed.topic()).isNull();
			assertThat(changed.until()).isEqualTo(LocalDate.of(2021, 12, 31));
			var all = se.samverkanskartan.network.GraphFilter.EVERYTHING;
			assertThat(this.network.graph(all.on(LocalDate.of(2020, 6, 1))).edges())
				.anyMatch(edge -> edge.id().equals(membership));
			assertThat(this.network.graph(all.on(LocalDate.of(2022, 6, 1))).edges())
				.noneMatch(edge -> edge.id().equals(membership));
			assertThatThrownBy(() -> this.editing.update(new TieForm(membership, read.fromId(), read.toId(), null,
					LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1), null, "Testavtal", "", "", changed.version())))
				.extracting("parameter")
				.isEqualTo("until");
		}
		finally {
			Change change = this.history.ofSubject(membership, 1).getFirst();
			this.history.revert(change.id());
		}
		TieForm restored = this.editing.load(membership).orElseThrow();
		assertThat(restored.since()).isEqualTo(read.since());
		assertThat(restored.until()).isEqualTo(read.until());
		assertThat(restored.source()).isEqualTo(read.source());
	}

	@Test
	void the_network_as_of_a_day_has_only_the_ties_that_held_then() {
		String id = this.editing.create(tie("krisberedskap", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		var all = se.samverkanskartan.network.GraphFilter.EVERYTHING;

		assertThat(this.network.graph(all).edges()).anyMatch(edge -> edge.id().equals(id));
		assertThat(this.network.graph(all.on(LocalDate.of(2025, 6, 1))).edges())
			.noneMatch(edge -> edge.id().equals(id));
		assertThat(this.network.graph(all.on(LocalDate.of(2026, 6, 1))).edges()).anyMatch(edge -> edge.id().equals(id));
		assertThat(this.network.graph(all.on(LocalDate.of(2027, 1, 1))).edges())
			.noneMatch(edge -> edge.id().equals(id));
	}

	@Test
	void a_saved_tie_is_in_the_next_read_of_the_graph_though_the_graph_was_read_before() {
		var all = se.samverkanskartan.network.GraphFilter.EVERYTHING;
		int before = this.network.graph(all).edges().size();

		String id = this.editing.create(tie("krisberedskap", null, null));

		assertThat(this.network.graph(all).edges()).hasSize(before + 1).anyMatch(edge -> edge.id().equals(id));
	}

}
