package se.samverkanskartan.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON dump's vocabulary: which label identifies a node and which property holds its
 * external id. Nodes are matched on import by label and key, never by database id.
 */
final class DumpFormat {

	static final String FORMAT = "samverkanskartan-dump";

	static final int VERSION = 1;

	/** Primary label → key property, in the order nodes are written and read. */
	static final Map<String, String> KEYS;

	static {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("Municipality", "code");
		keys.put("CityDistrict", "slug");
		keys.put("Actor", "slug");
		keys.put("Forum", "slug");
		keys.put("Topic", "slug");
		keys.put("Source", "slug");
		keys.put("SurveyQuestion", "order");
		keys.put("SuggestionDecision", "key");
		keys.put("ClusterName", "signature");
		keys.put("SavedView", "id");
		keys.put("Change", "id");
		// Survey rounds (#25): the round, its respondents (links as hashes), the answers
		// and each submission
		keys.put("SurveyRound", "id");
		keys.put("Respondent", "id");
		keys.put("SurveyAnswer", "key");
		keys.put("Submission", "id");
		// Review decisions on survey answers (#26)
		keys.put("ReviewDecision", "key");
		keys.put("Flag", "id");
		KEYS = java.util.Collections.unmodifiableMap(keys);
	}

	/** Labels a node may carry besides its primary one. */
	static final Set<String> EXTRA_LABELS = Set.of("Organisation");

	static final Set<String> ROOT_FIELDS = Set.of("format", "version", "exportedAt", "nodes", "relationships");

	static final Set<String> NODE_FIELDS = Set.of("labels", "key", "properties");

	static final Set<String> RELATIONSHIP_FIELDS = Set.of("type", "from", "to", "properties");

	static final Set<String> END_FIELDS = Set.of("label", "key");

	/** Relationship types: upper case and underscores, as Neo4j names them. */
	static final String TYPE_PATTERN = "[A-Z][A-Z_]{0,49}";

	private DumpFormat() {
	}

	static String primaryLabel(Iterable<String> labels) {
		for (String label : labels) {
			if (KEYS.containsKey(label)) {
				return label;
			}
		}
		return null;
	}

}
