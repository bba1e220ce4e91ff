package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.network.Names;

/**
 * The organisations a respondent can name as partners: everyone in the map that exists
 * today, found by name or alias, blind to case, diacritics and hyphens.
 */
@Service
public class PartnerCandidates {

	private static final String ALL = """
			MATCH (o:Organisation)
			WHERE o.id IS NOT NULL AND (o.validTo IS NULL OR o.validTo >= $today)
			RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases
			ORDER BY name""";

	private final Neo4jClient neo4j;

	PartnerCandidates(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The candidates that match the text, best first, then by name. */
	public static java.util.stream.Stream<Candidate> found(List<Candidate> candidates, String text) {
		return candidates.stream()
			.filter(candidate -> candidate.matches(text))
			.sorted(java.util.Comparator.comparingInt((Candidate candidate) -> candidate.rank(text)));
	}

	@Transactional(readOnly = true)
	public List<Candidate> all(LocalDate today) {
		return List.copyOf(this.neo4j.query(ALL)
			.bindAll(Map.of("today", today))
			.fetchAs(Candidate.class)
			.mappedBy((types, row) -> new Candidate(row.get("id").asString(), row.get("name").asString(),
					row.get("aliases").asList(value -> value.asString())))
			.all());
	}

	/**
	 * @param id the organisation's id, e.g. {@code municipality:0136}
	 * @param name its name
	 * @param aliases other spellings
	 */
	public record Candidate(String id, String name, List<String> aliases) {

		/** {@link #rank} of a text that matches neither the name nor an alias. */
		public static final int NO_MATCH = 3;

		/** "upplands vasby" finds Upplands Väsby, and an alias finds its organisation. */
		public boolean matches(String text) {
			return rank(text) < NO_MATCH;
		}

		/**
		 * How well the text matches, lower first: the name or an alias itself, then one
		 * that begins with it, then one that contains it; so "sodertalje" lists
		 * Södertälje before Lokalpolisområde Södertälje.
		 */
		public int rank(String text) {
			String wanted = Names.normalise(text);
			int best = NO_MATCH;
			for (String name : names()) {
				String normalised = Names.normalise(name);
				int rank = normalised.equals(wanted) ? 0
						: normalised.startsWith(wanted) ? 1 : normalised.contains(wanted) ? 2 : NO_MATCH;
				best = Math.min(best, rank);
			}
			return best;
		}

		private List<String> names() {
			List<String> names = new java.util.ArrayList<>(this.aliases);
			names.add(0, this.name);
			return names;
		}

	}

}
