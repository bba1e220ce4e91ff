package se.samverkanskartan.suggestions;

/**
 * Why a pair was suggested, in words.
 *
 * @param signal the signal behind it
 * @param share its share of the score, 0..1
 * @param text the reason in the requested language
 */
public record Reason(Signal signal, double share, String text) {

}
