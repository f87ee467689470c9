package org.lodestone.core.ario;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;

/**
 * A bilateral flow to measure in a run: what some supplier industries deliver to some buyers,
 * industries (their inputs) and final-demand columns alike. A flow of one commodity from exporting
 * regions to importing ones is made by {@link #between}.
 *
 * @param suppliers    the supplying industries' indices
 * @param buyers       per industry of the table: true when its purchases count
 * @param buyerColumns per final-demand column of the table: true when its purchases count
 */
public record FlowWatch(int[] suppliers, boolean[] buyers, boolean[] buyerColumns) {

    /** @throws IllegalArgumentException if there is no supplier */
    public FlowWatch {
        if (suppliers.length == 0) {
            throw new IllegalArgumentException("a flow needs at least one supplier");
        }
        suppliers = suppliers.clone();
        buyers = buyers.clone();
        buyerColumns = buyerColumns.clone();
    }

    /**
     * The flow of {@code commodity} from its producers in {@code exporters} to every industry and
     * final buyer in {@code importers}; an empty {@code importers} means every region that is not
     * an exporter (the exporters' exports).
     *
     * @throws IllegalArgumentException if no exporter makes the commodity
     */
    public static FlowWatch between(
            IoTable table, String commodity, Collection<String> exporters, Collection<String> importers) {
        Set<String> from = Set.copyOf(exporters);
        Set<String> to = new TreeSet<>(importers);
        if (to.isEmpty()) {
            to.addAll(table.regions());
            table.finalDemandColumns().forEach(c -> to.add(c.region()));
            to.removeAll(from);
        }
        List<Industry> industries = table.industries();
        int[] suppliers = IntStream.range(0, industries.size())
                .filter(i -> industries.get(i).sector().equals(commodity)
                        && from.contains(industries.get(i).region()))
                .toArray();
        if (suppliers.length == 0) {
            throw new IllegalArgumentException("no industry of " + commodity + " in " + new TreeSet<>(from));
        }
        boolean[] buyers = new boolean[industries.size()];
        for (int j = 0; j < buyers.length; j++) {
            buyers[j] = to.contains(industries.get(j).region());
        }
        List<FinalDemandColumn> columns = table.finalDemandColumns();
        boolean[] buyerColumns = new boolean[columns.size()];
        for (int c = 0; c < buyerColumns.length; c++) {
            buyerColumns[c] = to.contains(columns.get(c).region());
        }
        return new FlowWatch(suppliers, buyers, buyerColumns);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowWatch w
                && Arrays.equals(suppliers, w.suppliers)
                && Arrays.equals(buyers, w.buyers)
                && Arrays.equals(buyerColumns, w.buyerColumns);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(suppliers) + Arrays.hashCode(buyers)) + Arrays.hashCode(buyerColumns);
    }

    @Override
    public String toString() {
        return "FlowWatch[suppliers=" + Arrays.toString(suppliers) + "]";
    }
}
