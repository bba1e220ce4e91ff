package se.samverkanskartan.editing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.NetworkChanged;
import se.samverkanskartan.network.NodeId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two transactions save the same version at the same moment: the second waits for the
 * first's lock and must then see that the version moved on, every time.
 */
@WithMockUser(username = "redaktor", roles = "EDITOR")
class ConcurrentSaveTest extends Neo4jIntegrationTest {

	private static final int ROUNDS = 10;

	@Autowired
	Driver driver;

	@Autowired
	TieEditing ties;

	@Autowired
	OrganisationEditing organisations;

	@Autowired
	TopicEditing topics;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH]->() WHERE r.source STARTS WITH 'Testavtal' DELETE r").run();
		this.neo4j.query("MATCH (o:Actor {slug: 'kapplopning'}) DETACH DELETE o").run();
		this.neo4j.query("MATCH (t:Topic {slug: 'kapplopning'}) DETACH DELETE t").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void two_saves_of_one_tie_version_never_both_succeed() {
		String id = this.ties.create(new TieForm(null, "municipality:0125", "municipality:0128", "krisberedskap", null,
				null, "explicit", "Testavtal 2026", "", "", 0));
		for (int round = 0; round < ROUNDS; round++) {
			long version = this.ties.load(id).orElseThrow().version();
			var first = TieEditing.parameters(form(id, "Testavtal A" + round, version));
			var second = TieEditing.parameters(form(id, "Testavtal B" + round, version));

			assertThat(race(TieQueries.LOCK, TieQueries.UPDATE, first, second)).as("round " + round)
				.containsExactly(1, 0);
			assertThat(this.ties.load(id).orElseThrow().source()).isEqualTo("Testavtal A" + round);
			assertThat(this.ties.load(id).orElseThrow().version()).isEqualTo(version + 1);
		}
	}

	@Test
	void two_saves_of_one_organisation_version_never_both_succeed() {
		this.organisations
			.create(new OrganisationForm("actor:kapplopning", "Kapplöpning", "other", null, List.of(), null, null, 0));
		NodeId node = NodeId.parse("actor:kapplopning");
		for (int round = 0; round < ROUNDS; round++) {
			long version = this.organisations.load("actor:kapplopning").orElseThrow().version();
			var first = OrganisationEditing.parameters(node, new OrganisationForm("actor:kapplopning",
					"Kapplöpning A" + round, "other", null, List.of(), null, null, version));
			var second = OrganisationEditing.parameters(node, new OrganisationForm("actor:kapplopning",
					"Kapplöpning B" + round, "other", null, List.of(), null, null, version));

			assertThat(race(OrganisationEditing.LOCK, OrganisationEditing.UPDATE, first, second)).as("round " + round)
				.containsExactly(1, 0);
			assertThat(this.organisations.load("actor:kapplopning").orElseThrow().name())
				.isEqualTo("Kapplöpning A" + round);
		}
	}

	@Test
	void two_saves_of_one_topic_version_never_both_succeed() {
		this.topics.create(new TopicForm("kapplopning", "Kapplöpning", "Race", "#123456", 0));
		for (int round = 0; round < ROUNDS; round++) {
			long version = this.topics.load("kapplopning").orElseThrow().version();
			var first = TopicEditing
				.parameters(new TopicForm("kapplopning", "Kapplöpning A" + round, "Race", "#123456", version));
			var second = TopicEditing
				.parameters(new TopicForm("kapplopning", "Kapplöpning B" + round, "Race", "#123456", version));

			assertThat(race(TopicEditing.LOCK, TopicEditing.UPDATE, first, second)).as("round " + round)
				.containsExactly(1, 0);
			assertThat(this.topics.load("kapplopning").orElseThrow().nameSv()).isEqualTo("Kapplöpning A" + round);
		}
	}

	private static TieForm form(String id, String source, long version) {
		return new TieForm(id, "municipality:0125", "municipality:0128", "krisberedskap", null, null, "explicit",
				source, "", "", version);
	}

	/**
	 * Each transaction locks, then saves, as the services do. The first holds its lock
	 * until the second is seen waiting for it; then the first commits. Returns how many
	 * rows each save answered.
	 */
	private List<Integer> race(String lock, String save, Map<String, Object> first, Map<String, Object> second) {
		try (var one = this.driver.session(); var two = this.driver.session()) {
			Transaction firstTx = one.beginTransaction();
			firstTx.run(lock, first).consume();
			int firstRows = firstTx.run(save, first).list().size();
			CompletableFuture<Integer> secondRows = CompletableFuture.supplyAsync(() -> {
				try (Transaction secondTx = two.beginTransaction()) {
					secondTx.run(lock, second).consume();
					List<Record> rows = secondTx.run(save, second).list();
					secondTx.commit();
					return rows.size();
				}
			});
			awaitBlockedTransaction();
			firstTx.commit();
			firstTx.close();
			return List.of(firstRows, secondRows.join());
		}
	}

	private void awaitBlockedTransaction() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		try (var session = this.driver.session()) {
			while (Instant.now().isBefore(deadline)) {
				boolean blocked = session
					.run("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' "
							+ "RETURN count(*) AS blocked")
					.single()
					.get("blocked")
					.asLong() > 0;
				if (blocked) {
					return;
				}
				Thread.onSpinWait();
			}
		}
		throw new AssertionError("The second save never waited for the first one's lock");
	}

}
