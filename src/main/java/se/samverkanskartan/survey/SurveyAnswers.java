package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.Topic;

/**
 * The answers behind a personal link: read (pre-filled by {@link CarryForward} until the
 * first save), saved as a draft (check-and-set on the version, so that two respondents
 * saving at once lose nothing), and submitted. Every call takes the
 * {@link RespondentAccess} its link opened, so a link reaches its own organisation's
 * answers in its own round only; each submission is kept.
 */
@Service
public class SurveyAnswers {

	static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private static final String READ = """
			MATCH (:SurveyRound {id: $round})<-[:IN_ROUND]-(a:SurveyAnswer)-[:FOR]->(:Organisation {id: $organisation})
			RETURN a.values AS values, a.partners AS partners, a.version AS version, a.submitted AS submitted""";

	/**
	 * Creates the answers on the first save and takes their write lock: the statement
	 * after it reads the last committed version (see editing's VersionLock). The round's
	 * lock too, so that the first answer and a change of wording do not cross.
	 */
	private static final String LOCK = """
			MATCH (r:SurveyRound {id: $round}), (o:Organisation {id: $organisation})
			MERGE (a:SurveyAnswer {key: $round + '|' + $organisation})
			ON CREATE SET a.version = 0
			MERGE (a)-[:IN_ROUND]->(r)
			MERGE (a)-[:FOR]->(o)
			SET a._lock = true, r._lock = true REMOVE a._lock, r._lock""";

	private static final String SAVE = """
			MATCH (a:SurveyAnswer {key: $round + '|' + $organisation}) WHERE a.version = $version
			SET a.values = $values, a.partners = $partners, a.version = $version + 1, a.updated = datetime(),
			    a.updatedBy = $respondent
			RETURN a.version AS version""";

	private static final String SUBMIT = """
			MATCH (a:SurveyAnswer {key: $round + '|' + $organisation})
			WHERE a.version = $version
			SET a.submitted = datetime()
			CREATE (a)-[:SUBMITTED]->(:Submission {id: randomUUID(), at: a.submitted, values: a.values, partners: a.partners,
			                                     by: $respondent})
			RETURN a.submitted AS submitted""";

	private static final String EXISTING = """
			MATCH (o:Organisation) WHERE o.id IN $ids RETURN o.id AS id""";

	private final Neo4jClient neo4j;

	private final SurveyRounds rounds;

	private final NetworkService network;

	private final CarryForward carryForward;

	SurveyAnswers(Neo4jClient neo4j, SurveyRounds rounds, NetworkService network, CarryForward carryForward) {
		this.neo4j = neo4j;
		this.rounds = rounds;
		this.network = network;
		this.carryForward = carryForward;
	}

	/** The saved answers, or a form pre-filled from the map or an earlier round. */
	@Transactional(readOnly = true)
	public FormAnswers read(RespondentAccess access) {
		return this.neo4j.query(READ)
			.bindAll(Map.of("round", access.roundId(), "organisation", access.organisationId()))
			.fetchAs(FormAnswers.class)
			.mappedBy((types, row) -> new FormAnswers(AnswerJson.values(text(row.get("values"))),
					AnswerJson.partners(text(row.get("partners"))), row.get("version").asLong(),
					row.get("submitted").isNull() ? null : row.get("submitted").asZonedDateTime(), null))
			.one()
			.orElseGet(() -> this.carryForward.prefill(access, LocalDate.now(ZONE)));
	}

	/**
	 * Saves the values and partners as the organisation's draft, when nobody saved since
	 * {@code version}; the problems are named by field.
	 * @return the new version
	 */
	@Transactional
	public long save(RespondentAccess access, Map<String, String> values, List<PartnerAnswer> partners, long version) {
		AnswerRules rules = rules(access);
		Map<String, String> checkedValues = rules.values(values);
		rules.partners(partners, existing(partners), access.organisationId());
		this.neo4j.query(LOCK)
			.bindAll(Map.of("round", access.roundId(), "organisation", access.organisationId()))
			.run();
		return this.neo4j.query(SAVE)
			.bindAll(Map.of("round", access.roundId(), "organisation", access.organisationId(), "version", version,
					"values", AnswerJson.write(checkedValues), "partners", AnswerJson.write(partners), "respondent",
					access.respondentId()))
			.fetchAs(Long.class)
			.one()
			.orElseThrow(() -> new InvalidParameterException("version",
					"Someone else of your organisation saved in between: their answers are shown, yours were not saved"));
	}

	/** Submits the saved version; every submission is kept. */
	@Transactional
	public ZonedDateTime submit(RespondentAccess access, long version) {
		return this.neo4j.query(SUBMIT)
			.bindAll(Map.of("round", access.roundId(), "organisation", access.organisationId(), "version", version,
					"respondent", access.respondentId()))
			.fetchAs(ZonedDateTime.class)
			.mappedBy((types, row) -> row.get("submitted").asZonedDateTime())
			.one()
			.orElseThrow(() -> new InvalidParameterException("version",
					"Save first: the answers changed or were never saved"));
	}

	private static String text(org.neo4j.driver.Value value) {
		return value.isNull() ? null : value.asString();
	}

	private AnswerRules rules(RespondentAccess access) {
		Round round = this.rounds.find(access.roundId())
			.orElseThrow(() -> new InvalidParameterException("round", "No round " + access.roundId()));
		return new AnswerRules(round.questionnaire(), this.network.topics().stream().map(Topic::slug).toList(),
				Year.now(ZONE));
	}

	private Set<String> existing(List<PartnerAnswer> partners) {
		List<String> ids = partners.stream().map(PartnerAnswer::partnerId).filter(Objects::nonNull).toList();
		return ids.isEmpty() ? Set.of()
				: new HashSet<>(this.neo4j.query(EXISTING).bindAll(Map.of("ids", ids)).fetchAs(String.class).all());
	}

}
