package se.samverkanskartan.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.network.NetworkChanged;
import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.PartnerChoices;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.RoundDraft;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyData;
import se.samverkanskartan.survey.SurveyRounds;

/**
 * A round answered by Haninge, Botkyrka and Huddinge against the built-in map: Haninge
 * confirms Botkyrka, ends Huddinge, adds Södertälje and a missing association and wants
 * cooperation on police presence; Botkyrka names Haninge; Huddinge names Haninge (whose
 * answer says it has ended).
 */
public final class ReviewFixture {

	public static final String ROUND_NAME = "Trygghetskartläggning 2027";

	static final String HANINGE = "municipality:0136";

	static final String BOTKYRKA = "municipality:0127";

	static final String HUDDINGE = "municipality:0126";

	static final String SODERTALJE = "municipality:0181";

	/** An organisation made for one test, deleted or merged away in it. */
	static final String THROWAWAY = "actor:granskas-bort";

	private ReviewFixture() {
	}

	/** The round's id; call with an editor logged in. */
	public static String answeredRound(SurveyRounds rounds, RespondentLinks links, SurveyAnswers answers) {
		String round = rounds.create(new RoundDraft(ROUND_NAME, LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(30), "", List.of(HANINGE, BOTKYRKA, HUDDINGE, SODERTALJE), null));
		submit(links, answers, round, HANINGE,
				Map.of(PartnerChoices.NEEDS_TOPICS, "polisnarvaro", PartnerChoices.NEEDS_TEXT, "Mer polis i centrum"),
				List.of(PartnerAnswer.picked(BOTKYRKA).withTopics(List.of("valdsbejakande-extremism")).withStill("ja"),
						PartnerAnswer.picked(HUDDINGE).withStill("upphort"),
						PartnerAnswer.picked(SODERTALJE)
							.withTopics(List.of("krisberedskap"))
							.withFrequency("varje-manad")
							.withForm("avtal-iop")
							.withSince(2025),
						PartnerAnswer.missing("Föreningen Trygg Haninge").withTopics(List.of("unga"))));
		submit(links, answers, round, BOTKYRKA, Map.of(),
				List.of(PartnerAnswer.picked(HANINGE).withTopics(List.of("valdsbejakande-extremism"))));
		submit(links, answers, round, HUDDINGE, Map.of(),
				List.of(PartnerAnswer.picked(HANINGE).withTopics(List.of("brottsforebyggande"))));
		return round;
	}

	static void submit(RespondentLinks links, SurveyAnswers answers, String round, String organisation,
			Map<String, String> values, List<PartnerAnswer> partners) {
		SurveyData.submit(links, answers, round, organisation, values, partners);
	}

	/**
	 * Takes back what accepting the fixture's proposals wrote, and the survey's nodes.
	 */
	public static void clear(Neo4jClient neo4j, ApplicationEventPublisher events) {
		neo4j.query("""
				MATCH ()-[r:COOPERATES_WITH {source: $round}]->() DELETE r""").bind(ROUND_NAME).to("round").run();
		neo4j.query("""
				MATCH ()-[r:COOPERATES_WITH]->() WHERE r.confirmedIn = $round
				SET r.confirmedIn = null, r.confirmedOn = null, r.frequency = null, r.cooperationForm = null""")
			.bind(ROUND_NAME)
			.to("round")
			.run();
		// Ties ended by an accepted answer today (the built-in data ends none today)
		neo4j.query("""
				MATCH ()-[r:COOPERATES_WITH]->() WHERE r.until = $today SET r.until = null""")
			.bind(LocalDate.now(ZoneId.of("Europe/Stockholm")))
			.to("today")
			.run();
		neo4j.query("""
				MATCH ()-[w:WANTS_COOPERATION_ON {source: $round}]->() DELETE w""").bind(ROUND_NAME).to("round").run();
		neo4j.query("""
				MATCH (o:Actor) WHERE o.id STARTS WITH $added OR o.id = $throwaway DETACH DELETE o""")
			.bindAll(java.util.Map.of("added", "actor:foreningen-trygg", "throwaway", THROWAWAY))
			.run();
		neo4j.query("""
				MATCH (o:Organisation) WHERE $alias IN coalesce(o.aliases, [])
				SET o.aliases = [alias IN o.aliases WHERE alias <> $alias]""").bind("Granskas bort").to("alias").run();
		neo4j.query("MATCH (c:Change) DELETE c").run();
		SurveyData.clear(neo4j);
		events.publishEvent(new NetworkChanged("test data"));
	}

}
