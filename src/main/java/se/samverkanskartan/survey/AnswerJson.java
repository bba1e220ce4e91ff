package se.samverkanskartan.survey;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

/** Answers as stored: the values and the partners, each as JSON text. */
final class AnswerJson {

	private static final TypeReference<List<PartnerAnswer>> PARTNERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
	};

	private AnswerJson() {
	}

	static String write(Object answers) {
		return SurveyRounds.JSON.writeValueAsString(answers);
	}

	static Map<String, String> values(String json) {
		return (json == null) ? Map.of() : SurveyRounds.JSON.readValue(json, VALUES);
	}

	static List<PartnerAnswer> partners(String json) {
		return (json == null) ? List.of() : SurveyRounds.JSON.readValue(json, PARTNERS);
	}

}
