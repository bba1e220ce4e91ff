package se.samverkanskartan.editing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A tie as the form edits it: a cooperation tie, or a membership or district tie whose
 * period is edited (then without a topic).
 *
 * @param id the tie's id, null for a new tie
 * @param fromId node id of one organisation
 * @param toId node id of the other
 * @param topic topic slug of a cooperation tie; null for memberships and district ties
 * @param since when it began, may be empty
 * @param until when it ended, may be empty
 * @param confidence explicit, collective, inferred or accepted
 * @param source the document or person behind it
 * @param section where in the source
 * @param quote the words of the source
 * @param version the version the form was read at, for optimistic locking
 */
public record TieForm(String id, @NotBlank String fromId, @NotBlank String toId, @Size(max = 80) String topic,
		LocalDate since, LocalDate until, @Size(max = 20) String confidence, @NotBlank @Size(max = 200) String source,
		@Size(max = 200) String section, @Size(max = 2000) String quote, long version) {

	TieForm withVersion(long newVersion) {
		return new TieForm(this.id, this.fromId, this.toId, this.topic, this.since, this.until, this.confidence,
				this.source, this.section, this.quote, newVersion);
	}

	TieForm withId(String newId) {
		return new TieForm(newId, this.fromId, this.toId, this.topic, this.since, this.until, this.confidence,
				this.source, this.section, this.quote, this.version);
	}

}
