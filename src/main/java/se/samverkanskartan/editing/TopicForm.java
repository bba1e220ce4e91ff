package se.samverkanskartan.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A cooperation topic as the form edits it.
 *
 * @param slug its external id; for a new topic made from the Swedish name when empty
 * @param nameSv the Swedish name
 * @param nameEn the English name
 * @param color its colour in the graph, as #rrggbb
 * @param version the version the form was read at, for optimistic locking
 */
public record TopicForm(@Size(max = 80) String slug, @NotBlank @Size(max = 120) String nameSv,
		@NotBlank @Size(max = 120) String nameEn, @NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}") String color,
		long version) {

	TopicForm withVersion(long newVersion) {
		return new TopicForm(this.slug, this.nameSv, this.nameEn, this.color, newVersion);
	}

}
