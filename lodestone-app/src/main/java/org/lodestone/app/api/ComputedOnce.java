package org.lodestone.app.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that never change, computed once per key and kept: requests for a key that arrive while
 * its value is being computed wait for that computation instead of starting their own (a "single
 * flight"). A computation that throws is forgotten, and every request that waited for it gets its
 * exception; the next request computes again. Once {@code capacity} keys are kept, a new key is
 * computed for its request alone and not kept.
 */
final class ComputedOnce<K, V> {

    private final int capacity;
    private final Map<K, CompletableFuture<V>> values = new ConcurrentHashMap<>();

    ComputedOnce(int capacity) {
        this.capacity = capacity;
    }

    /** The value of {@code key}: kept, being computed (waited for), or computed now. */
    V get(K key, Function<K, V> compute) {
        CompletableFuture<V> known = values.get(key);
        if (known == null && values.size() >= capacity) {
            return compute.apply(key);
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> first = known != null ? known : values.putIfAbsent(key, mine);
        return first == null ? computeFirst(key, mine, compute) : waitFor(first);
    }

    private V computeFirst(K key, CompletableFuture<V> mine, Function<K, V> compute) {
        try {
            mine.complete(compute.apply(key));
        } catch (RuntimeException | Error e) {
            values.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    private static <V> V waitFor(CompletableFuture<V> first) {
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Keys kept or being computed. */
    int size() {
        return values.size();
    }
}
