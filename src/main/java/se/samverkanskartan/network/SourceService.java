package se.samverkanskartan.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the data comes from: the source, the survey, and each tie's evidence. */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private final Neo4jClient neo4j;

	SourceService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The report, its method and caveat, and the survey's answers. */
	public Optional<AboutTheData> about() {
		return this.neo4j.query(SourceQueries.ABOUT).fetchAs(AboutTheData.class).mappedBy((types, row) -> {
			Value source = row.get("s");
			List<AboutTheData.SurveyAnswer> answers = row.get("answers")
				.asList(answer -> new AboutTheData.SurveyAnswer(answer.get("order").asInt(),
						answer.get("table").asInt(), answer.get("questionSv").asString(),
						answer.get("questionEn").asString(), answer.get("yes").asInt(), answer.get("no").asInt(),
						answer.get("unknown").asInt(), answer.get("yesPercent").asInt(),
						answer.get("noPercent").asInt(), answer.get("unknownPercent").asInt()));
			return new AboutTheData(source.get("title").asString(), source.get("publisher").asString(),
					source.get("published").asLocalDate(), source.get("interviews").asInt(),
					source.get("studyVisits").asInt(), source.get("municipalities").asInt(),
					source.get("fieldwork").asString(), source.get("methodQuote").asString(),
					source.get("caveatQuote").asString(), answers);
		}).one();
	}

	/**
	 * One tie and its evidence, by the tie's id, or by the database id an address saved
	 * before ties had stable ids named it by.
	 */
	public Optional<TieEvidence> tie(String tieId) {
		return byId(tieId).or(() -> this.neo4j.query(SourceQueries.LEGACY_TIE)
			.bind(tieId)
			.to("id")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString(null))
			.first()
			.flatMap(this::byId));
	}

	private Optional<TieEvidence> byId(String tieId) {
		return this.neo4j.query(SourceQueries.TIE)
			.bindAll(Map.of("id", tieId, "kindLabels", Rows.KIND_LABELS))
			.fetchAs(TieEvidence.class)
			.mappedBy((types, row) -> evidence(row))
			.one();
	}

	/** The evidenced ties of one organisation. */
	public List<TieEvidence> evidenceFor(NodeId id) {
		return List.copyOf(this.neo4j.query(SourceQueries.TIES_OF)
			.bindAll(Map.of("id", id.toString(), "kindLabels", Rows.KIND_LABELS))
			.fetchAs(TieEvidence.class)
			.mappedBy((types, row) -> evidence(row))
			.all());
	}

	/** Every evidenced tie, by section. */
	public List<TieEvidence> allEvidence() {
		return List.copyOf(this.neo4j.query(SourceQueries.ALL)
			.bindAll(Map.of("kindLabels", Rows.KIND_LABELS))
			.fetchAs(TieEvidence.class)
			.mappedBy((types, row) -> evidence(row))
			.all());
	}

	private static TieEvidence evidence(Record row) {
		Topic topic = row.get("slug").isNull() ? null : new Topic(row.get("slug").asString(),
				row.get("nameSv").asString(), row.get("nameEn").asString(), row.get("color").asString("#64748b"));
		return new TieEvidence(row.get("id").asString(), EdgeKind.valueOf(row.get("type").asString()),
				Rows.nodeId(row, "a"), row.get("aname").asString(), Rows.nodeId(row, "b"), row.get("bname").asString(),
				topic, Rows.text(row.get("confidence")), Rows.text(row.get("extent")), Rows.text(row.get("source")),
				Rows.text(row.get("section")), Rows.text(row.get("quote")), Rows.date(row.get("since")),
				Rows.date(row.get("until")));
	}

}
