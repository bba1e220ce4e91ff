package se.samverkanskartan.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Read models computed once per state of the network and dropped on
 * {@link NetworkChanged}. Concurrent callers for the same key wait for one computation
 * instead of each running it (50 API clients asking for clusters at once). A computation
 * that was running when the cache was dropped is not kept, so a read that began before a
 * change never outlives it.
 */
public final class ReadModelCache<K, V> {

	private final int maxEntries;

	private final Map<K, CompletableFuture<V>> entries;

	/**
	 * @param maxEntries beyond this the least recently used entry is dropped
	 */
	public ReadModelCache(int maxEntries) {
		this.maxEntries = maxEntries;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
				return size() > ReadModelCache.this.maxEntries;
			}
		};
	}

	/**
	 * The cached value, or the one {@code compute} gives now; failures are not cached.
	 */
	public V get(K key, Supplier<V> compute) {
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> running;
		synchronized (this.entries) {
			running = this.entries.putIfAbsent(key, mine);
		}
		if (running != null) {
			return join(running);
		}
		try {
			V value = compute.get();
			mine.complete(value);
			return value;
		}
		catch (RuntimeException | Error failure) {
			synchronized (this.entries) {
				this.entries.remove(key, mine);
			}
			mine.completeExceptionally(failure);
			throw failure;
		}
	}

	/** Drops every value; computations under way finish but are not kept. */
	public void clear() {
		synchronized (this.entries) {
			this.entries.clear();
		}
	}

	/** How many values are held or being computed. */
	public int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	private static <V> V join(CompletableFuture<V> future) {
		try {
			return future.join();
		}
		catch (CompletionException failure) {
			if (failure.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failure.getCause() instanceof Error error) {
				throw error;
			}
			throw failure;
		}
	}

}
