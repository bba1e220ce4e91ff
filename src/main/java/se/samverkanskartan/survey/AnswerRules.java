package se.samverkanskartan.survey;

import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a respondent's answers may hold, field by field: known questions, Ja / Nej / Vet
 * ej where the form has boxes, texts within the limit, partners that exist in the map (or
 * a name for one that is missing), known topics and choices, and no year in the future.
 * The first problem found is thrown, named by its field.
 */
final class AnswerRules {

	/** Longest answer to one field, in characters. */
	static final int TEXT_MAX = 4000;

	/** Longest name of a partner missing from the map. */
	static final int NAME_MAX = 120;

	/** Most partners one organisation can name. */
	static final int PARTNERS_MAX = 300;

	static final Set<String> CHOICES = Set.of("ja", "nej", "vet-ej");

	private final Questionnaire questionnaire;

	private final Set<String> topics;

	private final int thisYear;

	AnswerRules(Questionnaire questionnaire, Collection<String> topics, Year thisYear) {
		this.questionnaire = questionnaire;
		this.topics = Set.copyOf(topics);
		this.thisYear = thisYear.getValue();
	}

	/** The values kept: trimmed, empty ones left out. */
	Map<String, String> values(Map<String, String> values) {
		Set<String> fields = new HashSet<>(List.of(PartnerChoices.NEEDS_TOPICS, PartnerChoices.NEEDS_TEXT,
				PartnerChoices.OBSTACLES_CHOSEN, PartnerChoices.OBSTACLES_TEXT));
		Set<String> boxes = new HashSet<>();
		for (Question question : this.questionnaire.questions()) {
			fields.add(question.id());
			if (question.followUp() != null) {
				fields.add(question.id() + ".followUp");
			}
			if (question.boxes()) {
				boxes.add(question.id());
			}
		}
		Map<String, String> checked = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			if (!fields.contains(field)) {
				throw new AnswerProblem(field, "No question " + field + " in this form", "respond.problem.unknown");
			}
			String text = (value == null) ? "" : value.strip();
			if (boxes.contains(field) && !text.isEmpty() && !CHOICES.contains(text)) {
				throw new AnswerProblem(field, "Answer ja, nej or vet-ej, not " + text, "respond.problem.choice");
			}
			text(field, text, TEXT_MAX);
			if (field.equals(PartnerChoices.NEEDS_TOPICS)) {
				list(text).forEach(slug -> known(field, slug, this.topics, "respond.problem.topic"));
			}
			if (field.equals(PartnerChoices.OBSTACLES_CHOSEN)) {
				list(text).forEach(id -> known(field, id, PartnerChoices.OBSTACLES, "respond.problem.choice"));
			}
			if (!text.isEmpty()) {
				checked.put(field, text);
			}
		});
		return checked;
	}

	/**
	 * Checks the partners against the organisations that exist.
	 * @param existing which of the partner ids given exist in the map
	 */
	void partners(List<PartnerAnswer> partners, Set<String> existing, String self) {
		if (partners.size() > PARTNERS_MAX) {
			throw new AnswerProblem("partners", "At most " + PARTNERS_MAX + " partners", "respond.problem.partners",
					PARTNERS_MAX);
		}
		Set<String> named = new HashSet<>();
		for (int i = 0; i < partners.size(); i++) {
			PartnerAnswer partner = partners.get(i);
			String field = "partner." + i + ".";
			if (partner.partnerId() != null) {
				if (!existing.contains(partner.partnerId()) || partner.partnerId().equals(self)) {
					throw new AnswerProblem(field + "partner", "No organisation " + partner.partnerId(),
							"respond.problem.partner");
				}
				if (!named.add(partner.partnerId())) {
					throw new AnswerProblem(field + "partner", "Named twice: " + partner.partnerId(),
							"respond.problem.twice");
				}
			}
			else if (partner.newName() == null || partner.newName().isBlank()) {
				throw new AnswerProblem(field + "name", "A partner needs a name", "respond.problem.name");
			}
			else {
				text(field + "name", partner.newName().strip(), NAME_MAX);
				if (!named.add("new:" + se.samverkanskartan.network.Names.normalise(partner.newName()))) {
					throw new AnswerProblem(field + "name", "Named twice: " + partner.newName(),
							"respond.problem.twice");
				}
			}
			partner.topics().forEach(slug -> known(field + "topics", slug, this.topics, "respond.problem.topic"));
			choice(field + "frequency", partner.frequency(), PartnerChoices.FREQUENCIES);
			choice(field + "form", partner.form(), PartnerChoices.FORMS);
			choice(field + "still", partner.still(), PartnerChoices.STILL);
			if (partner.since() != null
					&& (partner.since() < PartnerChoices.FIRST_YEAR || partner.since() > this.thisYear)) {
				throw new AnswerProblem(field + "since",
						"A year from " + PartnerChoices.FIRST_YEAR + " to " + this.thisYear, "respond.problem.year",
						String.valueOf(PartnerChoices.FIRST_YEAR), String.valueOf(this.thisYear));
			}
			if (partner.comment() != null) {
				text(field + "comment", partner.comment(), TEXT_MAX);
			}
		}
	}

	private static void text(String field, String text, int max) {
		if (text.length() > max) {
			throw new AnswerProblem(field, "At most " + max + " characters", "respond.problem.long", max);
		}
	}

	private static void choice(String field, String value, List<String> allowed) {
		if (value != null) {
			known(field, value, allowed, "respond.problem.choice");
		}
	}

	private static void known(String field, String value, Collection<String> allowed, String key) {
		if (!allowed.contains(value)) {
			throw new AnswerProblem(field, "Unknown value " + value, key);
		}
	}

	/** A list field: ids separated by commas. */
	static List<String> list(String text) {
		return (text == null || text.isBlank()) ? List.of()
				: Arrays.stream(text.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
	}

}
