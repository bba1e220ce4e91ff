package se.samverkanskartan.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdjustedRandIndexTest {

	@Test
	void identical_partitions_agree_fully_whatever_their_labels() {
		assertThat(AdjustedRandIndex.of(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "y"))).isEqualTo(1.0);
	}

	@Test
	void a_split_cluster_agrees_partly_as_in_the_textbook_example() {
		// Same value as scikit-learn's adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2])
		assertThat(AdjustedRandIndex.of(List.of("0", "0", "1", "1"), List.of("0", "0", "1", "2")))
			.isCloseTo(0.5714285714, within(1e-9));
	}

	@Test
	void unrelated_partitions_score_at_or_below_zero() {
		assertThat(AdjustedRandIndex.of(List.of("a", "a", "b", "b"), List.of("x", "y", "x", "y")))
			.isLessThanOrEqualTo(0);
	}

}
