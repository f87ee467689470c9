package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.shock.Event;

/**
 * The supplier pass over a product's flows by buyer ({@link ProductColumns}) gives the row pass's
 * results bit for bit, on one worker and two, with suppliers restricted part of the time (their
 * product then takes the row pass).
 */
class ProductColumnsTest {

    private static final int REGIONS = 200;
    private static final int SECTORS = 60;
    private static final int P = REGIONS * SECTORS;

    /**
     * Within a product the flows come by buyer; the first supplier's flows (4 to 7 of them) come in
     * its row's order, each with its value and the partial sum the row pass adds it to: its
     * position for the first full group of four, 0 for the rest.
     */
    @Test
    void aProductsFlowsAreStoredByBuyerWithTheirPartialSums() {
        ArioModel model = ArioModel.of(table(new Random(3)), ArioParameters.defaults());
        ProductColumns columns = model.productColumns;
        assertThat(columns.keeps(0))
                .as("a sparse table of %d flows keeps every product", model.zValues.length)
                .isTrue();
        int[] entries = model.entries.ofFlow;
        for (int f = 1; f < columns.entry.length; f++) {
            int product = model.entries.product[columns.entry[f]];
            if (product == model.entries.product[columns.entry[f - 1]]) {
                assertThat(columns.entry[f]).as("flow %d by buyer", f).isGreaterThanOrEqualTo(columns.entry[f - 1]);
            }
        }
        int supplier = model.rowsByProduct[0];
        int flows = model.zRowStart[supplier + 1] - model.zRowStart[supplier];
        assertThat(flows).isBetween(4, 7);
        int found = 0;
        for (int f = 0; f < columns.entry.length && found < flows; f++) {
            if (columns.slot[f] >>> 2 == 0 && model.entries.product[columns.entry[f]] == model.productOf[supplier]) {
                int k = model.zRowStart[supplier] + found;
                assertThat(columns.entry[f]).as("its flow %d", found).isEqualTo(entries[k]);
                assertThat(columns.values[f]).isEqualTo(model.zValues[k]);
                assertThat(columns.slot[f] & 3)
                        .as("partial sum of flow %d", found)
                        .isEqualTo(found < 4 ? found : 0);
                found++;
            }
        }
        assertThat(found).isEqualTo(flows);
    }

    @Test
    void smallTablesKeepNoProduct() {
        ArioModel model = ArioModel.of(SeededTables.sparsePhysical(7), ArioParameters.defaults());
        assertThat(model.productColumns.keeps(0)).isFalse();
    }

    /** 12,000 industries, 4 to 7 buyers each; capacity, capital and market shocks (an export control, a logistics disruption). */
    @Test
    void theByBuyerPassGivesTheRowPassResultsBitForBit() {
        IoTable table = table(new Random(5));
        ArioParameters parameters = ArioParameters.defaults().withInventory(5, Map.of());

        List<double[]> rows = run(ArioModel.sparseRows(table, parameters));
        List<double[]> oneWorker = run(ArioModel.of(table, parameters));
        List<double[]> twoWorkers = run(ArioModel.of(table, parameters.withThreads(2)));

        assertThat(oneWorker).hasSameSizeAs(rows);
        for (int t = 0; t < rows.size(); t++) {
            assertThat(oneWorker.get(t)).as("step %d, one worker", t).isEqualTo(rows.get(t));
            assertThat(twoWorkers.get(t)).as("step %d, two workers", t).isEqualTo(rows.get(t));
        }
    }

    private static List<double[]> run(ArioModel model) {
        List<Event> events = new ArrayList<>(RandomShocks.of(model, new Random(7)));
        events.addAll(RandomShocks.market(model, new Random(11)));
        List<double[]> steps = new ArrayList<>();
        new ArioRun(model, events).run(60, step -> {
            int p = step.industries();
            double[] values = new double[4 * p];
            step.production().copyInto(values);
            for (int i = 0; i < p; i++) {
                values[p + i] = step.intermediateDemand().get(i);
                values[2 * p + i] = step.inputStocksTotal().get(i);
                values[3 * p + i] = step.capacity().get(i);
            }
            steps.add(values);
        });
        return steps;
    }

    /** Each industry sells to 4–7 random buyers and to its region's households. */
    private static IoTable table(Random random) {
        List<Industry> industries = new ArrayList<>();
        List<FinalDemandColumn> columns = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            columns.add(new FinalDemandColumn(String.format("r%03d", r), "households"));
            for (int s = 0; s < SECTORS; s++) {
                industries.add(new Industry(String.format("r%03d", r), String.format("s%02d", s)));
            }
        }
        int[] zStart = new int[P + 1];
        List<Integer> zColumns = new ArrayList<>();
        List<Double> zValues = new ArrayList<>();
        double[] x = new double[P];
        for (int i = 0; i < P; i++) {
            int[] buyers = random.ints(0, P)
                    .distinct()
                    .limit(4 + random.nextInt(4))
                    .sorted()
                    .toArray();
            for (int j : buyers) {
                double z = 1 + random.nextInt(1000);
                zColumns.add(j);
                zValues.add(z);
                x[i] += z;
            }
            zStart[i + 1] = zColumns.size();
        }
        int[] yStart = new int[P + 1];
        int[] yColumns = new int[P];
        double[] yValues = new double[P];
        for (int i = 0; i < P; i++) {
            yStart[i + 1] = i + 1;
            yColumns[i] = i / SECTORS;
            yValues[i] = 500 + random.nextInt(1000);
            x[i] += yValues[i];
        }
        return new IoTable(
                industries,
                columns,
                new SparseMatrix(
                        P,
                        P,
                        zStart,
                        zColumns.stream().mapToInt(Integer::intValue).toArray(),
                        zValues.stream().mapToDouble(Double::doubleValue).toArray()),
                new SparseMatrix(P, REGIONS, yStart, yColumns, yValues),
                x,
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }
}
