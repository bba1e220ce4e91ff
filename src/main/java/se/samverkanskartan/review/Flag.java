package se.samverkanskartan.review;

import java.time.ZonedDateTime;

/**
 * A reader's report that a tie or an organisation is wrong, waiting in the review queue.
 *
 * @param id its id
 * @param subjectId the tie's or organisation's id
 * @param tie whether it concerns a tie (else an organisation)
 * @param summary what it concerns, in words ("Haninge – Botkyrka (Unga)")
 * @param reason one of {@link Flags#REASONS}
 * @param text the reader's words, or null
 * @param by who flagged
 * @param at when
 */
public record Flag(String id, String subjectId, boolean tie, String summary, String reason, String text, String by,
		ZonedDateTime at) {

}
