package se.samverkanskartan.analysis;

import java.util.List;
import java.util.Map;

/**
 * Detected clusters side by side with the groupings the sources declare.
 *
 * @param adjustedRandIndex agreement of the two partitions (1 = identical, 0 = chance)
 * @param declaredGroupOf the declared grouping per organisation id ("" for none)
 * @param clusterOf the detected cluster per organisation id
 * @param differing organisations whose cluster holds mostly members of another grouping
 */
public record GroupingComparison(double adjustedRandIndex, Map<String, String> declaredGroupOf,
		Map<String, Integer> clusterOf, List<String> differing) {

}
