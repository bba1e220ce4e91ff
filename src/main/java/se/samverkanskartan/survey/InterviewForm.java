package se.samverkanskartan.survey;

import java.util.List;

/**
 * The default questionnaire: the report's interview form (Storsthlm 2020, Bilaga 1.
 * Intervjuformulär), its 19 questions in its four parts, worded as the form words them;
 * the questions with boxes are answered Ja / Nej / Vet ej, their follow-ups in free text.
 */
public final class InterviewForm {

	private InterviewForm() {
	}

	public static Questionnaire questionnaire() {
		return new Questionnaire(List.of(new Questionnaire.Part("Politik och planer", List.of(
				boxes("q1", "Har politiken gett några särskilda direktiv vad gäller arbete med trygghet i er kommun?",
						"I så fall vilka?"),
				boxes("q2", "Beskrivs trygghetsfrågor i er kommuns översiktsplan?", null),
				boxes("q3", "Har ni en strategi för trygghetsskapande arbete och insatser?",
						"Om ja, kan ni skicka den till oss?"),
				boxes("q4", "Har ni i er kommun definierat vad som innefattas i begreppet kommunalt trygghetsarbete?",
						"Kan vi i så fall få ta del av den definitionen?"))),
				new Questionnaire.Part("Organisation", List.of(text("q5",
						"Var är det strategiska arbetet med trygghetsfrågor förlagda i er kommun - i kommunledningen eller på någon förvaltning?",
						"I så fall vilken?"),
						text("q6", "Vilka personer förutom du arbetar på strategisk nivå med trygghet i er kommun?",
								null),
						text("q7",
								"Hur har ni organiserat arbetet så att alla eller relevanta förvaltningar blir involverade i arbetet?",
								null),
						text("q8",
								"Vilka funktioner deltar i det strategiska arbetet, chefer eller personer med ett strategiskt uppdrag?",
								null))),
				new Questionnaire.Part("Ert arbete och förutsättningar för kommunalt trygghetsarbete", List.of(text(
						"q9",
						"Vilka utmaningar ser ni i er kommun när det gäller trygghetsskapande arbete och insatser?",
						null),
						text("q10", "Vilka trygghetsfrågor är i fokus i er kommun?",
								"Hur arbetar ni med dessa frågor?"),
						text("q11", "Hur har er kommuns arbete med trygghetsfrågor utvecklats över tid?", null),
						text("q12",
								"Hur tror ni att ert arbete med trygghetsfrågor kommer att behöva utvecklas de närmsta fem åren?",
								null),
						text("q13", "Vilka hinder ser ni i ert trygghetsskapande arbete?", null),
						text("q14", "Vad skulle kunna underlätta och effektivisera ert trygghetsskapande arbete?",
								null),
						text("q15",
								"Hur ser ni på förutsättningarna för kommuner att bedriva trygghetsarbete och insatser, nu och framöver?",
								null))),
				new Questionnaire.Part("Extern samverkan", List.of(
						boxes("q16", "Har ni någon form av medborgardialog vad gäller trygghetsfrågor?",
								"Vad gör ni i så fall då?"),
						boxes("q17", "Samverkar ni med någon/några andra kommuner när det gäller trygghetsfrågor?",
								null),
						text("q18",
								"Vilka andra samhällsaktörer eller organisationer samverkar ni med vad gäller trygghetsskapande arbete och insatser?",
								null),
						text("q19",
								"Vilket behov av utvecklad samverkan ser ni, mellan kommuner samt mellan er kommun och andra samhällsaktörer?",
								null)))));
	}

	private static Question boxes(String id, String text, String followUp) {
		return new Question(id, text, true, followUp);
	}

	private static Question text(String id, String text, String followUp) {
		return new Question(id, text, false, followUp);
	}

}
