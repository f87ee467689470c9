package org.lodestone.app.cli;

import java.util.Map;
import java.util.TreeMap;
import org.lodestone.app.run.TableSource;
import org.lodestone.core.ario.StepListener;
import org.lodestone.core.ario.StepView;

/**
 * The lowest output, relative to step 0, of a few industries named {@code REGION:SECTOR}, over a
 * run: what the scenario tests of the bundled library assert on.
 */
final class IndustryLows implements StepListener {
    private final Map<String, Integer> index = new TreeMap<>();
    private final Map<String, Double> low = new TreeMap<>();

    IndustryLows(TableSource source, String... industries) {
        for (String name : industries) {
            String[] part = name.split(":");
            int i = source.table().indexOf(part[0], part[1]);
            if (i < 0) {
                throw new IllegalArgumentException("no industry " + name + " in the table");
            }
            index.put(name, i);
            low.put(name, 1.0);
        }
    }

    /** The lowest output of {@code industry} relative to step 0 so far (1.0 before any step). */
    double low(String industry) {
        return low.get(industry);
    }

    @Override
    public void onStep(StepView v) {
        index.forEach((name, i) ->
                low.merge(name, v.production().get(i) / v.initialOutput().get(i), Math::min));
    }
}
