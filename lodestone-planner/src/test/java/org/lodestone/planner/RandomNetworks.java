package org.lodestone.planner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.lodestone.core.mrio.FinalDemandColumn;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SparseMatrix;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/**
 * Small random physical tables and events for the engine-agreement properties: 2–3 regions
 * (A, B, C) × {@code compute} and 1–2 input commodities, one final-demand column per region.
 * Compute nodes buy inputs and sell only to final demand; input nodes sell to compute, to each
 * other and to final demand. Flows are yearly (365 × a daily figure), x is the row sum of [Z Y].
 */
final class RandomNetworks {

    static final double DAYS = 365;
    static final String FINAL = "compute";
    private static final List<String> INPUTS = List.of("chips", "ore");

    private RandomNetworks() {}

    static IoTable table(Random random) {
        List<String> regions = List.of("A", "B", "C").subList(0, 2 + random.nextInt(2));
        List<String> sectors = new ArrayList<>(INPUTS.subList(0, 1 + random.nextInt(2)));
        sectors.add(FINAL);
        sectors.sort(null);
        List<Industry> industries = new ArrayList<>();
        for (String r : regions) {
            for (String s : sectors) {
                industries.add(new Industry(r, s));
            }
        }
        int p = industries.size();
        int q = regions.size();
        double[] z = new double[p * p];
        double[] y = new double[p * q];
        for (int i = 0; i < p; i++) {
            boolean input = !industries.get(i).sector().equals(FINAL);
            for (int j = 0; input && j < p; j++) {
                boolean buys =
                        !industries.get(j).sector().equals(industries.get(i).sector());
                if (buys && random.nextInt(3) > 0) {
                    z[i * p + j] = DAYS * (1 + random.nextInt(20));
                }
            }
            y[i * q + random.nextInt(q)] = DAYS * (5 + random.nextInt(50));
            for (int c = 0; c < q; c++) {
                y[i * q + c] += random.nextBoolean() ? DAYS * random.nextInt(30) : 0;
            }
        }
        return table(industries, regions, z, y);
    }

    private static IoTable table(List<Industry> industries, List<String> regions, double[] z, double[] y) {
        int p = industries.size();
        int q = regions.size();
        double[] x = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                x[i] += z[i * p + j];
            }
            for (int c = 0; c < q; c++) {
                x[i] += y[i * q + c];
            }
        }
        List<FinalDemandColumn> columns =
                regions.stream().map(r -> new FinalDemandColumn(r, "final")).toList();
        return new IoTable(
                industries,
                columns,
                SparseMatrix.fromDense(p, p, z),
                SparseMatrix.fromDense(p, q, y),
                x,
                IoTable.Units.PHYSICAL,
                1,
                Optional.empty());
    }

    /** 1–4 events of the kinds the planner models, starting within the first half of {@code horizon}. */
    static List<Event> events(Random random, IoTable table, int horizon) {
        List<Event> events = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int e = 0; e < count; e++) {
            events.add(event(random, table, horizon));
        }
        return events;
    }

    private static Event event(Random random, IoTable table, int horizon) {
        int p = table.size();
        int q = table.finalDemandColumns().size();
        int[] at = some(random, p);
        int start = 1 + random.nextInt(horizon / 2);
        int duration = 1 + random.nextInt(horizon / 2);
        return switch (random.nextInt(5)) {
            case 0 ->
                new Event.CapacityLoss(
                        at, fractions(random, at.length), start, duration, curve(random), 1 + 30 * random.nextDouble());
            case 1 -> new Event.DemandShock(at, flags(random, q), 1.5 * random.nextDouble(), start, duration);
            case 2 -> exportControl(random, at, p, q, start, duration);
            case 3 -> logistics(random, table, start, duration);
            default ->
                new Event.StockRelease(
                        at, random.nextInt(table.sectors().size()), 1 + random.nextInt(9), start, duration);
        };
    }

    private static int[] some(Random random, int n) {
        int[] all = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextInt(3) == 0) {
                all[k++] = i;
            }
        }
        return k == 0 ? new int[] {random.nextInt(n)} : Arrays.copyOf(all, k);
    }

    private static boolean[] flags(Random random, int n) {
        boolean[] flags = new boolean[n];
        for (int i = 0; i < n; i++) {
            flags[i] = random.nextBoolean();
        }
        return flags;
    }

    private static double[] fractions(Random random, int n) {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = 0.05 + 0.95 * random.nextDouble();
        }
        return f;
    }

    /**
     * A chokepoint as the binder makes one: random route shares from some exporting regions, and
     * as the event's industries every industry of those regions (the engine takes the share of a
     * flow from the route matrix alone, which the binder keeps consistent with the industries).
     */
    /**
     * An export control with the draws of the direct, one-rate control, then (from a generator of
     * its own, so the other events' draws do not move) a reach per controlled industry in (0, 1]
     * and an approval rate per buyer: content reach and licensing by target as binding makes them.
     */
    private static Event exportControl(Random random, int[] at, int p, int q, int start, int duration) {
        boolean[] buyers = flags(random, p);
        boolean[] columns = flags(random, q);
        double share = random.nextDouble();
        double approval = random.nextDouble();
        int delay = random.nextInt(10);
        Random own = new Random(31L * start + duration);
        double[] reach = new double[at.length];
        for (int n = 0; n < reach.length; n++) {
            reach[n] = 1 - own.nextDouble();
        }
        return new Event.ExportControl(
                at, buyers, columns, share, start, duration, approval, delay, reach, rates(own, p), rates(own, q));
    }

    private static double[] rates(Random random, int n) {
        double[] rates = new double[n];
        for (int k = 0; k < n; k++) {
            rates[k] = random.nextDouble();
        }
        return rates;
    }

    private static Event logistics(Random random, IoTable table, int start, int duration) {
        int regions = table.regions().size();
        double[][] share = new double[regions][regions];
        int exporter = random.nextInt(regions);
        share[exporter][random.nextInt(regions)] = 0.1 + 0.9 * random.nextDouble();
        for (int a = 0; a < regions; a++) {
            for (int b = 0; b < regions && (a == exporter || random.nextInt(3) == 0); b++) {
                share[a][b] += random.nextInt(3) == 0 ? 0 : (1 - share[a][b]) * random.nextDouble();
            }
        }
        int[] industries = IntStream.range(0, table.size())
                .filter(i -> {
                    int a = table.regions().indexOf(table.industries().get(i).region());
                    return Arrays.stream(share[a]).anyMatch(v -> v > 0);
                })
                .toArray();
        return new Event.LogisticsDisruption(
                industries, share, random.nextDouble(), random.nextInt(5), start, duration);
    }

    private static RecoveryCurve curve(Random random) {
        return RecoveryCurve.values()[random.nextInt(RecoveryCurve.values().length)];
    }
}
