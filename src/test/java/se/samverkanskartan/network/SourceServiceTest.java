package se.samverkanskartan.network;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SourceServiceTest extends Neo4jIntegrationTest {

	@Autowired
	SourceService sources;

	@Test
	void about_the_data_gives_the_method_and_both_survey_tables() {
		AboutTheData about = this.sources.about().orElseThrow();

		assertThat(about.interviews()).isEqualTo(24);
		assertThat(about.studyVisits()).isOne();
		assertThat(about.municipalities()).isEqualTo(26);
		assertThat(about.caveatQuote()).contains("jämförs inte kommunerna med varandra");
		assertThat(about.answers()).hasSize(6).allSatisfy(answer -> {
			assertThat(answer.yes() + answer.no() + answer.unknown()).isEqualTo(26);
			assertThat(answer.yesPercent() + answer.noPercent() + answer.unknownPercent()).isBetween(99, 101);
		});
		assertThat(about.answers().getLast().questionSv()).startsWith("Samverkar ni med någon/några andra kommuner");
		assertThat(about.answers().getLast().yes()).isEqualTo(24);
	}

	@Test
	void a_tie_found_by_its_id_shows_both_parties_and_its_evidence() {
		TieEvidence someTie = this.sources.evidenceFor(NodeId.parse("municipality:0125"))
			.stream()
			.filter(tie -> tie.toName().equals("Bromma"))
			.findFirst()
			.orElseThrow();

		TieEvidence tie = this.sources.tie(someTie.tieId()).orElseThrow();

		assertThat(tie.fromName()).isEqualTo("Ekerö");
		assertThat(tie.toId()).isEqualTo("city-district:bromma");
		assertThat(tie.kind()).isEqualTo(EdgeKind.COOPERATES_WITH);
		assertThat(tie.confidence()).isEqualTo("explicit");
		assertThat(tie.section()).isEqualTo("Annan kommunal samverkan");
		assertThat(tie.quote()).contains("Ekerö som nämner Hässelby/Vällingby och Bromma");
	}

	@Test
	void an_unknown_tie_id_finds_nothing() {
		assertThat(this.sources.tie("no-such-tie")).isEmpty();
	}

	@Test
	void every_evidenced_tie_is_listed_once_with_its_quote() {
		assertThat(this.sources.allEvidence()).hasSizeGreaterThan(150)
			.allSatisfy(tie -> assertThat(tie.quote()).isNotBlank())
			.extracting(TieEvidence::tieId)
			.doesNotHaveDuplicates();
	}

}
