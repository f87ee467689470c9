package org.lodestone.io.problem;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/** "Maybe …" hints for misspelt names, by edit distance. */
public final class Suggestions {

    private static final int MAX_DISTANCE = 3;

    private Suggestions() {}

    /** "Maybe you meant X" for the closest known id within a small edit distance, else "". */
    public static String hint(String value, Set<String> known) {
        String lower = value.toLowerCase(Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k))
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= Math.min(MAX_DISTANCE, Math.max(2, value.length() / 3)))
                .map(k -> "Maybe you meant " + k)
                .orElse("");
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
