package se.samverkanskartan.network;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadModelCacheTest {

	@Test
	void concurrent_callers_for_one_key_share_a_single_computation() throws Exception {
		ReadModelCache<String, Integer> cache = new ReadModelCache<>(4);
		AtomicInteger computations = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> cache.get("clusters", () -> {
					computations.incrementAndGet();
					await(release);
					return 42;
				})));
			}
			// all eight are inside get(): one computing, seven waiting for it
			while (pool.getActiveCount() < 8) {
				Thread.onSpinWait();
			}
			release.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(42);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(computations).hasValue(1);
	}

	@Test
	void a_value_computed_while_the_cache_was_cleared_is_not_kept() throws Exception {
		ReadModelCache<String, String> cache = new ReadModelCache<>(4);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread reader = Thread.ofVirtual().start(() -> cache.get("graph", () -> {
			started.countDown();
			await(release);
			return "before the change";
		}));
		started.await(5, TimeUnit.SECONDS);
		cache.clear();
		release.countDown();
		reader.join(5000);
		assertThat(cache.get("graph", () -> "after the change")).isEqualTo("after the change");
	}

	@Test
	void failures_reach_the_caller_and_are_not_cached() {
		ReadModelCache<String, String> cache = new ReadModelCache<>(4);
		assertThatThrownBy(() -> cache.get("topic", () -> {
			throw new InvalidParameterException("topic", "Unknown topic: x");
		})).isInstanceOf(InvalidParameterException.class);
		assertThat(cache.size()).isZero();
		assertThat(cache.get("topic", () -> "ok")).isEqualTo("ok");
	}

	@Test
	void beyond_its_size_the_least_recently_used_value_is_dropped() {
		ReadModelCache<Integer, Integer> cache = new ReadModelCache<>(2);
		cache.get(1, () -> 1);
		cache.get(2, () -> 2);
		cache.get(1, () -> -1);
		cache.get(3, () -> 3);
		assertThat(cache.size()).isEqualTo(2);
		assertThat(cache.get(1, () -> -1)).isEqualTo(1);
		assertThat(cache.get(2, () -> -2)).isEqualTo(-2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
