package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.editing.Change;
import se.samverkanskartan.editing.ConcurrentChangeException;
import se.samverkanskartan.editing.History;
import se.samverkanskartan.editing.OrganisationEditing;
import se.samverkanskartan.editing.OrganisationForm;
import se.samverkanskartan.editing.RevertRefusedException;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.editing.TieForm;
import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of edits, deletions and reverts (seeded, so a failure repeats; set
 * -Dintegrity.seed to try another), after which ids stay unique and every tie's history
 * ends in what it is, and backup, scrambling and restore give back the same database.
 */
@WithMockUser(username = "admin", roles = { "ADMIN", "EDITOR" })
class IntegrityPropertyTest extends Neo4jIntegrationTest {

	private static final Locale SV = TranslationProvider.SWEDISH;

	private static final int STEPS = 30;

	private static final List<String> TOPICS = List.of("unga", "krisberedskap", "valdsbejakande-extremism",
			"samverkansbilar");

	@Autowired
	DatabaseDump dump;

	@Autowired
	TieEditing ties;

	@Autowired
	OrganisationEditing organisations;

	@Autowired
	History history;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	private byte[] original;

	private final List<String> members = new ArrayList<>(
			List.of("municipality:0125", "municipality:0128", "municipality:0180", "municipality:0115"));

	private final List<String> created = new ArrayList<>();

	@BeforeEach
	void keepTheDatabase() {
		this.original = this.dump.dump();
	}

	@AfterEach
	void putTheDatabaseBack() {
		assertThat(this.dump.restore("original.json", this.original, SV).applied()).isTrue();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void random_edits_keep_ids_unique_histories_whole_and_a_restore_exact(long fixedSeed) {
		long seed = Long.getLong("integrity.seed", fixedSeed);
		var random = new Random(seed);
		for (int step = 0; step < STEPS; step++) {
			act(random, step);
		}

		assertThat(duplicateOrMissingTieIds()).as("seed %d", seed).isZero();
		assertThat(organisationsWithoutTheirId()).as("seed %d", seed).isZero();
		for (String id : this.created) {
			List<Change> changes = this.history.ofSubject(id, 100);
			TieForm now = this.ties.load(id).orElse(null);
			TieForm last = changes.getFirst().after(TieForm.class);
			assertThat(last).as("seed %d: last change of %s", seed, id).isEqualTo(now);
		}

		byte[] backup = this.dump.dump();
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH]->() WITH r LIMIT 10 DELETE r").run();
		this.neo4j.query("MATCH (c:Change) WITH c LIMIT 3 DELETE c").run();
		assertThat(this.dump.restore("backup.json", backup, SV).problems()).as("seed %d", seed).isEmpty();
		assertThat(withoutDate(this.dump.dump())).as("seed %d", seed).isEqualTo(withoutDate(backup));
	}

	private void act(Random random, int step) {
		try {
			switch (random.nextInt(6)) {
				case 0 -> {
					String id = "actor:prov-" + step;
					this.organisations
						.create(new OrganisationForm(id, "Prov " + step, "other", null, List.of(), null, null, 0));
					this.members.add(id);
				}
				case 1, 2 -> this.created
					.add(this.ties.create(new TieForm(null, pick(random, this.members), pick(random, this.members),
							pick(random, TOPICS), null, null, "explicit", "Prov " + step, "", "", 0)));
				case 3 -> {
					if (!this.created.isEmpty()) {
						TieForm tie = this.ties.load(pick(random, this.created)).orElseThrow();
						this.ties.update(new TieForm(tie.id(), tie.fromId(), tie.toId(), pick(random, TOPICS),
								tie.since(), tie.until(), "inferred", "Prov " + step, "", "", tie.version()));
					}
				}
				case 4 -> {
					if (!this.created.isEmpty()) {
						String id = pick(random, this.created);
						this.ties.delete(id, this.ties.load(id).orElseThrow().version());
					}
				}
				default -> {
					List<Change> changes = this.history.recent(20).stream().filter(Change::revertible).toList();
					if (!changes.isEmpty()) {
						this.history.revert(pick(random, changes).id());
					}
				}
			}
		}
		catch (InvalidParameterException | RevertRefusedException | ConcurrentChangeException
				| java.util.NoSuchElementException refused) {
			// A refused step (a duplicate, a deleted tie, a later change in the way)
			// changes nothing
		}
	}

	private static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	private long duplicateOrMissingTieIds() {
		return this.neo4j.query("""
				MATCH ()-[r:COOPERATES_WITH|MEMBER_OF|PART_OF|CONVENES|COVERS|BORDERS]->()
				WITH r.id AS id, count(*) AS n
				RETURN count(CASE WHEN id IS NULL OR n > 1 THEN 1 END) AS bad""")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private long organisationsWithoutTheirId() {
		return this.neo4j.query("""
				MATCH (o:Organisation)
				WHERE o.id IS NULL OR NOT o.id IN ['municipality:' + o.code, 'city-district:' + o.slug,
				                                   'actor:' + o.slug, 'forum:' + o.slug]
				RETURN count(o)""").fetchAs(Long.class).one().orElseThrow();
	}

	private static JsonNode withoutDate(byte[] json) {
		ObjectNode root = (ObjectNode) DumpWriter.JSON.readTree(json);
		root.remove("exportedAt");
		return root;
	}

}
