package org.lodestone.core.ensemble;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.lodestone.core.shortfall.ReportingUnit;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.shortfall.Role;
import org.lodestone.core.shortfall.UnitValues;

/**
 * What an ensemble summary holds: the reporting units, the commodities (for the most-hit counts),
 * the horizon and the varied inputs. Two summaries combine only when their layouts are equal.
 *
 * @param units       unit labels, coalition first
 * @param roles       each unit's role
 * @param banded      for each unit, whether AI-compute bands are kept (the coalition and the members
 *                    that have a node of the final commodity)
 * @param commodities commodity ids, the index space of the most-hit counts
 * @param horizon     days of every member run
 * @param inputs      paths of the varied inputs
 * @param priceYear   the year whose US dollars the value added lost is in; 0 when nothing is valued
 */
public record EnsembleLayout(
        List<String> units,
        List<Role> roles,
        List<Boolean> banded,
        List<String> commodities,
        int horizon,
        List<String> inputs,
        int priceYear)
        implements Serializable {

    /** 2: the price year of {@link Metric#VALUE_ADDED_LOST}; summaries of version 1 are not read. */
    private static final long serialVersionUID = 2L;

    /** The unit of the shares of baseline wherever they are shown. */
    public static final String PERCENT_OF_BASELINE = "% of baseline";

    public EnsembleLayout {
        units = List.copyOf(units);
        roles = List.copyOf(roles);
        banded = List.copyOf(banded);
        commodities = List.copyOf(commodities);
        inputs = List.copyOf(inputs);
        if (roles.size() != units.size() || banded.size() != units.size()) {
            throw new IllegalArgumentException("need one role and one band flag per unit");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, was " + horizon);
        }
    }

    /** The layout of an ensemble over {@code units} with {@code inputs} varied and nothing valued. */
    public static EnsembleLayout of(ReportingUnits units, int horizon, List<String> inputs) {
        return of(units, UnitValues.none(units), horizon, inputs);
    }

    /** The layout of an ensemble over {@code units}, valued by {@code values}, with {@code inputs} varied. */
    public static EnsembleLayout of(ReportingUnits units, UnitValues values, int horizon, List<String> inputs) {
        List<ReportingUnit> all = units.units();
        return new EnsembleLayout(
                all.stream().map(ReportingUnit::label).toList(),
                all.stream().map(ReportingUnit::role).toList(),
                all.stream()
                        .map(u -> u.hasFinalNodes() && u.role() != Role.OTHER)
                        .toList(),
                units.commodities(),
                horizon,
                inputs,
                values.priceYear());
    }

    /**
     * The unit of metric m's values as files show them ({@link Metric#shown}): {@code % of baseline}
     * for the shares, the price year for money ({@code USD 2024}), else {@link Metric#unit}.
     */
    public String unitOf(Metric m) {
        if (m.percent()) {
            return PERCENT_OF_BASELINE;
        }
        return m.money() && priceYear > 0 ? m.unit() + " " + priceYear : m.unit();
    }

    /** Index of the unit with this label, or −1. */
    public int unit(String label) {
        return units.indexOf(Objects.requireNonNull(label, "label"));
    }
}
