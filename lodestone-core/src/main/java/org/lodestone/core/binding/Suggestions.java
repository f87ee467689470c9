package org.lodestone.core.binding;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/** "Maybe …" hints for misspelt names, by edit distance. */
public final class Suggestions {

    private static final int MAX_DISTANCE = 3;

    private Suggestions() {}

    /**
     * "Maybe you meant X" for the closest known name within a small edit distance, or else for the
     * name sharing the longest prefix with it (at least 60% of it); "" when nothing is close.
     */
    public static String hint(String value, Set<String> known) {
        String lower = value.toLowerCase(Locale.ROOT);
        String close = known.stream()
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(k -> k))
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT))
                        <= Math.min(MAX_DISTANCE, Math.max(2, value.length() / 3)))
                .orElse(null);
        if (close == null) {
            close = known.stream()
                    .max(Comparator.comparingInt((String k) -> commonPrefix(lower, k.toLowerCase(Locale.ROOT)))
                            .thenComparing(k -> k, Comparator.reverseOrder()))
                    .filter(k -> commonPrefix(lower, k.toLowerCase(Locale.ROOT)) >= Math.max(4, 0.6 * value.length()))
                    .orElse(null);
        }
        return close == null ? "" : "Maybe you meant " + close;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
