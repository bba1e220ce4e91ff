package se.samverkanskartan.editing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.NetworkChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tie keeps one id from creation on, and no other tie ever gets it. */
@WithMockUser(username = "redaktor", roles = "EDITOR")
class TieIdentityTest extends Neo4jIntegrationTest {

	@Autowired
	TieEditing editing;

	@Autowired
	History history;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH]->() WHERE r.source STARTS WITH 'Testavtal' DELETE r").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	private static TieForm tie(String from, String to) {
		return new TieForm(null, from, to, "krisberedskap", null, null, "explicit", "Testavtal 2026", "", "", 0);
	}

	@Test
	void a_deleted_ties_id_is_never_given_to_a_later_tie_and_its_history_stays_its_own() {
		String first = this.editing.create(tie("municipality:0125", "municipality:0115"));
		this.editing.delete(first, this.editing.load(first).orElseThrow().version());
		Change firstCreated = this.history.ofSubject(first, 10).getLast();

		String second = this.editing.create(tie("municipality:0180", "municipality:0182"));

		assertThat(second).isNotEqualTo(first);
		assertThat(this.history.ofSubject(second, 10)).extracting(Change::kind).containsExactly("tie-created");
		assertThatThrownBy(() -> this.history.revert(firstCreated.id())).isInstanceOfSatisfying(
				RevertRefusedException.class, refused -> assertThat(refused.reason()).isEqualTo("deleted-later"));
		assertThat(this.editing.load(second)).isPresent();
	}

	@Test
	void a_tie_brought_back_by_a_revert_keeps_its_id_every_property_and_its_history() {
		String id = this.editing.create(tie("municipality:0125", "municipality:0115"));
		this.neo4j
			.query("MATCH ()-[r:COOPERATES_WITH {topic: 'krisberedskap', source: 'Testavtal 2026'}]->() "
					+ "SET r.rule = 'test rule', r.weight = 2.5")
			.run();
		this.editing.delete(id, this.editing.load(id).orElseThrow().version());
		Change deletion = this.history.ofSubject(id, 10).getFirst();

		this.history.revert(deletion.id());

		assertThat(this.editing.load(id)).isPresent();
		assertThat(this.neo4j.query("""
				MATCH ()-[r:COOPERATES_WITH {topic: 'krisberedskap', source: 'Testavtal 2026'}]->()
				RETURN r.rule + ' ' + toString(r.weight) AS rest""").fetchAs(String.class).one())
			.contains("test rule 2.5");
		assertThat(this.history.ofSubject(id, 10)).extracting(Change::kind)
			.containsExactly("revert", "tie-deleted", "tie-created");
	}

	@Test
	void a_change_names_its_author_when_another_app_in_the_jvm_holds_the_static_login_holder() {
		var ours = SecurityContextHolder.getContextHolderStrategy();
		SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_THREADLOCAL);
		try {
			String id = this.editing.create(tie("municipality:0125", "municipality:0115"));

			assertThat(this.history.ofSubject(id, 10)).extracting(Change::by).containsExactly("redaktor");
		}
		finally {
			SecurityContextHolder.setContextHolderStrategy(ours);
		}
	}

	@Test
	void a_tie_is_never_identified_by_the_databases_internal_id() {
		String id = this.editing.create(tie("municipality:0125", "municipality:0115"));

		String elementId = this.neo4j
			.query("MATCH ()-[r:COOPERATES_WITH {source: 'Testavtal 2026'}]->() RETURN elementId(r) AS id")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		assertThat(id).isNotEqualTo(elementId);
		assertThat(this.neo4j.query("MATCH ()-[r:COOPERATES_WITH {source: 'Testavtal 2026'}]->() RETURN r.id AS id")
			.fetchAs(String.class)
			.one()).contains(id);
	}

}
