package se.samverkanskartan.editing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A cooperation tie as the form edits it.
 *
 * @param id the tie's id, null for a new tie
 * @param fromId node id of one organisation
 * @param toId node id of the other
 * @param topic topic slug
 * @param since when it began, may be empty
 * @param until when it ended, may be empty
 * @param confidence explicit, collective, inferred or accepted
 * @param source the document or person behind it
 * @param section where in the source
 * @param quote the words of the source
 * @param version the version the form was read at, for optimistic locking
 */
public record TieForm(String id, @NotBlank String fromId, @NotBlank String toId, @NotBlank String topic,
		LocalDate since, LocalDate until,
		@NotBlank @Pattern(regexp = "explicit|collective|inferred|accepted") String confidence,
		@NotBlank @Size(max = 200) String source, @Size(max = 200) String section, @Size(max = 2000) String quote,
		long version) {

}
