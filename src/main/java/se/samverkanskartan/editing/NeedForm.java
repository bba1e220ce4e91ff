package se.samverkanskartan.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A stated need: an organisation wants to develop cooperation on a topic
 * ({@code WANTS_COOPERATION_ON}), with its evidence.
 *
 * @param organisationId the organisation's id
 * @param topic the topic's slug
 * @param source the document or survey round behind it
 * @param section where in the source
 * @param quote the words of the source
 */
public record NeedForm(@NotBlank String organisationId, @NotBlank @Size(max = 80) String topic,
		@NotBlank @Size(max = 200) String source, @Size(max = 200) String section, @Size(max = 2000) String quote) {

}
