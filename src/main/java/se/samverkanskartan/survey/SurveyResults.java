package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each round's results: counts and shares of the Ja / Nej / Vet ej questions from the
 * organisations' last submissions, the change since the previous round, and the free-text
 * answers. The 2020 report's tables 1 and 2 are the first round ("Storsthlm 2020"), so
 * the first new round already compares with them. Viewers see no group of fewer than
 * three answers and no organisation's name next to its words; editors see both.
 */
@Service
public class SurveyResults {

	/** The 2020 report as a round. */
	public static final String REPORT_ROUND = "storsthlm-2020";

	/**
	 * The report's questions (by their order in tables 1 and 2) as the interview form's.
	 */
	private static final Map<Long, String> REPORT_QUESTIONS = Map.of(1L, "q1", 2L, "q2", 3L, "q3", 4L, "q4", 5L, "q16",
			6L, "q17");

	private static final String REPORT = """
			MATCH (q:SurveyQuestion)-[:REPORTED_IN]->(s:Source {slug: 'storsthlm-2020'})
			RETURN q.order AS order, q.questionSv AS question, q.yes AS yes, q.no AS no, q.unknown AS unknown,
			       s.shortName AS name, s.published AS published, s.municipalities AS asked
			ORDER BY q.order""";

	private final Neo4jClient neo4j;

	private final SurveyRounds rounds;

	private final SurveySubmissions submissions;

	SurveyResults(Neo4jClient neo4j, SurveyRounds rounds, SurveySubmissions submissions) {
		this.neo4j = neo4j;
		this.rounds = rounds;
		this.submissions = submissions;
	}

	/** The rounds with results, newest first, the 2020 report last. */
	@Transactional(readOnly = true)
	public List<RoundResults> rounds(boolean editor) {
		List<RoundResults> all = new ArrayList<>();
		for (Round round : this.rounds.all()) {
			all.add(results(round, editor));
		}
		report().ifPresent(all::add);
		return List.copyOf(all);
	}

	/** One round's results, or empty for an unknown id. */
	@Transactional(readOnly = true)
	public Optional<RoundResults> of(String roundId, boolean editor) {
		if (REPORT_ROUND.equals(roundId)) {
			return report();
		}
		return this.rounds.find(roundId).map(round -> results(round, editor));
	}

	private RoundResults results(Round round, boolean editor) {
		List<SubmittedAnswer> answers = this.submissions.latest(round.id());
		Map<String, Integer> previous = previousYesShares(round);
		List<RoundResults.Table> tables = new ArrayList<>();
		List<RoundResults.FreeText> freeText = new ArrayList<>();
		for (Question question : round.questionnaire().questions()) {
			if (question.boxes()) {
				tables.add(table(question, answers, previous.get(question.id()), editor));
			}
			else {
				freeText.add(freeText(question.id(), question.text(), answers, editor));
			}
			if (question.followUp() != null) {
				freeText.add(freeText(question.id() + ".followUp", question.followUp(), answers, editor));
			}
		}
		return new RoundResults(round.id(), round.name(), round.opens(), answers.size(), round.organisations().size(),
				previousName(round), tables, freeText);
	}

	private static RoundResults.Table table(Question question, List<SubmittedAnswer> answers, Integer previous,
			boolean editor) {
		Map<String, Integer> counts = new HashMap<>();
		answers.forEach(answer -> counts.merge(answer.values().getOrDefault(question.id(), ""), 1, Integer::sum));
		return table(question.id(), question.text(), counts.getOrDefault("ja", 0), counts.getOrDefault("nej", 0),
				counts.getOrDefault("vet-ej", 0), previous, editor);
	}

	static RoundResults.Table table(String id, String text, int yes, int no, int unknown, Integer previous,
			boolean editor) {
		int total = yes + no + unknown;
		if (!editor && total < RoundResults.SMALLEST_GROUP) {
			return new RoundResults.Table(id, text, null, null, null, null, null, null, previous, true);
		}
		return new RoundResults.Table(id, text, yes, no, unknown, share(yes, total), share(no, total),
				share(unknown, total), previous, false);
	}

	/** Per cent of the answers, rounded half up as the report did (21 of 26 is 81 %). */
	static Integer share(int part, int total) {
		return (total == 0) ? null : (int) Math.round(100.0 * part / total);
	}

	private static RoundResults.FreeText freeText(String id, String text, List<SubmittedAnswer> answers,
			boolean editor) {
		List<RoundResults.Answer> written = answers.stream()
			.filter(answer -> !answer.values().getOrDefault(id, "").isBlank())
			.map(answer -> new RoundResults.Answer(editor ? answer.organisationName() : null,
					answer.values().get(id).strip()))
			.sorted(Comparator.comparing(RoundResults.Answer::text))
			.toList();
		boolean hidden = !editor && written.size() < RoundResults.SMALLEST_GROUP;
		return new RoundResults.FreeText(id, text, hidden ? List.of() : written, hidden);
	}

	/**
	 * The round before this one: the latest that opened earlier, else the 2020 report.
	 */
	private Optional<Round> previousRound(Round round) {
		return this.rounds.all()
			.stream()
			.filter(other -> other.opens().isBefore(round.opens()))
			.max(Comparator.comparing(Round::opens));
	}

	private String previousName(Round round) {
		return previousRound(round).map(Round::name).or(() -> report().map(RoundResults::roundName)).orElse(null);
	}

	private Map<String, Integer> previousYesShares(Round round) {
		Optional<RoundResults> previous = previousRound(round).map(other -> results(other, true)).or(this::report);
		Map<String, Integer> shares = new HashMap<>();
		previous.ifPresent(results -> results.tables()
			.stream()
			.filter(table -> table.yesShare() != null)
			.forEach(table -> shares.put(table.questionId(), table.yesShare())));
		return shares;
	}

	/**
	 * Tables 1 and 2 of the 2020 report, from the survey facts stored with the report.
	 */
	private Optional<RoundResults> report() {
		var rows = List.copyOf(this.neo4j.query(REPORT).fetch().all());
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<RoundResults.Table> tables = rows.stream()
			.map(row -> table(REPORT_QUESTIONS.get((Long) row.get("order")), (String) row.get("question"),
					((Long) row.get("yes")).intValue(), ((Long) row.get("no")).intValue(),
					((Long) row.get("unknown")).intValue(), null, true))
			.toList();
		var first = rows.getFirst();
		int answered = tables.getFirst().yes() + tables.getFirst().no() + tables.getFirst().unknown();
		return Optional
			.of(new RoundResults(REPORT_ROUND, (String) first.get("name"), (LocalDate) first.get("published"), answered,
					((Long) first.get("asked")).intValue(), null, tables, List.of()));
	}

}
