package org.lodestone.app.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.Industry;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.shortfall.FinalCommodity;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.io.dataset.DatasetLoader;
import org.lodestone.io.dataset.LoadedDataset;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/**
 * What every scenario of a stress test shares: the dataset and its table (one industry per node),
 * the coalition and its members on the date, and the dataset's final commodity.
 *
 * @param reference      the dataset as the user named it
 * @param dataset        the dataset
 * @param table          its table, shared (read-only) by every run
 * @param coalition      the coalition
 * @param date           the date membership is evaluated on
 * @param finalCommodity the commodity no recipe uses (AI compute)
 */
public record Scope(
        String reference, Dataset dataset, IoTable table, Group coalition, LocalDate date, Commodity finalCommodity) {

    public Scope {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(coalition, "coalition");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(finalCommodity, "finalCommodity");
    }

    /**
     * Loads {@code datasetReference} ({@code builtin:NAME} or a dataset folder).
     *
     * @param coalition the group to report for; the dataset's default coalition when empty
     * @throws InputException for an MRIO reference, an invalid dataset, an unknown coalition or a
     *                        dataset without a final commodity
     */
    public static Scope load(String datasetReference, Optional<String> coalition, LocalDate date) {
        if (datasetReference.startsWith("mrio:") || datasetReference.startsWith("pymrio:")) {
            throw InputException.of(problem(
                    "--dataset",
                    "dataset",
                    datasetReference,
                    "is an MRIO table; the stress test needs a Lodestone dataset (groups, layers, a final commodity)",
                    "builtin:NAME or a dataset folder",
                    "Use lodestone simulate for MRIO tables"));
        }
        LoadedDataset loaded = DatasetLoader.load(datasetReference);
        Dataset dataset = loaded.dataset();
        String id = coalition.orElse(dataset.info().defaultCoalition());
        Group group = dataset.group(id)
                .orElseThrow(() -> InputException.of(problem(
                        "--coalition",
                        "coalition",
                        id,
                        "is not a group of dataset " + dataset.info().id(),
                        "one of "
                                + String.join(
                                        ", ",
                                        dataset.groups().stream().map(Group::id).toList()),
                        "")));
        noMembers(group, date).ifPresent(p -> {
            throw InputException.of(p);
        });
        CommodityId last = FinalCommodity.of(dataset)
                .orElseThrow(() -> InputException.of(problem(
                        datasetReference,
                        "recipes",
                        "",
                        "give no final commodity (one that recipes make and no recipe uses)",
                        "a chain of recipes ending in one commodity",
                        "")));
        return new Scope(
                datasetReference,
                dataset,
                DatasetTables.of(dataset, loaded.network()),
                group,
                date,
                dataset.commodity(last).orElseThrow());
    }

    /**
     * The problem of a coalition with no members on {@code date} (a date before it was founded, or
     * after every member left), located at {@code --coalition}; empty when it has members.
     */
    public static Optional<Problem> noMembers(Group group, LocalDate date) {
        if (!group.membersOn(date).isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> next = group.nextJoinAfter(date);
        return Optional.of(problem(
                "--coalition",
                "coalition",
                group.id(),
                "has no members on " + date
                        + next.map(d -> "; its first members join on " + d).orElse(" (every member had left)"),
                next.map(d -> "a --date on or after " + d).orElse("an earlier --date"),
                next.map(d -> "Maybe --date " + d).orElse("")));
    }

    private static Problem problem(
            String file, String field, String value, String message, String expected, String hint) {
        return new Problem(Problem.Severity.ERROR, file, 0, 0, field, value, message, expected, hint);
    }

    /** Region codes of the coalition's members on the date, sorted. */
    public Set<String> members() {
        Set<String> codes = new TreeSet<>();
        coalition.membersOn(date).forEach(r -> codes.add(r.code()));
        return codes;
    }

    /** The commodity with this id (which must be a sector of the table). */
    public Commodity commodity(String id) {
        return dataset.commodity(CommodityId.of(id))
                .orElseThrow(() -> new IllegalArgumentException("no commodity " + id));
    }

    /** Sorted regions that have a node of {@code commodity}. */
    public List<String> producers(String commodity) {
        List<String> regions = new ArrayList<>();
        for (Industry i : table.industries()) {
            if (i.sector().equals(commodity)) {
                regions.add(i.region());
            }
        }
        return regions;
    }

    /** Industry indices of {@code commodity}'s nodes in {@code regions} (those that exist). */
    public int[] nodes(String commodity, Set<String> regions) {
        return ReportingUnits.nodes(table, commodity, regions);
    }

    /** The coalition, its members and the other producers of the final commodity, as the engine-side recorder follows them. */
    public ReportingUnits reportingUnits() {
        return ReportingUnits.of(
                table, coalition.id(), members(), finalCommodity.id().value());
    }

    /** True when {@code region} stands for several countries ({@code ROW}, {@code X..}). */
    public static boolean isAggregate(String region) {
        return region.equals("ROW") || region.startsWith("X");
    }
}
