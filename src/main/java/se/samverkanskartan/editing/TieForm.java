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
 * @param frequency how often the two cooperate, as a survey answer says (e.g.
 * {@code varje-manad}), or null
 * @param cooperationForm how they cooperate (e.g. {@code avtal-iop}), or null
 * @param confirmedIn the survey round whose accepted answer last confirmed the tie, or
 * null
 * @param confirmedOn the day of that answer, or null
 * @param version the version the form was read at, for optimistic locking
 */
public record TieForm(String id, @NotBlank String fromId, @NotBlank String toId, @Size(max = 80) String topic,
		LocalDate since, LocalDate until, @Size(max = 20) String confidence, @NotBlank @Size(max = 200) String source,
		@Size(max = 200) String section, @Size(max = 2000) String quote, @Size(max = 40) String frequency,
		@Size(max = 40) String cooperationForm, @Size(max = 200) String confirmedIn, LocalDate confirmedOn,
		long version) {

	/** A tie as editors and imports describe it, without a survey's details. */
	public TieForm(String id, String fromId, String toId, String topic, LocalDate since, LocalDate until,
			String confidence, String source, String section, String quote, long version) {
		this(id, fromId, toId, topic, since, until, confidence, source, section, quote, null, null, null, null,
				version);
	}

	TieForm withVersion(long newVersion) {
		return new TieForm(this.id, this.fromId, this.toId, this.topic, this.since, this.until, this.confidence,
				this.source, this.section, this.quote, this.frequency, this.cooperationForm, this.confirmedIn,
				this.confirmedOn, newVersion);
	}

	TieForm withId(String newId) {
		return new TieForm(newId, this.fromId, this.toId, this.topic, this.since, this.until, this.confidence,
				this.source, this.section, this.quote, this.frequency, this.cooperationForm, this.confirmedIn,
				this.confirmedOn, this.version);
	}

	/** The same tie with a survey answer's details and its confirmation. */
	public TieForm withSurveyDetails(String newFrequency, String newCooperationForm, String round, LocalDate answered) {
		return new TieForm(this.id, this.fromId, this.toId, this.topic, this.since, this.until, this.confidence,
				this.source, this.section, this.quote, newFrequency, newCooperationForm, round, answered, this.version);
	}

	/** The same tie ended on the given day. */
	public TieForm endedOn(LocalDate day) {
		return new TieForm(this.id, this.fromId, this.toId, this.topic, this.since, day, this.confidence, this.source,
				this.section, this.quote, this.frequency, this.cooperationForm, this.confirmedIn, this.confirmedOn,
				this.version);
	}

}
