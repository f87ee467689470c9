package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The entry index of the (input product, buyer) pairs with a flow, checked against a plain set of cells. */
class InputEntriesTest {

    /**
     * Industries 0..3 make products 1, 0, 1, 2 (S = 3). Flows: 0→{1, 3}, 1→{0, 3}, 2→{3}, 3→{0}.
     * Cells s·P + j: product 1 to 1, 3 (5, 7) and to 3 again from industry 2; product 0 to 0, 3 (0, 3);
     * product 2 to 0 (8).
     */
    @Test
    void numbersThePairsInCellOrderAndMapsEveryFlow() {
        int[] productOf = {1, 0, 1, 2};
        int[] rowStart = {0, 2, 4, 5, 6};
        int[] columns = {1, 3, 0, 3, 3, 0};

        InputEntries entries = InputEntries.of(productOf, rowStart, columns, 4, 3);

        assertThat(entries.cell).containsExactly(0, 3, 5, 7, 8);
        assertThat(entries.product).containsExactly(0, 0, 1, 1, 2);
        assertThat(entries.buyer).containsExactly(0, 3, 1, 3, 0);
        assertThat(entries.ofFlow).containsExactly(2, 3, 0, 1, 3, 4);
        assertThat(entries.find(1, 3)).isEqualTo(3);
        assertThat(entries.find(2, 3)).isEqualTo(-1);
    }

    /** The same table: buyer 0 has entries 0 (product 0) and 4 (product 2), buyer 1 entry 2, buyer 2 none, buyer 3 entries 1 and 3. */
    @Test
    void groupsTheEntriesByBuyerInEntryOrder() {
        InputEntries entries =
                InputEntries.of(new int[] {1, 0, 1, 2}, new int[] {0, 2, 4, 5, 6}, new int[] {1, 3, 0, 3, 3, 0}, 4, 3);

        assertThat(entries.byBuyerStart).containsExactly(0, 2, 3, 3, 5);
        assertThat(entries.byBuyer).containsExactly(0, 4, 2, 1, 3);
    }

    /** Random tables with S × P across several 64-bit words, including pairs at word boundaries. */
    @Test
    void agreesWithASetOfCellsOnRandomTables() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int p = 1 + random.nextInt(90);
            int s = 1 + random.nextInt(5);
            int[] productOf = random.ints(p, 0, s).toArray();
            int[] rowStart = new int[p + 1];
            int[] columns = new int[p * p];
            int n = 0;
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    if (random.nextDouble() < 0.2) {
                        columns[n++] = j;
                    }
                }
                rowStart[i + 1] = n;
            }
            InputEntries entries = InputEntries.of(productOf, rowStart, columns, p, s);

            TreeSet<Integer> cells = new TreeSet<>();
            for (int i = 0; i < p; i++) {
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    cells.add(productOf[i] * p + columns[k]);
                }
            }
            assertThat(entries.cell)
                    .containsExactly(cells.stream().mapToInt(Integer::intValue).toArray());
            for (int i = 0; i < p; i++) {
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    assertThat(entries.cell[entries.ofFlow[k]]).isEqualTo(productOf[i] * p + columns[k]);
                }
            }
        }
    }

    @Test
    void refusesMorePairsThanAnIntCanNumber() {
        assertThatThrownBy(() -> InputEntries.of(new int[0], new int[] {0}, new int[0], 50_000, 50_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2147483647");
    }
}
