package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Changing a round's questions before and after the first answer. */
@WithMockUser(roles = "EDITOR")
class QuestionnaireChangesTest extends Neo4jIntegrationTest {

	@Autowired
	SurveyRounds rounds;

	@Autowired
	QuestionnaireChanges changes;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	Neo4jClient neo4j;

	private String round;

	@BeforeEach
	void round() {
		this.round = this.rounds.create(new RoundDraft("Kartläggning 2027", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 3, 31), "", List.of("municipality:0136"), null));
	}

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	private Questionnaire stored() {
		return this.rounds.find(this.round).orElseThrow().questionnaire();
	}

	/**
	 * The stored form with one question replaced (or removed, for null) and one added to
	 * the last part.
	 */
	private Questionnaire edited(String id, Question replacement, Question added) {
		List<Questionnaire.Part> parts = new ArrayList<>();
		List<Questionnaire.Part> before = stored().parts();
		for (int i = 0; i < before.size(); i++) {
			List<Question> questions = new ArrayList<>();
			for (Question question : before.get(i).questions()) {
				if (!question.id().equals(id)) {
					questions.add(question);
				}
				else if (replacement != null) {
					questions.add(replacement);
				}
			}
			if (i == before.size() - 1 && added != null) {
				questions.addFirst(added);
			}
			parts.add(new Questionnaire.Part(before.get(i).title(), questions));
		}
		return new Questionnaire(parts);
	}

	@Test
	void before_any_answer_questions_can_be_reworded_removed_and_added() {
		this.changes.change(this.round,
				edited("q2", new Question("q2", "Nämns trygghet i översiktsplanen?", true, null), null));
		this.changes.change(this.round, edited("q6", null, new Question("n1", "Har ni ett trygghetsråd?", true, null)));

		Questionnaire now = stored();
		assertThat(now.questions()).extracting(Question::id).contains("q2", "n1").doesNotContain("q6");
		assertThat(now.questions()).filteredOn(question -> question.id().equals("q2"))
			.singleElement()
			.extracting(Question::text)
			.isEqualTo("Nämns trygghet i översiktsplanen?");
		assertThat(now.parts().getLast().questions().getFirst().id()).isEqualTo("n1");
	}

	@Test
	void after_the_first_answer_the_wording_is_frozen_but_questions_can_be_added() {
		RespondentAccess access = this.links
			.open(this.links.invite(this.round, "municipality:0136", "Anna", "anna@haninge.se", "").token(),
					LocalDate.of(2027, 3, 2))
			.orElseThrow();
		this.answers.save(access, Map.of("q2", "ja"), List.of(), 0);
		assertThat(this.changes.answered(this.round)).isTrue();

		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.changes.change(this.round,
					edited("q2", new Question("q2", "Nämns trygghet i översiktsplanen?", true, null), null)))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("question.q2.text"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.changes.change(this.round, edited("q6", null, null)))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("question.q6"));
		this.changes.change(this.round,
				edited("q6", stored().questions().get(5), new Question("n1", "Har ni ett trygghetsråd?", true, null)));

		assertThat(stored().questions()).extracting(Question::id).contains("n1", "q2", "q6");
		assertThat(stored().questions()).filteredOn(question -> question.id().equals("q2"))
			.singleElement()
			.extracting(Question::text)
			.isEqualTo("Beskrivs trygghetsfrågor i er kommuns översiktsplan?");
	}

	@Test
	void bad_questions_are_named_by_their_field() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.changes.change(this.round, edited("q3", new Question("q3", " ", true, null), null)))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("question.q3.text"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.changes.change(this.round,
					edited("q3", new Question("q3", "Fråga", false, "x".repeat(1001)), null)))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("question.q3.followUp"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.changes.change(this.round, new Questionnaire(List.of())))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("questionnaire"));
		assertThat(stored()).isEqualTo(InterviewForm.questionnaire());
	}

}
