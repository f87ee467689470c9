package org.lodestone.io.backtest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lodestone.core.backtest.Band;
import org.lodestone.core.backtest.MetricKind;
import org.lodestone.core.backtest.ObservedMetric;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.scenario.YamlFields;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads the {@code metrics} of an episode file: each entry's kind, nodes, period (dates, turned
 * into days from the scenario's start and checked against its horizon), observed value, band and
 * sources (which must be listed under the episode's {@code sources}).
 */
final class MetricReader {

    private static final Set<String> KEYS = Set.of(
            "id",
            "kind",
            "commodity",
            "regions",
            "importers",
            "period",
            "observed",
            "band",
            "sources",
            "needs",
            "note");
    private static final Set<String> PERIOD_KEYS = Set.of("from", "to");
    private static final Set<String> BAND_KEYS = Set.of("min", "max", "basis");
    private static final List<String> BASES = List.of("measurement", "judgement");

    private final YamlFields f;
    private final Problems problems;
    private final Scenario scenario;
    private final Set<String> sourceIds;

    MetricReader(YamlFields f, Problems problems, Scenario scenario, Set<String> sourceIds) {
        this.f = f;
        this.problems = problems;
        this.scenario = scenario;
        this.sourceIds = sourceIds;
    }

    List<Episode.Metric> readAll(List<YamlMap> entries) {
        List<Episode.Metric> metrics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap entry : entries) {
            read(entry).ifPresent(m -> {
                if (ids.add(m.id())) {
                    metrics.add(new Episode.Metric(m, entry.listOfScalars("needs", problems), entry.location()));
                } else {
                    problems.error(entry.locationOf("id"), "id", m.id(), "is used twice", "a unique metric id", "");
                }
            });
        }
        return metrics;
    }

    private Optional<ObservedMetric> read(YamlMap m) {
        int before = problems.all().size();
        m.rejectUnknownKeys(KEYS, problems);
        String id = f.text(m, "id", true).orElse("");
        Optional<MetricKind> kind = f.choice(m, "kind", true, MetricKind.keys()).flatMap(MetricKind::of);
        String commodity = f.text(m, "commodity", true).orElse("");
        List<String> regions = m.listOfScalars("regions", problems);
        List<String> importers = m.listOfScalars("importers", problems);
        kind.ifPresent(k -> checkRegions(m, k, regions, importers));
        Optional<int[]> period = m.map("period", problems).flatMap(this::period);
        if (!m.has("period")) {
            problems.error(m.location(), "key", "period", "is missing", "period: {from: DATE, to: DATE}", "");
        }
        OptionalDouble observed = f.number(m, "observed", false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Optional<Band> band = m.map("band", problems).flatMap(this::band);
        if (!m.has("band")) {
            problems.error(m.location(), "key", "band", "is missing", "band: {min: X, max: Y, basis: ...}", "");
        }
        List<String> sources = sources(m);
        if (problems.all().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ObservedMetric(
                id,
                kind.orElseThrow(),
                commodity,
                regions.contains("all") ? List.of() : regions,
                importers.contains("all") ? List.of() : importers,
                period.orElseThrow()[0],
                period.orElseThrow()[1],
                observed,
                band.orElseThrow(),
                sources,
                f.text(m, "note", false).orElse("")));
    }

    private void checkRegions(YamlMap m, MetricKind kind, List<String> regions, List<String> importers) {
        if (kind.isFlow() && !m.has("regions")) {
            problems.error(
                    m.location(), "key", "regions", "is missing", "the exporting regions of a " + kind.key(), "");
        }
        if (!kind.isFlow() && m.has("importers")) {
            problems.error(
                    m.locationOfKey("importers"),
                    "key",
                    "importers",
                    "only applies to flow and share-blocked metrics",
                    "no importers for a " + kind.key() + " metric",
                    "");
        }
        if (!kind.isFlow() && !m.has("regions")) {
            problems.error(m.location(), "key", "regions", "is missing", "region codes or all", "");
        }
    }

    private Optional<int[]> period(YamlMap p) {
        p.rejectUnknownKeys(PERIOD_KEYS, problems);
        Optional<LocalDate> from = f.date(p, "from", true);
        Optional<LocalDate> to = f.date(p, "to", true);
        if (from.isEmpty() || to.isEmpty() || scenario.start().isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = scenario.start().get();
        LocalDate last = start.plusDays(scenario.horizon() - 1L);
        String inside = "a date from the scenario's start " + start + " to its last day " + last;
        if (from.get().isBefore(start) || from.get().isAfter(last)) {
            problems.error(p.locationOf("from"), "from", from.get().toString(), "is outside the run", inside, "");
            return Optional.empty();
        }
        if (to.get().isBefore(from.get()) || to.get().isAfter(last)) {
            problems.error(
                    p.locationOf("to"),
                    "to",
                    to.get().toString(),
                    "is before the period's start or after the run",
                    "a date from " + from.get() + " to " + last,
                    "");
            return Optional.empty();
        }
        return Optional.of(new int[] {
            (int) ChronoUnit.DAYS.between(start, from.get()), (int) ChronoUnit.DAYS.between(start, to.get())
        });
    }

    private Optional<Band> band(YamlMap b) {
        b.rejectUnknownKeys(BAND_KEYS, problems);
        OptionalDouble min = f.number(b, "min", false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        OptionalDouble max = f.number(b, "max", false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Optional<Band.Basis> basis = f.choice(b, "basis", true, BASES)
                .map(text -> text.equals("measurement") ? Band.Basis.MEASUREMENT : Band.Basis.JUDGEMENT);
        if (!b.has("min") && !b.has("max")) {
            problems.error(b.location(), "band", "", "has neither min nor max", "min, max or both", "");
            return Optional.empty();
        }
        if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
            problems.error(
                    b.locationOf("max"), "max", Band.number(max.getAsDouble()), "is below min", "max >= min", "");
            return Optional.empty();
        }
        return basis.map(value -> new Band(min, max, value));
    }

    private List<String> sources(YamlMap m) {
        List<String> sources = m.listOfScalars("sources", problems);
        if (sources.isEmpty()) {
            problems.error(
                    m.location(), "key", "sources", "is missing", "the ids of the sources that give the value", "");
        }
        for (String id : sources) {
            if (!sourceIds.contains(id)) {
                problems.error(
                        m.locationOf("sources"),
                        "sources",
                        id,
                        "is not a source of this episode",
                        "one of " + String.join(", ", sourceIds),
                        "Add it under sources: with its publisher and url");
            }
        }
        return sources;
    }
}
