package se.samverkanskartan.suggestions;

/**
 * Why a pair was suggested, in words.
 *
 * @param signal the signal behind it
 * @param share its share of the score, 0..1
 * @param text the reason in the requested language
 * @param evidence where the evidence for it can be read, e.g.
 * {@code kallor?organisation=municipality:0136}; null when it rests on no tie
 */
public record Reason(Signal signal, double share, String text, String evidence) {

	public Reason(Signal signal, double share, String text) {
		this(signal, share, text, null);
	}

}
