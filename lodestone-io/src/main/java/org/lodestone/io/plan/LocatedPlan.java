package org.lodestone.io.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.io.problem.Location;

/**
 * A plan read from a file, with where each part was written, so that checks against the dataset
 * (unknown regions, commodities, scenarios) can point at the line.
 *
 * @param spec       the plan
 * @param file       the plan file; relative scenario paths are resolved from its folder
 * @param scenarios  where each scenario reference is written
 * @param capacity   where each capacity option starts
 * @param stockpiles where each stockpile option starts
 * @param partners   where each partner starts
 */
public record LocatedPlan(
        PlanSpec spec,
        Path file,
        List<Location> scenarios,
        List<Location> capacity,
        List<Location> stockpiles,
        List<Location> partners) {

    public LocatedPlan {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(file, "file");
        scenarios = List.copyOf(scenarios);
        capacity = List.copyOf(capacity);
        stockpiles = List.copyOf(stockpiles);
        partners = List.copyOf(partners);
    }

    /** The path of scenario reference {@code n}: {@code builtin:NAME} as is, a relative file from the plan's folder. */
    public Path scenarioPath(int n) {
        String reference = spec.scenarios().get(n);
        if (reference.startsWith("builtin:")) {
            return Path.of(reference);
        }
        Path path = Path.of(reference);
        Path folder = file.toAbsolutePath().getParent();
        return path.isAbsolute() || folder == null ? path : folder.resolve(path);
    }
}
