package se.samverkanskartan.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.network.InvalidParameterException;

/**
 * The texts of a round's invitation and reminder, which editors can change: Swedish
 * defaults from the bundles, with named places ({namn}, {omgång}, {organisation}, {länk},
 * {sista dag}) filled in as each mail goes. A text without {länk} is refused: its mails
 * would carry no link.
 */
@Service
public class MailTemplates {

	/** Longest subject line. */
	static final int SUBJECT_MAX = 200;

	/** Longest text. */
	static final int BODY_MAX = 5000;

	/** The places a text can hold, in the order {@link #fill} takes their values. */
	public static final List<String> PLACES = List.of("{namn}", "{omgång}", "{organisation}", "{länk}", "{sista dag}");

	private static final String LINK = "{länk}";

	private static final String READ = """
			MATCH (r:SurveyRound {id: $round})
			RETURN r.invitationSubject AS invitationSubject, r.invitationBody AS invitationBody,
			       r.reminderSubject AS reminderSubject, r.reminderBody AS reminderBody""";

	private static final Map<Kind, String> SAVE = Map.of(Kind.INVITATION, """
			MATCH (r:SurveyRound {id: $round})
			SET r.invitationSubject = $subject, r.invitationBody = $body
			RETURN r.id""", Kind.REMINDER, """
			MATCH (r:SurveyRound {id: $round})
			SET r.reminderSubject = $subject, r.reminderBody = $body
			RETURN r.id""");

	private final Neo4jClient neo4j;

	MailTemplates(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The invitation, sent when a respondent is added, or the reminder. */
	public enum Kind {

		INVITATION("invitation"), REMINDER("reminder");

		private final String word;

		Kind(String word) {
			this.word = word;
		}

		public String word() {
			return this.word;
		}

	}

	/**
	 * @param subject the subject line
	 * @param body the text
	 */
	public record Template(String subject, String body) {

		/** The text with its places filled: name, round, organisation, link, last day. */
		Template fill(String name, String round, String organisation, String link, String lastDay) {
			Map<String, String> values = new LinkedHashMap<>();
			List<String> given = List.of(name, round, organisation, link, lastDay);
			for (int i = 0; i < PLACES.size(); i++) {
				values.put(PLACES.get(i), given.get(i));
			}
			return new Template(replace(this.subject, values), replace(this.body, values));
		}

		private static String replace(String text, Map<String, String> values) {
			String filled = text;
			for (var value : values.entrySet()) {
				filled = filled.replace(value.getKey(), value.getValue());
			}
			return filled;
		}

	}

	/** The round's text of this kind: the editor's, or the default. */
	@Transactional(readOnly = true)
	public Template template(String roundId, Kind kind) {
		Map<String, Object> stored = this.neo4j.query(READ)
			.bind(String.valueOf(roundId))
			.to("round")
			.fetch()
			.one()
			.orElseThrow(() -> new InvalidParameterException("round", "No round " + roundId));
		Object subject = stored.get(kind.word() + "Subject");
		Object body = stored.get(kind.word() + "Body");
		return (subject instanceof String text && body instanceof String content) ? new Template(text, content)
				: defaults(kind);
	}

	/** The Swedish default from the bundles. */
	public static Template defaults(Kind kind) {
		ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.of("sv"));
		return new Template(bundle.getString("mail-template." + kind.word() + ".subject"),
				bundle.getString("mail-template." + kind.word() + ".body"));
	}

	/**
	 * Stores the round's text of this kind; problems are named {@code subject} or
	 * {@code body}.
	 */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void save(String roundId, Kind kind, String subject, String body) {
		String cleanSubject = (subject == null) ? "" : subject.strip();
		String cleanBody = (body == null) ? "" : body.strip();
		if (cleanSubject.isEmpty() || cleanSubject.length() > SUBJECT_MAX) {
			throw new InvalidParameterException("subject", "A subject of 1 to " + SUBJECT_MAX + " characters");
		}
		if (cleanBody.length() > BODY_MAX) {
			throw new InvalidParameterException("body", "At most " + BODY_MAX + " characters");
		}
		if (!cleanBody.contains(LINK)) {
			throw new InvalidParameterException("body", "The text must hold " + LINK + ", the personal link");
		}
		boolean found = this.neo4j.query(SAVE.get(kind))
			.bindAll(Map.of("round", String.valueOf(roundId), "subject", cleanSubject, "body", cleanBody))
			.fetch()
			.one()
			.isPresent();
		if (!found) {
			throw new InvalidParameterException("round", "No round " + roundId);
		}
	}

}
