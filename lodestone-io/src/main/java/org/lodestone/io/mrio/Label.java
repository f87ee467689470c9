package org.lodestone.io.mrio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * A row or column label of an MRIO table, a (region, name) pair where the name is a sector or a
 * final-demand category, with where it was read; and the checks the MRIO format makes on a list
 * of them.
 *
 * @param region the region
 * @param name   the sector or category
 * @param at     where the label is written
 */
record Label(String region, String name, Location at) {

    /** Lexicographic on (region, name), as the reference implementation orders tables. */
    static final Comparator<Label> ORDER = Comparator.comparing(Label::region).thenComparing(Label::name);

    private static final int MISSING_SHOWN = 5;

    /** The label as written in a CSV row, e.g. {@code R001,S002}. */
    String text() {
        return region + "," + name;
    }

    /** Records an error for each label that repeats an earlier one; true if there is none. */
    static boolean checkUnique(List<Label> labels, String what, Problems problems) {
        Map<String, Location> seen = new HashMap<>();
        boolean ok = true;
        for (Label label : labels) {
            Location first = seen.putIfAbsent(label.text(), label.at());
            if (first != null) {
                String place = first.line() == label.at().line() ? "column " + first.column() : "line " + first.line();
                problems.error(
                        label.at(),
                        "",
                        label.text(),
                        "repeats the " + what + " of " + place,
                        "each " + what + " once",
                        "");
                ok = false;
            }
        }
        return ok;
    }

    /** Records an error for each label that comes before the label preceding it. */
    static void checkSorted(List<Label> labels, String what, String pair, Problems problems) {
        for (int k = 1; k < labels.size(); k++) {
            Label previous = labels.get(k - 1);
            Label label = labels.get(k);
            if (ORDER.compare(previous, label) > 0) {
                problems.error(
                        label.at(),
                        "",
                        label.text(),
                        "comes after '" + previous.text() + "' (line "
                                + previous.at().line() + ")",
                        "rows in lexicographic order of " + pair,
                        "Sort the rows and renumber idx from 0");
            }
        }
    }

    /**
     * Records an error if some region of {@code regions} lacks a name that another region has: the
     * reference implementation builds the table as the product of its regions and names.
     *
     * @param where where to report (the whole file)
     */
    static void checkProduct(
            List<Label> labels, Set<String> regions, String what, String pair, Location where, Problems problems) {
        Set<String> present = new HashSet<>();
        Set<String> names = new TreeSet<>();
        for (Label label : labels) {
            present.add(label.text());
            names.add(label.name());
        }
        List<String> missing = new ArrayList<>();
        for (String region : regions) {
            for (String name : names) {
                String text = region + "," + name;
                if (!present.contains(text)) {
                    missing.add(text);
                }
            }
        }
        if (!missing.isEmpty()) {
            String shown = String.join(" ", missing.subList(0, Math.min(MISSING_SHOWN, missing.size())));
            String more = missing.size() > MISSING_SHOWN ? " and " + (missing.size() - MISSING_SHOWN) + " more" : "";
            problems.error(
                    where,
                    "",
                    "",
                    "lacks the " + what + (missing.size() > 1 ? "s " : " ") + shown + more,
                    "every " + pair + " combination, as the MRIO format has one " + what + " for each",
                    "");
        }
    }

    /** The distinct regions, sorted. */
    static Set<String> regions(List<Label> labels) {
        Set<String> regions = new TreeSet<>();
        labels.forEach(label -> regions.add(label.region()));
        return regions;
    }

    /** Records an error for each label whose region is not one of {@code regions}. */
    static boolean checkRegions(List<Label> labels, Set<String> regions, String source, Problems problems) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Label label : labels) {
            if (!regions.contains(label.region()) && unknown.add(label.region())) {
                problems.error(label.at(), "region", label.region(), "has no industries", "a region of " + source, "");
            }
        }
        return unknown.isEmpty();
    }
}
