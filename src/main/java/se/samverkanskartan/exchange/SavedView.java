package se.samverkanskartan.exchange;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A view someone saved: the explorer's URL state and the positions of its nodes, so that
 * opening it gives the same picture.
 *
 * @param id the view's id, used in its URL
 * @param name its name
 * @param description what it shows, may be empty
 * @param query the explorer's query string (filters, selection, layout, overlays)
 * @param positions node id → [x, y] as drawn when it was saved
 * @param savedAt when it was saved or last renamed
 */
public record SavedView(String id, String name, String description, String query, Map<String, double[]> positions,
		ZonedDateTime savedAt) {

}
