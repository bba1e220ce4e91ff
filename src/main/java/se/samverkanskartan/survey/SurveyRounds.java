package se.samverkanskartan.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * Creates and reads survey rounds: the round with its questionnaire (as JSON) and an
 * {@code ASKS} relationship to each organisation asked.
 */
@Service
public class SurveyRounds {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CREATE = """
			CREATE (r:SurveyRound {id: $id, name: $name, opens: $opens, closes: $closes, introduction: $introduction,
			                       questionnaire: $questionnaire, created: datetime()})
			WITH r
			UNWIND $organisations AS organisation
			MATCH (o:Organisation {id: organisation})
			CREATE (r)-[:ASKS]->(o)
			RETURN count(*) AS asked""";

	private static final String ROUND = """
			RETURN r.id AS id, r.name AS name, r.opens AS opens, r.closes AS closes, r.introduction AS introduction,
			       r.questionnaire AS questionnaire,
			       [(r)-[:ASKS]->(o) | {id: o.id, name: o.name}] AS organisations""";

	private static final String FIND = "MATCH (r:SurveyRound {id: $id})\n" + ROUND;

	/** Every round in one query, the latest first. */
	private static final String ALL = "MATCH (r:SurveyRound)\nWITH r ORDER BY r.opens DESC, r.created DESC, r.name\n"
			+ ROUND;

	/** A round from the columns of {@link #ROUND}. */
	private static final BiFunction<TypeSystem, Record, Round> ROW = (types, row) -> new Round(row.get("id").asString(),
			row.get("name").asString(), row.get("opens").asLocalDate(), row.get("closes").asLocalDate(),
			row.get("introduction").asString(),
			JSON.readValue(row.get("questionnaire").asString(), Questionnaire.class),
			row.get("organisations")
				.asList(value -> new Round.Asked(value.get("id").asString(), value.get("name").asString()))
				.stream()
				.sorted(java.util.Comparator.comparing(Round.Asked::name))
				.toList());

	private static final String KNOWN = """
			UNWIND $organisations AS organisation
			OPTIONAL MATCH (o:Organisation {id: organisation})
			WITH organisation, o WHERE o IS NULL
			RETURN organisation""";

	private final Neo4jClient neo4j;

	SurveyRounds(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Creates a round; every problem of the draft is named by its field.
	 * @return the new round's id
	 */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public String create(RoundDraft draft) {
		List<String> problems = new ArrayList<>();
		String name = (draft.name() == null) ? "" : draft.name().strip();
		if (name.isEmpty() || name.length() > RoundDraft.NAME_MAX) {
			problems.add("name: 1 to " + RoundDraft.NAME_MAX + " characters");
		}
		if (draft.opens() == null || draft.closes() == null) {
			problems.add("opens/closes: both dates are needed");
		}
		else if (draft.closes().isBefore(draft.opens())) {
			problems.add("closes: " + draft.closes() + " is before opens " + draft.opens());
		}
		String introduction = (draft.introduction() == null) ? "" : draft.introduction().strip();
		if (introduction.length() > RoundDraft.INTRODUCTION_MAX) {
			problems.add("introduction: at most " + RoundDraft.INTRODUCTION_MAX + " characters");
		}
		List<String> organisations = (draft.organisations() == null) ? List.of()
				: draft.organisations().stream().distinct().toList();
		if (organisations.isEmpty()) {
			problems.add("organisations: at least one");
		}
		else {
			List<String> unknown = unknown(organisations);
			if (!unknown.isEmpty()) {
				problems.add("organisations: unknown " + String.join(", ", unknown));
			}
		}
		Questionnaire questionnaire = (draft.questionnaire() == null) ? InterviewForm.questionnaire()
				: draft.questionnaire();
		if (questionnaire.questions().isEmpty()) {
			problems.add("questionnaire: at least one question");
		}
		if (!problems.isEmpty()) {
			throw new InvalidParameterException(problems.getFirst().substring(0, problems.getFirst().indexOf(':')),
					String.join("; ", problems));
		}
		String id = UUID.randomUUID().toString();
		this.neo4j.query(CREATE)
			.bindAll(Map.of("id", id, "name", name, "opens", draft.opens(), "closes", draft.closes(), "introduction",
					introduction, "questionnaire", JSON.writeValueAsString(questionnaire), "organisations",
					organisations))
			.run();
		return id;
	}

	private List<String> unknown(List<String> organisations) {
		return List.copyOf(this.neo4j.query(KNOWN)
			.bind(organisations)
			.to("organisations")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("organisation").asString())
			.all());
	}

	@Transactional(readOnly = true)
	public Optional<Round> find(String id) {
		return this.neo4j.query(FIND).bind(String.valueOf(id)).to("id").fetchAs(Round.class).mappedBy(ROW).one();
	}

	@Transactional(readOnly = true)
	public List<Round> all() {
		return List.copyOf(this.neo4j.query(ALL).fetchAs(Round.class).mappedBy(ROW).all());
	}

}
