/**
 * Missing-link suggestions with reasons, the partner finder for a topic, decisions on
 * suggestions (accept, dismiss) and the backtest that shows whether the suggester beats
 * chance. Reads the network module's facts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Suggestions")
package se.samverkanskartan.suggestions;
