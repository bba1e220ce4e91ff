/**
 * Review ("Granskning", issue #26): each submitted survey answer becomes proposed changes
 * against the network (new ties and topics, ended and confirmed ties, new organisations,
 * stated needs); editors accept or reject them, and accepting writes through the editing
 * services, so every change has its history entry and can be reverted. Also whether both
 * sides of a tie name each other.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package se.samverkanskartan.review;
