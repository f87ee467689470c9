package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where each worker part's buyers have their entries: one range per product, in entry order. */
class BuyerSegmentsTest {

    /**
     * {@link InputEntriesTest}'s table: entries (product, buyer) 0 (0, 0), 1 (0, 3), 2 (1, 1), 3 (1, 3),
     * 4 (2, 0). Two parts of 4 buyers: {0, 1} and {2, 3}; product 2 has no entry in the second.
     */
    @Test
    void givesEachPartOneRangePerProductItsBuyersUse() {
        InputEntries entries =
                InputEntries.of(new int[] {1, 0, 1, 2}, new int[] {0, 2, 4, 5, 6}, new int[] {1, 3, 0, 3, 3, 0}, 4, 3);

        BuyerSegments segments = BuyerSegments.of(entries, 4, 2);

        assertThat(segments.of(0)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(segments.of(1)).containsExactly(1, 2, 3, 4);
    }

    /** On random tables and 1 to 5 parts, the ranges list exactly the part's buyers' entries, ascending. */
    @Test
    void coverExactlyEachPartsEntriesInAscendingOrder() {
        Random random = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            int p = 1 + random.nextInt(60);
            int s = 1 + random.nextInt(6);
            int[] productOf = random.ints(p, 0, s).toArray();
            int[] rowStart = new int[p + 1];
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    if (random.nextDouble() < 0.3) {
                        columns.add(j);
                    }
                }
                rowStart[i + 1] = columns.size();
            }
            InputEntries entries = InputEntries.of(
                    productOf,
                    rowStart,
                    columns.stream().mapToInt(Integer::intValue).toArray(),
                    p,
                    s);
            int parts = 1 + random.nextInt(5);
            BuyerSegments segments = BuyerSegments.of(entries, p, parts);
            for (int t = 0; t < parts; t++) {
                int from = (int) ((long) p * t / parts);
                int to = (int) ((long) p * (t + 1) / parts);
                List<Integer> expected = new ArrayList<>();
                for (int e = 0; e < entries.count; e++) {
                    if (entries.buyer[e] >= from && entries.buyer[e] < to) {
                        expected.add(e);
                    }
                }
                List<Integer> listed = new ArrayList<>();
                int[] ranges = segments.of(t);
                for (int k = 0; k < ranges.length; k += 2) {
                    for (int e = ranges[k]; e < ranges[k + 1]; e++) {
                        listed.add(e);
                    }
                }
                assertThat(listed)
                        .as("trial %d, part %d of %d", trial, t, parts)
                        .isEqualTo(expected);
            }
        }
    }
}
