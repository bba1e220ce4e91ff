package se.samverkanskartan.survey;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkanskartan.survey.PartnerCandidates.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a partner as a respondent types it. */
class PartnerCandidatesTest {

	private static final List<Candidate> CANDIDATES = List.of(
			new Candidate("actor:lpo-sodertalje", "Lokalpolisområde Södertälje", List.of()),
			new Candidate("municipality:0181", "Södertälje", List.of()),
			new Candidate("actor:bra", "Brottsförebyggande rådet", List.of("BRÅ")),
			new Candidate("municipality:0114", "Upplands Väsby", List.of()));

	@Test
	void the_name_itself_comes_before_names_that_contain_it() {
		assertThat(PartnerCandidates.found(CANDIDATES, "sodertalje")).extracting(Candidate::id)
			.containsExactly("municipality:0181", "actor:lpo-sodertalje");
	}

	@Test
	void search_is_blind_to_case_diacritics_and_hyphens_and_finds_aliases() {
		assertThat(PartnerCandidates.found(CANDIDATES, "upplands-vasby")).extracting(Candidate::id)
			.containsExactly("municipality:0114");
		assertThat(PartnerCandidates.found(CANDIDATES, "bra")).extracting(Candidate::id).containsExactly("actor:bra");
		assertThat(PartnerCandidates.found(CANDIDATES, "polisen")).isEmpty();
	}

}
