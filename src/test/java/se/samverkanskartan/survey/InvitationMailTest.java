package se.samverkanskartan.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkanskartan.RequiresNeo4j;
import se.samverkanskartan.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Invitations sent through a real SMTP server in the test JVM (GreenMail) and read back.
 */
@RequiresNeo4j
@SpringBootTest
@WithMockUser(roles = "EDITOR")
class InvitationMailTest {

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
		registry.add("samverkanskartan.mail.from", () -> "kartlaggning@storsthlm.example");
	}

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	Invitations invitations;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Reminders reminders;

	@Autowired
	SurveyAnswers answers;

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	@Test
	void a_reminder_reaches_only_those_not_done_with_a_new_link_and_the_old_one_stops_working() throws Exception {
		LocalDate today = LocalDate.now(SurveyAnswers.ZONE);
		String id = this.rounds.create(new RoundDraft("Trygghetskartläggning 2027", today, today.plusDays(30), "",
				List.of("municipality:0136", "municipality:0127", "municipality:0138"), null));
		IssuedLink haninge = this.links.invite(id, "municipality:0136", "Anna", "anna@haninge.example", "");
		IssuedLink botkyrka = this.links.invite(id, "municipality:0127", "Bo", "bo@botkyrka.example", "");
		IssuedLink tyreso = this.links.invite(id, "municipality:0138", "Tea", "tea@tyreso.example", "");
		RespondentAccess done = this.links.open(haninge.token(), today).orElseThrow();
		this.links.markOpened(done);
		this.answers.submit(done, this.answers.save(done, java.util.Map.of("q2", "ja"), List.of(), 0));
		this.links.markOpened(this.links.open(botkyrka.token(), today).orElseThrow());

		var sent = this.reminders.send(id, "https://kartan.example");

		assertThat(sent.sent()).isEqualTo(2);
		assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).extracting(message -> message.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("bo@botkyrka.example", "tea@tyreso.example");
		Pattern linkInMail = Pattern.compile("https://kartan\\.example/svar/(skr_[A-Za-z0-9_-]{43})");
		for (MimeMessage message : received) {
			assertThat(message.getSubject()).isEqualTo("Påminnelse: Trygghetskartläggning 2027");
			Matcher found = linkInMail.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
			assertThat(found.find()).isTrue();
			assertThat(this.links.open(found.group(1), today)).isPresent();
		}
		assertThat(this.links.open(botkyrka.token(), today)).as("the link before the reminder").isEmpty();
		assertThat(this.links.open(tyreso.token(), today)).isEmpty();
		assertThat(this.links.open(haninge.token(), today)).as("the one who had submitted").isPresent();
		var status = this.links.status(id);
		assertThat(status).extracting(RespondentStatus::name, RespondentStatus::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Bo", "opened"),
					org.assertj.core.groups.Tuple.tuple("Anna", "submitted"),
					org.assertj.core.groups.Tuple.tuple("Tea", "invited"));
		assertThat(status).filteredOn(row -> !row.name().equals("Anna")).allSatisfy(row -> {
			assertThat(row.reminded()).isNotNull();
			assertThat(row.invited()).isNotNull();
		});
		assertThat(status).filteredOn(row -> row.name().equals("Anna")).singleElement().satisfies(row -> {
			assertThat(row.reminded()).isNull();
			assertThat(row.opened()).isNotNull();
			assertThat(row.submitted()).isNotNull();
		});
	}

	@Autowired
	MailTemplates templates;

	@Test
	void an_editors_invitation_text_goes_out_with_its_places_filled_and_a_text_without_the_link_is_refused()
			throws Exception {
		LocalDate today = LocalDate.now(SurveyAnswers.ZONE);
		String id = this.rounds.create(new RoundDraft("Trygghetskartläggning 2027", today, today.plusDays(30), "",
				List.of("municipality:0136"), null));
		assertThatExceptionOfType(se.samverkanskartan.network.InvalidParameterException.class)
			.isThrownBy(() -> this.templates.save(id, MailTemplates.Kind.INVITATION, "Hej", "Ingen länk här"))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("body"));
		assertThat(this.templates.template(id, MailTemplates.Kind.INVITATION))
			.isEqualTo(MailTemplates.defaults(MailTemplates.Kind.INVITATION));
		this.templates.save(id, MailTemplates.Kind.INVITATION, "Välkommen till {omgång}",
				"Hej {namn} på {organisation}! Svara här: {länk} senast {sista dag}.");

		Round round = this.rounds.find(id).orElseThrow();
		IssuedLink link = this.links.invite(id, "municipality:0136", "Anna", "anna@haninge.example", "");
		this.invitations.send(round, "Haninge", "Anna", "anna@haninge.example", link, "https://kartan.example");

		assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = SMTP.getReceivedMessages()[0];
		assertThat(message.getSubject()).isEqualTo("Välkommen till Trygghetskartläggning 2027");
		assertThat(((String) message.getContent()).replace("\r\n", "\n"))
			.contains("Hej Anna på Haninge! Svara här: https://kartan.example" + link.path() + " senast "
					+ today.plusDays(30) + ".");
	}

	@Test
	void without_a_reminder_by_mail_the_new_links_come_as_rows_for_a_mail_merge() {
		LocalDate today = LocalDate.now(SurveyAnswers.ZONE);
		String id = this.rounds.create(new RoundDraft("Trygghetskartläggning 2027", today, today.plusDays(30), "",
				List.of("municipality:0136", "municipality:0127"), null));
		IssuedLink haninge = this.links.invite(id, "municipality:0136", "Anna", "anna@haninge.example", "");
		this.links.invite(id, "municipality:0127", "Bo", "bo@botkyrka.example", "");
		this.links
			.revoke(this.links.invite(id, "municipality:0127", "Bert", "bert@botkyrka.example", "").respondentId());

		var rows = this.reminders.newLinks(id, "https://kartan.example");

		assertThat(rows).extracting(row -> row.respondent().name()).containsExactly("Bo", "Anna");
		assertThat(this.links.open(haninge.token(), today)).isEmpty();
		for (var row : rows) {
			String token = row.link().substring("https://kartan.example/svar/".length());
			assertThat(this.links.open(token, today).orElseThrow().respondentName()).isEqualTo(row.respondent().name());
		}
	}

	@Test
	void three_invitations_arrive_each_with_a_link_that_opens_its_own_organisations_form() throws Exception {
		LocalDate today = LocalDate.now();
		String id = this.rounds.create(new RoundDraft("Trygghetskartläggning 2027", today, today.plusDays(30), "",
				List.of("municipality:0136", "municipality:0127", "municipality:0138"), null));
		Round round = this.rounds.find(id).orElseThrow();
		assertThat(this.invitations.available()).isTrue();

		for (Round.Asked asked : round.organisations()) {
			String email = "trygg@" + asked.name().toLowerCase().replace("ö", "o") + ".example";
			IssuedLink link = this.links.invite(id, asked.id(), "Samordnare " + asked.name(), email, "");
			this.invitations.send(round, asked.name(), "Samordnare " + asked.name(), email, link,
					"https://kartan.example");
		}

		assertThat(SMTP.waitForIncomingEmail(5000, 3)).isTrue();
		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).hasSize(3);
		Pattern linkInMail = Pattern.compile("https://kartan\\.example/svar/(skr_[A-Za-z0-9_-]{43})");
		for (MimeMessage message : received) {
			assertThat(message.getSubject()).isEqualTo("Inbjudan: Trygghetskartläggning 2027");
			assertThat(message.getFrom()[0].toString()).isEqualTo("kartlaggning@storsthlm.example");
			String body = GreenMailUtil.getBody(message);
			Matcher found = linkInMail.matcher(body.replace("=\r\n", "").replace("=3D", "="));
			assertThat(found.find()).as(body).isTrue();
			RespondentAccess access = this.links.open(found.group(1), today).orElseThrow();
			assertThat(message.getAllRecipients()[0].toString())
				.contains(access.organisationName().toLowerCase().replace("ö", "o"));
		}
	}

}
