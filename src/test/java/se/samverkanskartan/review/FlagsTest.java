package se.samverkanskartan.review;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.editing.History;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.editing.TieForm;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Readers' flags on ties and organisations, and what accepting one does. */
class FlagsTest extends Neo4jIntegrationTest {

	private static final String EKERO = "municipality:0125";

	private static final String SALEM = "municipality:0128";

	@Autowired
	Flags flags;

	@Autowired
	TieEditing ties;

	@Autowired
	History history;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH (f:Flag) DELETE f").run();
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH]->() WHERE r.source = 'Testavtal flagga' DELETE r").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	private String tie() {
		return this.ties.create(new TieForm(null, EKERO, SALEM, "krisberedskap", LocalDate.of(2024, 1, 1), null,
				"explicit", "Testavtal flagga", "", "", 0));
	}

	@Test
	@WithMockUser(username = "lasare", roles = "VIEWER")
	void a_reader_may_flag_but_not_decide() {
		String id = this.flags.flag(EKERO, false, "wrong-party", "Det är fel kommun");

		assertThat(id).isNotBlank();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.flags.accept(id));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.flags.open());
	}

	@Test
	@WithMockUser(username = "redaktor", roles = "EDITOR")
	void a_tie_flagged_as_ended_ends_today_when_accepted_once_with_its_history() {
		String tieId = tie();
		String flagId = this.flags.flag(tieId, true, "ended", "Avtalet gick ut");

		assertThat(this.flags.open()).singleElement().satisfies(flag -> {
			assertThat(flag.summary()).isEqualTo("Ekerö – Salem (Krisberedskap)");
			assertThat(flag.by()).isEqualTo("redaktor");
			assertThat(flag.text()).isEqualTo("Avtalet gick ut");
		});
		assertThat(this.flags.accept(flagId)).isTrue();
		assertThat(this.ties.load(tieId).orElseThrow().until()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Stockholm")));
		assertThat(this.history.ofSubject(tieId, 5).getFirst().kind()).isEqualTo("tie-updated");
		assertThat(this.flags.open()).isEmpty();
		assertThat(this.flags.accept(flagId)).as("twice: nothing happens").isFalse();
	}

	@Test
	@WithMockUser(username = "redaktor", roles = "EDITOR")
	void bad_flags_are_refused_by_field_and_a_flag_on_a_deleted_tie_is_told_so() {
		String tieId = tie();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.flags.flag(tieId, true, "tycker-inte-om", null))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("reason"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.flags.flag(tieId, true, "other", " "))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("text"));

		String flagId = this.flags.flag(tieId, true, "ended", null);
		this.ties.delete(tieId, this.ties.load(tieId).orElseThrow().version());
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.flags.flag(tieId, true, "ended", null))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("subject"));
		assertThatExceptionOfType(ReviewRefusedException.class).isThrownBy(() -> this.flags.accept(flagId))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("tie-gone"));
		assertThat(this.flags.open()).as("still open after the refusal").hasSize(1);
		assertThat(this.flags.reject(flagId)).isTrue();
		assertThat(this.flags.open()).isEmpty();
	}

}
