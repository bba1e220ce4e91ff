package se.samverkanskartan.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of two partitions of the same items, corrected for chance (Hubert and
 * Arabie).
 */
final class AdjustedRandIndex {

	private AdjustedRandIndex() {
	}

	/** 1 for identical partitions, about 0 for chance agreement. */
	static double of(List<String> first, List<String> second) {
		if (first.size() != second.size()) {
			throw new IllegalArgumentException("partitions of different sizes");
		}
		Map<String, Integer> pairs = new HashMap<>();
		Map<String, Integer> rows = new HashMap<>();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < first.size(); i++) {
			pairs.merge(first.get(i) + "\u0000" + second.get(i), 1, Integer::sum);
			rows.merge(first.get(i), 1, Integer::sum);
			columns.merge(second.get(i), 1, Integer::sum);
		}
		double index = pairs.values().stream().mapToDouble(AdjustedRandIndex::choose2).sum();
		double rowSum = rows.values().stream().mapToDouble(AdjustedRandIndex::choose2).sum();
		double columnSum = columns.values().stream().mapToDouble(AdjustedRandIndex::choose2).sum();
		double expected = rowSum * columnSum / choose2(first.size());
		double maximum = (rowSum + columnSum) / 2;
		return (maximum == expected) ? 1.0 : (index - expected) / (maximum - expected);
	}

	private static double choose2(int n) {
		return n * (n - 1) / 2.0;
	}

}
