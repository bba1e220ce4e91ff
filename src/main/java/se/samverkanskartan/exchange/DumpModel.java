package se.samverkanskartan.exchange;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the dump may say, by the app's model: the type of each known property of each
 * label and relationship type, which labels a relationship may join, and the values an
 * enumeration allows. Properties the model does not name are kept as they are.
 */
final class DumpModel {

	/** A property's expected type, with the word a message names it by. */
	enum Kind {

		TEXT("text"), WHOLE_NUMBER("integer"), NUMBER("number"), DATE("date"), DATE_TIME("datetime"), FLAG("boolean"),
		TEXTS("text-list");

		final String word;

		Kind(String word) {
			this.word = word;
		}

		boolean accepts(Object value) {
			return switch (this) {
				case TEXT -> value instanceof String;
				case WHOLE_NUMBER -> value instanceof Long;
				case NUMBER -> value instanceof Long || value instanceof Double;
				case DATE -> value instanceof LocalDate;
				case DATE_TIME -> value instanceof ZonedDateTime;
				case FLAG -> value instanceof Boolean;
				case TEXTS -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
			};
		}

	}

	static final Set<String> ORGANISATIONS = Set.of("Municipality", "CityDistrict", "Actor", "Forum");

	private static final Map<String, Kind> ORGANISATION = Map.ofEntries(Map.entry("id", Kind.TEXT),
			Map.entry("name", Kind.TEXT), Map.entry("code", Kind.TEXT), Map.entry("slug", Kind.TEXT),
			Map.entry("aliases", Kind.TEXTS), Map.entry("population", Kind.WHOLE_NUMBER),
			Map.entry("populationYear", Kind.WHOLE_NUMBER), Map.entry("areaKm2", Kind.NUMBER),
			Map.entry("lat", Kind.NUMBER), Map.entry("lon", Kind.NUMBER), Map.entry("county", Kind.TEXT),
			Map.entry("actorType", Kind.TEXT), Map.entry("forumType", Kind.TEXT), Map.entry("validFrom", Kind.DATE),
			Map.entry("validTo", Kind.DATE), Map.entry("version", Kind.WHOLE_NUMBER),
			Map.entry("partnerRank", Kind.WHOLE_NUMBER), Map.entry("neededPartner", Kind.FLAG),
			Map.entry("source", Kind.TEXT), Map.entry("section", Kind.TEXT), Map.entry("quote", Kind.TEXT));

	private static final Map<String, Map<String, Kind>> NODES = Map.of("Municipality", ORGANISATION, "CityDistrict",
			ORGANISATION, "Actor", ORGANISATION, "Forum", ORGANISATION, "Topic",
			Map.of("slug", Kind.TEXT, "nameSv", Kind.TEXT, "nameEn", Kind.TEXT, "color", Kind.TEXT, "version",
					Kind.WHOLE_NUMBER, "safetyWorkArea", Kind.FLAG, "statedNeed", Kind.FLAG),
			"Change",
			Map.of("id", Kind.TEXT, "at", Kind.DATE_TIME, "by", Kind.TEXT, "kind", Kind.TEXT, "summary", Kind.TEXT,
					"organisations", Kind.TEXTS, "before", Kind.TEXT, "after", Kind.TEXT, "removed", Kind.TEXT),
			"SavedView", Map.of("id", Kind.TEXT, "name", Kind.TEXT, "query", Kind.TEXT));

	private static final Map<String, Kind> TIE = Map.ofEntries(Map.entry("id", Kind.TEXT),
			Map.entry("topic", Kind.TEXT), Map.entry("confidence", Kind.TEXT), Map.entry("since", Kind.DATE),
			Map.entry("until", Kind.DATE), Map.entry("source", Kind.TEXT), Map.entry("section", Kind.TEXT),
			Map.entry("quote", Kind.TEXT), Map.entry("version", Kind.WHOLE_NUMBER), Map.entry("extent", Kind.TEXT),
			Map.entry("rule", Kind.TEXT));

	/** Relationship type → allowed start labels, allowed end labels. */
	private static final Set<String> ROUND = Set.of("SurveyRound");

	private static final Map<String, List<Set<String>>> ENDS = Map.ofEntries(
			Map.entry("COOPERATES_WITH", List.of(ORGANISATIONS, ORGANISATIONS)),
			Map.entry("MEMBER_OF", List.of(ORGANISATIONS, Set.of("Forum"))),
			Map.entry("CONVENES", List.of(ORGANISATIONS, Set.of("Forum"))),
			Map.entry("PART_OF", List.of(ORGANISATIONS, ORGANISATIONS)),
			Map.entry("COVERS", List.of(Set.of("Actor"), ORGANISATIONS)),
			Map.entry("BORDERS", List.of(Set.of("Municipality"), Set.of("Municipality"))),
			Map.entry("WORKS_ON", List.of(ORGANISATIONS, Set.of("Topic"))),
			Map.entry("WANTS_COOPERATION_ON", List.of(ORGANISATIONS, Set.of("Topic"))),
			Map.entry("REPORTED_IN", List.of(Set.of("SurveyQuestion"), Set.of("Source"))),
			// Survey rounds: whom a round asks, respondents and answers in it, for whom
			Map.entry("ASKS", List.of(ROUND, ORGANISATIONS)),
			Map.entry("IN_ROUND", List.of(Set.of("Respondent", "SurveyAnswer"), ROUND)),
			Map.entry("ANSWERS_FOR", List.of(Set.of("Respondent"), ORGANISATIONS)),
			Map.entry("FOR", List.of(Set.of("SurveyAnswer"), ORGANISATIONS)),
			Map.entry("SUBMITTED", List.of(Set.of("SurveyAnswer"), Set.of("Submission"))));

	static final Set<String> CONFIDENCES = Set.of("explicit", "collective", "inferred", "accepted");

	private DumpModel() {
	}

	/** The expected kind of a node property, or null when the model leaves it open. */
	static Kind nodeProperty(String label, String property) {
		return NODES.getOrDefault(label, Map.of()).get(property);
	}

	/**
	 * The expected kind of a tie's property; every tie between organisations shares them.
	 */
	static Kind tieProperty(String type, String property) {
		return "REPORTED_IN".equals(type) ? null : TIE.get(property);
	}

	static boolean knownType(String type) {
		return ENDS.containsKey(type);
	}

	/** The labels a type's start (0) or end (1) may have. */
	static Set<String> ends(String type, int side) {
		return ENDS.get(type).get(side);
	}

}
