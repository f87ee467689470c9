package org.lodestone.io.backtest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Keeps calibration honest: every model setting an episode's scenario changes from the engine's
 * defaults, and every number of the dataset it sets ({@code dataset.FAMILY[KEYS].FIELD}: the
 * figures of the episode's year, such as a capacity), must be stated under {@code overrides} with
 * a source (or {@code assumed}), and every stated override must be one the scenario makes. So no
 * parameter is tuned to an episode silently.
 */
final class StatedOverrides {

    private StatedOverrides() {}

    /** Records a problem for each setting changed but not stated, and each stated but not changed. */
    static void check(Scenario scenario, List<Episode.StatedOverride> stated, YamlMap episode, Problems problems) {
        Set<String> changed = changed(scenario.model());
        changed.addAll(scenario.datasetValues().keySet());
        Set<String> declared = new TreeSet<>();
        stated.forEach(o -> declared.add(o.path()));
        for (String path : changed) {
            if (!declared.contains(path)) {
                problems.error(
                        episode.locationOfKey("scenario"),
                        "scenario",
                        path,
                        "is set by the scenario but not stated under overrides",
                        "an overrides entry {path: " + path + ", source: ID, note: why it held then}",
                        "An episode may only change a default when it was true at the time");
            }
        }
        for (String path : declared) {
            if (!changed.contains(path)) {
                problems.error(
                        episode.locationOfKey("overrides"),
                        "path",
                        path,
                        "is stated as an override but the scenario does not set it",
                        "one of " + (changed.isEmpty() ? "(none: the scenario keeps every default)" : changed),
                        "");
            }
        }
    }

    /** The paths ({@code model.psi}, {@code model.inventory.KEY}) whose values differ from the defaults. */
    static Set<String> changed(ArioParameters model) {
        ArioParameters d = ArioParameters.defaults();
        Set<String> paths = new TreeSet<>();
        add(paths, "model.kind", !model.kind().equals(d.kind()));
        add(paths, "model.order-type", !model.orderType().equals(d.orderType()));
        add(paths, "model.psi", model.psi() != d.psi());
        add(paths, "model.alpha-base", model.alphaBase() != d.alphaBase());
        add(paths, "model.alpha-max", model.alphaMax() != d.alphaMax());
        add(paths, "model.alpha-tau", model.alphaTau() != d.alphaTau());
        add(paths, "model.inventory-days", model.inventoryDays() != d.inventoryDays());
        add(paths, "model.inventory-restoration-tau", model.inventoryRestorationTau() != d.inventoryRestorationTau());
        model.inventoryDaysBySector().keySet().forEach(k -> paths.add("model.inventory." + k));
        model.restorationTauBySector().keySet().forEach(k -> paths.add("model.inventory-restoration-tau." + k));
        return paths;
    }

    private static void add(Set<String> paths, String path, boolean changed) {
        if (changed) {
            paths.add(path);
        }
    }
}
