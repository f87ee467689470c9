package org.lodestone.core.binding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Route;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.shock.Event;

/**
 * Binds export controls (through {@link ExportControlBinder}), logistics disruptions, demand shocks and stock releases to a table:
 * region and commodity names become industries and final-demand columns, {@code group:NAME}
 * targets become the group's members on the event's date, and a chokepoint becomes the share of
 * each region-to-region flow that crosses it (from the dataset's routes).
 */
final class MarketEventBinder {

    private final IoTable table;
    private final ArioModel model;
    private final Optional<Dataset> dataset;
    private final Optional<LocalDate> scenarioStart;
    private final List<BindingProblem> problems;
    private final Set<String> regions;
    private final ContentShares contents;

    MarketEventBinder(
            ArioModel model,
            Optional<Dataset> dataset,
            Optional<LocalDate> scenarioStart,
            List<BindingProblem> problems,
            ContentShares contents) {
        this.table = model.table();
        this.model = model;
        this.dataset = dataset;
        this.scenarioStart = scenarioStart;
        this.problems = problems;
        this.regions = new TreeSet<>(model.regionNames());
        this.contents = contents;
    }

    Optional<Event> exportControl(EventSpec.ExportControl c, int e) {
        return new ExportControlBinder(this, table, dataset, problems, contents).bind(c, e);
    }

    Optional<Event> logisticsDisruption(EventSpec.LogisticsDisruption d, int e) {
        if (dataset.isEmpty() || dataset.get().chokepoints().stream().noneMatch(c -> c.id().equals(d.chokepoint()))) {
            Set<String> known = new TreeSet<>();
            dataset.ifPresent(ds -> ds.chokepoints().forEach(c -> known.add(c.id())));
            problems.add(BindingProblem.ofEvent(
                    e,
                    "chokepoint",
                    d.chokepoint(),
                    dataset.isEmpty()
                            ? "needs a Lodestone dataset with chokepoints and routes"
                            : "is not a chokepoint of the dataset",
                    known.isEmpty() ? "a dataset with chokepoints.csv" : "one of " + String.join(", ", known),
                    Suggestions.hint(d.chokepoint(), known)));
            return Optional.empty();
        }
        List<String> names = model.regionNames();
        double[][] share = new double[names.size()][names.size()];
        Set<String> exporters = new TreeSet<>();
        for (Route r : dataset.get().routes()) {
            int from = names.indexOf(r.exporter().code());
            int to = names.indexOf(r.importer().code());
            if (r.chokepoint().equals(d.chokepoint()) && from >= 0 && to >= 0 && r.share() > 0) {
                share[from][to] = r.share();
                exporters.add(r.exporter().code());
            }
        }
        List<Integer> industries = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            if (exporters.contains(table.industries().get(i).region())) {
                industries.add(i);
            }
        }
        if (industries.isEmpty()) {
            problems.add(BindingProblem.ofEvent(
                    e,
                    "chokepoint",
                    d.chokepoint(),
                    "has no route between regions of the table",
                    "routes.csv rows for it",
                    ""));
            return Optional.empty();
        }
        return Optional.of(new Event.LogisticsDisruption(
                ints(industries), share, d.share(), d.delayDays(), d.start(), d.duration()));
    }

    Optional<Event> demandShock(EventSpec.DemandShock d, int e) {
        List<Integer> industries = new ArrayList<>();
        for (String commodity : d.commodities()) {
            if (sector(commodity, "commodities", e)) {
                for (int i = 0; i < table.size(); i++) {
                    if (table.industries().get(i).sector().equals(commodity)) {
                        industries.add(i);
                    }
                }
            }
        }
        Optional<Set<String>> targets = targets(d.regions(), "regions", d.start(), e);
        if (industries.isEmpty() || targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Event.DemandShock(ints(industries), columns(targets.get()), d.factor(), d.start(), d.duration()));
    }

    Optional<Event> stockRelease(EventSpec.StockRelease r, int e) {
        if (!region(r.region(), "region", e) || !sector(r.commodity(), "commodity", e)) {
            return Optional.empty();
        }
        int product = table.sectors().indexOf(r.commodity());
        List<Integer> buyers = new ArrayList<>();
        double[] inputs = inputsOf(product);
        for (int j = 0; j < table.size(); j++) {
            if (table.industries().get(j).region().equals(r.region()) && inputs[j] > 0) {
                buyers.add(j);
            }
        }
        if (buyers.isEmpty()) {
            problems.add(BindingProblem.ofEvent(
                    e,
                    "commodity",
                    r.commodity(),
                    "is not an input of any industry in " + r.region(),
                    "a commodity the region's industries use",
                    ""));
            return Optional.empty();
        }
        return Optional.of(new Event.StockRelease(ints(buyers), product, r.ratePerDay(), r.start(), r.duration()));
    }

    /** Per buying industry, the yearly flow of {@code product} it buys. */
    private double[] inputsOf(int product) {
        double[] inputs = new double[table.size()];
        int[] start = table.z().rowStart();
        int[] columns = table.z().columns();
        double[] values = table.z().values();
        for (int i = 0; i < table.size(); i++) {
            if (table.productOf(i) == product) {
                for (int k = start[i]; k < start[i + 1]; k++) {
                    inputs[columns[k]] += values[k];
                }
            }
        }
        return inputs;
    }

    /** Target region codes, written under {@code key}; a group is resolved on the event's date. */
    Optional<Set<String>> targets(EventSpec.Targets targets, String key, int start, int e) {
        if (targets.all()) {
            return Optional.of(new TreeSet<>(regions));
        }
        if (targets.group().isPresent()) {
            String id = targets.group().get();
            Optional<Group> group = dataset.flatMap(ds -> ds.group(id));
            if (group.isEmpty()) {
                Set<String> known = new TreeSet<>();
                dataset.ifPresent(ds -> ds.groups().forEach(g -> known.add(g.id())));
                problems.add(BindingProblem.ofEvent(
                        e,
                        key,
                        "group:" + id,
                        "is not a group of the dataset",
                        known.isEmpty() ? "a dataset with groups" : "one of " + String.join(", ", known),
                        Suggestions.hint(id, known)));
                return Optional.empty();
            }
            if (scenarioStart.isEmpty()) {
                problems.add(BindingProblem.ofEvent(
                        e,
                        key,
                        "group:" + id,
                        "needs the scenario's start date to resolve membership on the event's date",
                        "a top-level start: YYYY-MM-DD",
                        ""));
                return Optional.empty();
            }
            LocalDate date = scenarioStart.get().plusDays(start);
            Set<String> members = new TreeSet<>();
            group.get().membersOn(date).forEach(r -> members.add(r.code()));
            return Optional.of(members);
        }
        boolean ok = true;
        for (String code : targets.regions()) {
            ok &= region(code, key, e);
        }
        return ok ? Optional.of(new TreeSet<>(targets.regions())) : Optional.empty();
    }

    boolean region(String code, String field, int e) {
        if (regions.contains(code)) {
            return true;
        }
        problems.add(BindingProblem.ofEvent(
                e,
                field,
                code,
                "is not a region of the table",
                "a region code of the dataset",
                Suggestions.hint(code, regions)));
        return false;
    }

    boolean sector(String sector, String key, int e) {
        if (table.sectors().contains(sector)) {
            return true;
        }
        problems.add(BindingProblem.ofEvent(
                e,
                key,
                sector,
                "is not a commodity (sector) of the table",
                "a commodity id of the dataset",
                Suggestions.hint(sector, Set.copyOf(table.sectors()))));
        return false;
    }

    boolean[] buyers(Set<String> targetRegions) {
        boolean[] mask = new boolean[table.size()];
        for (int j = 0; j < mask.length; j++) {
            mask[j] = targetRegions.contains(table.industries().get(j).region());
        }
        return mask;
    }

    boolean[] columns(Set<String> targetRegions) {
        boolean[] mask = new boolean[table.finalDemandColumns().size()];
        for (int q = 0; q < mask.length; q++) {
            mask[q] = targetRegions.contains(table.finalDemandColumns().get(q).region());
        }
        return mask;
    }

    static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
}
