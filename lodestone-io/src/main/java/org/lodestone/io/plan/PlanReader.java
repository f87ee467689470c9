package org.lodestone.io.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.plan.CapacityOption;
import org.lodestone.core.plan.PartnerOption;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.core.plan.PlanSpec;
import org.lodestone.core.plan.StockpileOption;
import org.lodestone.core.shortfall.PercentOfBaseline;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.scenario.YamlFields;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads a plan file (YAML, schema marker {@code lodestone: 1}; {@code docs/plan-format.md}).
 * Like scenario files, unknown keys are errors that list the valid ones, and every problem of the
 * file is reported together with its line and column. Regions, commodities and scenarios are
 * checked later, against the dataset.
 */
public final class PlanReader {

    private static final Pattern PERCENT = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(%?)");

    static final Set<String> KEYS = Set.of(
            "lodestone",
            "name",
            "description",
            "dataset",
            "coalition",
            "decided",
            "scenarios",
            "objective",
            "target",
            "budget",
            "capacity",
            "stockpiles",
            "partners",
            "period-days",
            "time-limit-seconds",
            "price-year");
    static final Set<String> CAPACITY_KEYS = Set.of("region", "commodity", "unit-cost", "lead-days", "max");
    static final Set<String> STOCKPILE_KEYS = Set.of("region", "commodity", "holding-cost", "release-rate", "max");
    static final Set<String> PARTNER_KEYS = Set.of("region", "joining-cost");

    private PlanReader() {}

    /** @throws InputException with every problem found */
    public static LocatedPlan read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputException.of(new Problem(
                    Problem.Severity.ERROR,
                    file.toString(),
                    0,
                    0,
                    "",
                    "",
                    Files.exists(file) ? "cannot be read: " + e.getMessage() : "does not exist",
                    "a plan file (YAML)",
                    ""));
        }
        return read(file.toString(), new String(bytes, StandardCharsets.UTF_8), file);
    }

    /**
     * Reads plan text.
     *
     * @param display the name used in problem locations
     * @param file    the path relative scenario references are resolved from
     * @throws InputException with every problem found
     */
    public static LocatedPlan read(String display, String text, Path file) {
        Problems problems = new Problems();
        YamlMap map = YamlMap.parse(display, text, problems).orElse(null);
        if (map == null) {
            problems.throwIfErrors();
        }
        YamlFields f = new YamlFields(problems);
        map.rejectUnknownKeys(KEYS, problems);
        f.choice(map, "lodestone", true, List.of("1"));
        String name = f.text(map, "name", true).orElse("");
        String dataset = f.text(map, "dataset", true).orElse("");
        Optional<String> coalition = f.text(map, "coalition", false);
        Optional<LocalDate> decided = f.date(map, "decided", true);
        List<String> scenarios = map.listOfScalars("scenarios", problems);
        if (scenarios.isEmpty() && !problems.hasErrors()) {
            problems.error(
                    map.locationOfKey("scenarios"),
                    "scenarios",
                    "",
                    "is missing or empty",
                    "a list of builtin:NAME or scenario files",
                    "Run lodestone scenarios for the bundled ones");
        }
        List<Location> scenarioLocations =
                scenarios.stream().map(s -> map.locationOf("scenarios")).toList();
        Optional<PlanObjective> objective =
                f.choice(map, "objective", true, PlanObjective.keys()).flatMap(PlanObjective::of);
        OptionalDouble target = target(map, objective.orElse(null) == PlanObjective.MIN_COST, problems);
        OptionalDouble budget = f.number(
                map, "budget", objective.orElse(null) == PlanObjective.MAX_MIN_COMPUTE, 0, Double.POSITIVE_INFINITY);
        int period = f.integer(map, "period-days", false, 1).orElse(PlanSpec.DEFAULT_PERIOD_DAYS);
        OptionalInt priceYear = f.integer(map, "price-year", false, 1900);
        double limit = f.number(map, "time-limit-seconds", false, Double.MIN_VALUE, 86_400)
                .orElse(PlanSpec.DEFAULT_TIME_LIMIT_SECONDS);
        List<PartnerOption> partners = new ArrayList<>();
        List<Location> partnerLocations = new ArrayList<>();
        for (YamlMap item : map.listOfMaps("partners", problems)) {
            item.rejectUnknownKeys(PARTNER_KEYS, problems);
            Optional<String> region = f.text(item, "region", true);
            OptionalDouble cost = f.number(item, "joining-cost", false, 0, Double.POSITIVE_INFINITY);
            region.ifPresent(r -> partners.add(new PartnerOption(RegionId.of(r), cost.orElse(0))));
            partnerLocations.add(item.location());
        }
        Set<String> partnerRegions =
                new HashSet<>(partners.stream().map(p -> p.region().code()).toList());
        Options options = new Options(f, problems, partnerRegions);
        map.listOfMaps("capacity", problems).forEach(options::capacity);
        map.listOfMaps("stockpiles", problems).forEach(options::stockpile);
        problems.throwIfErrors();
        PlanSpec spec = new PlanSpec(
                name,
                dataset,
                coalition,
                decided.orElseThrow(),
                scenarios,
                objective.orElseThrow(),
                target.orElse(0),
                budget,
                options.capacity,
                options.stockpiles,
                partners,
                period,
                limit,
                priceYear);
        return new LocatedPlan(
                spec, file, scenarioLocations, options.capacityAt, options.stockpilesAt, partnerLocations);
    }

    /**
     * {@code target}: AI compute delivered in % of baseline ({@code 99} or {@code 99%}, 0 to 200),
     * as the fraction the planner uses; the old fraction form is refused ({@link PercentOfBaseline}).
     */
    private static OptionalDouble target(YamlMap map, boolean required, Problems problems) {
        Optional<String> text = map.scalar("target", required, problems);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        String expected = "AI compute delivered in % of baseline, 0 to 200, e.g. 99 or 99%";
        Matcher m = PERCENT.matcher(text.get());
        if (!m.matches()) {
            problems.error(map.locationOf("target"), "target", text.get(), "is not a percentage", expected, "");
            return OptionalDouble.empty();
        }
        Optional<String> ambiguity =
                PercentOfBaseline.ambiguity(m.group(1), !m.group(2).isEmpty());
        if (ambiguity.isPresent()) {
            problems.error(map.locationOf("target"), "target", text.get(), ambiguity.get(), expected, "");
            return OptionalDouble.empty();
        }
        double fraction = PercentOfBaseline.fraction(m.group(1));
        if (fraction < 0 || fraction > PercentOfBaseline.OLD_FRACTIONS_UP_TO) {
            problems.error(map.locationOf("target"), "target", text.get(), "is out of range", expected, "");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(fraction);
    }

    /** Reads capacity and stockpile options, checking that those in a candidate partner's territory are bounded. */
    private static final class Options {
        final YamlFields f;
        final Problems problems;
        final Set<String> partners;
        final List<CapacityOption> capacity = new ArrayList<>();
        final List<StockpileOption> stockpiles = new ArrayList<>();
        final List<Location> capacityAt = new ArrayList<>();
        final List<Location> stockpilesAt = new ArrayList<>();

        Options(YamlFields f, Problems problems, Set<String> partners) {
            this.f = f;
            this.problems = problems;
            this.partners = partners;
        }

        void capacity(YamlMap item) {
            item.rejectUnknownKeys(CAPACITY_KEYS, problems);
            Optional<String> region = f.text(item, "region", true);
            Optional<String> commodity = f.text(item, "commodity", true);
            OptionalDouble cost = f.number(item, "unit-cost", true, 0, Double.POSITIVE_INFINITY);
            int lead = f.integer(item, "lead-days", false, 0).orElse(0);
            double max = bound(item, region);
            if (region.isPresent() && commodity.isPresent() && cost.isPresent() && !Double.isNaN(max)) {
                capacity.add(new CapacityOption(
                        RegionId.of(region.get()), CommodityId.of(commodity.get()), cost.getAsDouble(), lead, max));
                capacityAt.add(item.location());
            }
        }

        void stockpile(YamlMap item) {
            item.rejectUnknownKeys(STOCKPILE_KEYS, problems);
            Optional<String> region = f.text(item, "region", true);
            Optional<String> commodity = f.text(item, "commodity", true);
            OptionalDouble cost = f.number(item, "holding-cost", true, 0, Double.POSITIVE_INFINITY);
            OptionalDouble rate = f.number(item, "release-rate", true, Double.MIN_VALUE, 1);
            double max = bound(item, region);
            if (region.isPresent()
                    && commodity.isPresent()
                    && cost.isPresent()
                    && rate.isPresent()
                    && !Double.isNaN(max)) {
                stockpiles.add(new StockpileOption(
                        RegionId.of(region.get()),
                        CommodityId.of(commodity.get()),
                        cost.getAsDouble(),
                        rate.getAsDouble(),
                        max));
                stockpilesAt.add(item.location());
            }
        }

        /** The option's {@code max}: +∞ when absent, except in a candidate partner's territory; NaN when wrong. */
        private double bound(YamlMap item, Optional<String> region) {
            OptionalDouble max = f.number(item, "max", false, Double.MIN_VALUE, Double.POSITIVE_INFINITY);
            if (item.has("max") && max.isEmpty()) {
                return Double.NaN;
            }
            if (max.isEmpty() && region.isPresent() && partners.contains(region.get())) {
                problems.error(
                        item.location(),
                        "max",
                        "",
                        "is missing for an option in candidate partner " + region.get(),
                        "a finite upper bound",
                        "Options in a partner's territory exist only if it joins, which the planner models with max");
                return Double.NaN;
            }
            return max.orElse(Double.POSITIVE_INFINITY);
        }
    }
}
