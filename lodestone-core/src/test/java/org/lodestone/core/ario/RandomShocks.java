package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * Seeded random shocks for the property tests: every event kind, curve and timing the engine
 * supports, and the market events Lodestone adds (restrictions, demand shocks, stock releases).
 */
final class RandomShocks {

    private RandomShocks() {}

    /** One capacity loss; on tables with capital, also one capital recovery and one rebuild event. */
    static List<Event> of(ArioModel model, Random random) {
        IoTable table = model.table();
        int p = table.size();
        List<Event> events = new ArrayList<>();
        events.add(new Event.CapacityLoss(
                new int[] {SeededTables.producing(table, random.nextInt(p))},
                new double[] {0.2 + 0.7 * random.nextDouble()},
                1 + random.nextInt(10),
                1 + random.nextInt(20),
                curve(random),
                1 + random.nextInt(30)));
        if (Double.isNaN(model.capital(0))) {
            return events;
        }
        int recovering = random.nextInt(p);
        double damage = (0.1 + 0.4 * random.nextDouble()) * model.capital(recovering);
        events.add(new Event.CapitalRecovery(
                new int[] {recovering},
                new double[] {damage},
                1 + random.nextInt(10),
                1 + random.nextInt(20),
                curve(random),
                1 + random.nextInt(30)));
        int rebuilt = random.nextInt(p);
        int s = table.sectors().size();
        int first = random.nextInt(s);
        Map<Integer, Double> shares = s == 1 ? Map.of(first, 1.0) : Map.of(first, 0.6, (first + 1) % s, 0.4);
        double destroyed = (0.05 + 0.3 * random.nextDouble()) * model.capital(rebuilt);
        events.add(new Event.CapitalRebuild(
                new int[] {rebuilt},
                new double[] {destroyed},
                1 + random.nextInt(10),
                1 + random.nextInt(20),
                shares,
                1 + random.nextInt(60),
                1.0));
        return events;
    }

    private static RecoveryCurve curve(Random random) {
        return RecoveryCurve.values()[random.nextInt(RecoveryCurve.values().length)];
    }

    /**
     * An export control by a random region's industries on every other region (with licensing), a
     * logistics disruption with random route shares, a demand shock and a stock release.
     */
    static List<Event> market(ArioModel model, Random random) {
        IoTable table = model.table();
        int p = table.size();
        int q = table.finalDemandColumns().size();
        String imposer = table.industries().get(random.nextInt(p)).region();
        int[] controlled = IntStream.range(0, p)
                .filter(i -> table.industries().get(i).region().equals(imposer))
                .toArray();
        boolean[] buyers = new boolean[p];
        for (int j = 0; j < p; j++) {
            buyers[j] = !table.industries().get(j).region().equals(imposer);
        }
        boolean[] columns = new boolean[q];
        for (int c = 0; c < q; c++) {
            columns[c] = !table.finalDemandColumns().get(c).region().equals(imposer);
        }
        List<Event> events = new ArrayList<>();
        events.add(new Event.ExportControl(
                controlled,
                buyers,
                columns,
                0.3 + 0.7 * random.nextDouble(),
                1 + random.nextInt(10),
                5 + random.nextInt(40),
                random.nextDouble(),
                random.nextInt(20)));
        int regions = model.regionNames().size();
        double[][] routes = new double[regions][regions];
        for (double[] row : routes) {
            for (int b = 0; b < regions; b++) {
                row[b] = random.nextDouble() < 0.5 ? random.nextDouble() : 0;
            }
        }
        events.add(new Event.LogisticsDisruption(
                IntStream.range(0, p).toArray(),
                routes,
                random.nextDouble(),
                random.nextInt(5),
                1 + random.nextInt(10),
                5 + random.nextInt(30)));
        boolean[] shocked = new boolean[q];
        shocked[random.nextInt(q)] = true;
        events.add(new Event.DemandShock(
                new int[] {SeededTables.producing(table, random.nextInt(p))},
                shocked,
                0.5 + random.nextDouble(),
                1 + random.nextInt(10),
                5 + random.nextInt(30)));
        int buyer = random.nextInt(p);
        events.add(new Event.StockRelease(
                new int[] {buyer},
                random.nextInt(table.sectors().size()),
                1 + random.nextInt(100),
                1 + random.nextInt(10),
                5 + random.nextInt(30)));
        return events;
    }

    /**
     * Market events that change nothing: restrictions with blocked share 0, a control fully licensed
     * at once, a chokepoint closed for 0 % of its crossing volume, and a demand factor of 1.
     */
    static List<Event> neutral(ArioModel model, Random random) {
        List<Event> events = new ArrayList<>();
        for (Event e : market(model, random)) {
            events.addAll(e.accept(new Neutral()));
        }
        return events;
    }

    /** The neutral versions of a market event; none for the others. */
    private static final class Neutral implements Event.Visitor<List<Event>> {
        @Override
        public List<Event> capacityLoss(Event.CapacityLoss e) {
            return List.of();
        }

        @Override
        public List<Event> capitalRecovery(Event.CapitalRecovery e) {
            return List.of();
        }

        @Override
        public List<Event> capitalRebuild(Event.CapitalRebuild e) {
            return List.of();
        }

        @Override
        public List<Event> exportControl(Event.ExportControl c) {
            return List.of(
                    new Event.ExportControl(
                            c.industries(),
                            c.targetBuyers(),
                            c.targetColumns(),
                            0,
                            c.start(),
                            c.duration(),
                            c.approvalRate(),
                            c.delayDays()),
                    new Event.ExportControl(
                            c.industries(),
                            c.targetBuyers(),
                            c.targetColumns(),
                            c.share(),
                            c.start(),
                            c.duration(),
                            1,
                            0));
        }

        @Override
        public List<Event> logisticsDisruption(Event.LogisticsDisruption d) {
            return List.of(
                    new Event.LogisticsDisruption(d.industries(), d.routeShare(), 0, 0, d.start(), d.duration()));
        }

        @Override
        public List<Event> demandShock(Event.DemandShock d) {
            return List.of(new Event.DemandShock(d.industries(), d.columns(), 1, d.start(), d.duration()));
        }

        @Override
        public List<Event> stockRelease(Event.StockRelease r) {
            return List.of();
        }
    }
}
