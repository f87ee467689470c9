package org.lodestone.app.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A cache of at most {@code capacity} entries that forgets the least recently used one first
 * (an LRU map); {@code evicted} is told each value it forgets (e.g. to delete a folder). Values are
 * loaded outside the lock, so a slow load does not hold up other keys; two requests for one
 * missing key may both load it, and the first stored wins.
 */
final class Bounded<K, V> {

    private final Map<K, V> entries;

    Bounded(int capacity, Consumer<V> evicted) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                if (size() <= capacity) {
                    return false;
                }
                evicted.accept(eldest.getValue());
                return true;
            }
        };
    }

    Bounded(int capacity) {
        this(capacity, v -> {});
    }

    /** The value of {@code key}, loaded and kept if it is not known. */
    V get(K key, Function<K, V> load) {
        synchronized (this) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V value = load.apply(key);
        synchronized (this) {
            V raced = entries.putIfAbsent(key, value);
            return raced != null ? raced : value;
        }
    }

    /** Forgets {@code key}. */
    synchronized void forget(K key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }
}
