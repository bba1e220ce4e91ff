package se.samverkanskartan.survey;

/**
 * One question of a questionnaire.
 *
 * @param id stable within its questionnaire (q1 … q19 in the interview form), so that
 * answers keep their question when others are reordered
 * @param text the question as asked
 * @param boxes whether it is answered Ja / Nej / Vet ej (the form's boxes) or in free
 * text
 * @param followUp the follow-up question answered in free text, or null
 */
public record Question(String id, String text, boolean boxes, String followUp) {

}
