package org.lodestone.core.ario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/** Seeded random shocks for the property tests: every event kind, curve and timing the engine supports. */
final class RandomShocks {

    private RandomShocks() {}

    /** One capacity loss; on tables with capital, also one capital recovery and one rebuild event. */
    static List<Event> of(ArioModel model, Random random) {
        IoTable table = model.table();
        int p = table.size();
        List<Event> events = new ArrayList<>();
        events.add(new Event.CapacityLoss(new int[] {TestTables.producing(table, random.nextInt(p))},
                new double[] {0.2 + 0.7 * random.nextDouble()}, 1 + random.nextInt(10), 1 + random.nextInt(20), curve(random),
                1 + random.nextInt(30)));
        if (Double.isNaN(model.capital(0))) {
            return events;
        }
        int recovering = random.nextInt(p);
        double damage = (0.1 + 0.4 * random.nextDouble()) * model.capital(recovering);
        events.add(new Event.CapitalRecovery(new int[] {recovering}, new double[] {damage}, 1 + random.nextInt(10),
                1 + random.nextInt(20), curve(random), 1 + random.nextInt(30)));
        int rebuilt = random.nextInt(p);
        int s = table.sectors().size();
        int first = random.nextInt(s);
        Map<Integer, Double> shares = s == 1 ? Map.of(first, 1.0) : Map.of(first, 0.6, (first + 1) % s, 0.4);
        double destroyed = (0.05 + 0.3 * random.nextDouble()) * model.capital(rebuilt);
        events.add(new Event.CapitalRebuild(new int[] {rebuilt}, new double[] {destroyed}, 1 + random.nextInt(10), 1 + random.nextInt(20),
                shares, 1 + random.nextInt(60), 1.0));
        return events;
    }

    private static RecoveryCurve curve(Random random) {
        return RecoveryCurve.values()[random.nextInt(RecoveryCurve.values().length)];
    }
}
