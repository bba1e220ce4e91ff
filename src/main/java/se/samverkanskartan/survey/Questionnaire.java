package se.samverkanskartan.survey;

import java.util.List;

/**
 * The questions of a round in their parts.
 *
 * @param parts the parts in order
 */
public record Questionnaire(List<Part> parts) {

	public Questionnaire {
		parts = List.copyOf(parts);
	}

	/**
	 * @param title the part's heading
	 * @param questions its questions in order
	 */
	public record Part(String title, List<Question> questions) {

		public Part {
			questions = List.copyOf(questions);
		}

	}

	/** Every question, in order. */
	public List<Question> questions() {
		return this.parts.stream().flatMap(part -> part.questions().stream()).toList();
	}

}
