package org.lodestone.core.ario;

import java.util.Arrays;

/**
 * Per worker part of the buyers, where its buyers' entries lie: entries are numbered product by
 * product with buyers ascending within a product ({@link InputEntries}), so the entries of buyers
 * {@code [from, to)} are one contiguous range of each product. A per-buyer sum over a part's
 * ranges, product after product, adds each buyer's entries in ascending order, the order of one
 * loop over all entries, and reads the per-entry arrays in order rather than a buyer's entries at
 * their scattered places ({@link InputEntries#byBuyer}: one cache line per entry and array on a
 * table of many buyers).
 */
final class BuyerSegments {

    /** Per part, {@code [start, end)} entry ranges, a pair per product with an entry in the part. */
    private final int[][] ranges;

    private BuyerSegments(int[][] ranges) {
        this.ranges = ranges;
    }

    /** The ranges of {@code parts} parts of the {@code buyers} buyers, split as {@link EntryParts#split} splits them. */
    static BuyerSegments of(InputEntries entries, int buyers, int parts) {
        int[][] ranges = new int[parts][];
        for (int t = 0; t < parts; t++) {
            ranges[t] = rangesOf(entries, EntryParts.start(buyers, t, parts), EntryParts.start(buyers, t + 1, parts));
        }
        return new BuyerSegments(ranges);
    }

    /** Part {@code part}'s ranges: {@code [r[2k], r[2k + 1])} for k below half its length. */
    int[] of(int part) {
        return ranges[part];
    }

    private static int[] rangesOf(InputEntries entries, int from, int to) {
        int[] pairs = new int[16];
        int count = 0;
        int e = 0;
        while (e < entries.count) {
            int product = entries.product[e];
            int end = e;
            while (end < entries.count && entries.product[end] == product) {
                end++;
            }
            int lo = firstBuyerAtLeast(entries, e, end, from);
            int hi = firstBuyerAtLeast(entries, lo, end, to);
            if (lo < hi) {
                if (count + 2 > pairs.length) {
                    pairs = Arrays.copyOf(pairs, 2 * pairs.length);
                }
                pairs[count++] = lo;
                pairs[count++] = hi;
            }
            e = end;
        }
        return Arrays.copyOf(pairs, count);
    }

    /** The first entry in {@code [from, to)} (one product's, buyers ascending) whose buyer is at least {@code buyer}. */
    private static int firstBuyerAtLeast(InputEntries entries, int from, int to, int buyer) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.buyer[mid] < buyer) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
