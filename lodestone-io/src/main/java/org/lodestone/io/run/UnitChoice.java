package org.lodestone.io.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.shortfall.ReportingUnit;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.UnitValues;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/** {@code --unit}: the reporting unit a metric is read for, checked the same way by the CLI and the Spark jobs. */
public final class UnitChoice {

    private UnitChoice() {}

    /**
     * The index of the unit: the coalition (index 0) when {@code label} is empty, else the named
     * region, which must have a node of the final commodity when the metric needs one, and a
     * valued final measure for a metric in US dollars.
     *
     * @param values what each unit's final measures are worth ({@code values.csv})
     * @throws InputException for an unknown unit or one without the metric, naming the valid ones
     */
    public static int index(ReportingUnits units, UnitValues values, Optional<String> label, Metric metric) {
        List<ReportingUnit> all = units.units();
        int u = label.map(units::indexOf).orElse(0);
        if (u < 0) {
            Set<String> known =
                    new TreeSet<>(all.stream().map(ReportingUnit::label).toList());
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    "--unit",
                    0,
                    0,
                    "unit",
                    label.get(),
                    "is not the coalition or one of " + "its members or the other producers of "
                            + units.finalCommodity(),
                    "one of " + String.join(", ", known),
                    Suggestions.hint(label.get(), known)));
        }
        if (metric.needsFinalNodes() && !all.get(u).hasFinalNodes()) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    "--unit",
                    0,
                    0,
                    "unit",
                    all.get(u).label(),
                    "has no node of " + units.finalCommodity() + ", so " + metric.key() + " has no value",
                    "a unit with " + units.finalCommodity() + " or --metric most-hit-lost-days",
                    ""));
        }
        if (metric.money() && !values.valued(units, u)) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    "--unit",
                    0,
                    0,
                    "unit",
                    all.get(u).label(),
                    "has no final measure valued in values.csv, so " + metric.key() + " has no value",
                    "the coalition or a member that makes a valued final measure",
                    "Maybe the dataset has no values.csv (format version 1), or values it in two price years"));
        }
        return u;
    }
}
