package org.lodestone.app.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lodestone.app.run.Scope;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.coalition.Coalition;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.exposure.ExposureAnalysis;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.model.Region;
import org.lodestone.core.model.RegionId;
import org.lodestone.core.shortfall.FinalCommodity;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;

/**
 * Resolves an {@link ExposureRequest} against its table, collecting every mistake as a problem
 * located at the option that holds it ({@code --coalition: error: ...}), all reported together.
 */
final class ContextResolver {

    private final ExposureRequest request;
    private final AnalysisSource source;
    private final Problems problems = new Problems();
    private final TreeMap<String, String> regions = new TreeMap<>();

    private ContextResolver(ExposureRequest request, AnalysisSource source) {
        this.request = request;
        this.source = source;
        source.stack().regions().forEach(r -> regions.put(r.toUpperCase(Locale.ROOT), r));
        source.dataset()
                .ifPresent(d -> d.regions().stream()
                        .map(Region::id)
                        .map(RegionId::code)
                        .forEach(r -> regions.put(r.toUpperCase(Locale.ROOT), r)));
    }

    static AnalysisContext resolve(ExposureRequest request, AnalysisSource source) {
        return new ContextResolver(request, source).resolve();
    }

    private AnalysisContext resolve() {
        if (request.view() == ExposureView.SUMMARY && source.isMrio()) {
            error(
                    "--view",
                    "view",
                    "summary",
                    "needs a dataset with production rows; " + request.dataset() + " is an MRIO table",
                    "tiers, extraction, chokepoints or criticality",
                    "Maybe add --view tiers");
        }
        List<RegionId> add = members("--add", request.add());
        List<RegionId> remove = members("--remove", request.remove());
        Optional<Coalition> coalition = coalition().map(c -> whatIf(c, add, remove));
        Optional<Set<String>> concern =
                request.concern().map(c -> regionsOrGroup("--concern", c).orElse(Set.of()));
        boolean concernDefined = concern.isPresent()
                || source.dataset()
                        .flatMap(d -> d.group(ExposureAnalysis.CONCERN_GROUP))
                        .isPresent();
        Set<String> concernCodes = concern.orElseGet(() -> source.dataset()
                .flatMap(d -> d.group(ExposureAnalysis.CONCERN_GROUP))
                .map(g -> codes(g.membersOn(request.date())))
                .orElse(Set.of()));
        int target = target();
        Optional<Integer> cut = request.cut().flatMap(this::industry);
        check(
                request.fraction() >= 0 && request.fraction() <= 1,
                "--fraction",
                request.fraction(),
                "a share of output in [0, 1]");
        check(
                request.threshold() > 0 && request.threshold() < 1,
                "--threshold",
                request.threshold(),
                "a share of world output in (0, 1)");
        check(request.top() >= 0, "--top", request.top(), "a number of rows >= 0 (0 for all)");
        problems.throwIfErrors();
        return new AnalysisContext(
                source,
                request,
                coalition.orElseThrow(),
                concernCodes,
                concernDefined,
                target,
                cut,
                new LeontiefSolver(source.stack().table()));
    }

    private Optional<Coalition> coalition() {
        if (request.coalition().isEmpty()) {
            if (source.isMrio()) {
                error(
                        "--coalition",
                        "coalition",
                        "",
                        "is required for an MRIO table, which has no groups",
                        "a comma-separated list of its regions, e.g. --coalition "
                                + String.join(
                                        ",",
                                        source.stack()
                                                .regions()
                                                .subList(
                                                        0,
                                                        Math.min(
                                                                2,
                                                                source.stack()
                                                                        .regions()
                                                                        .size()))),
                        "");
                return Optional.empty();
            }
            return Optional.of(groupOn(source.dataset()
                    .orElseThrow()
                    .group(source.dataset().orElseThrow().info().defaultCoalition())
                    .orElseThrow()));
        }
        String text = request.coalition().orElseThrow();
        Optional<Group> group = source.dataset().flatMap(d -> d.group(text));
        if (group.isPresent()) {
            return Optional.of(groupOn(group.get()));
        }
        return regionsOrGroup("--coalition", text)
                .map(codes ->
                        Coalition.of(text, codes.stream().map(RegionId::of).toList(), request.date()));
    }

    /** The group's members on the date; a group with none then is an error naming when it has some. */
    private Coalition groupOn(Group group) {
        Scope.noMembers(group, request.date()).ifPresent(problems::add);
        return Coalition.of(group, request.date());
    }

    /** A group of the dataset (its members on the date) or a comma-separated list of regions. */
    private Optional<Set<String>> regionsOrGroup(String option, String text) {
        Optional<Group> group = source.dataset().flatMap(d -> d.group(text));
        if (group.isPresent()) {
            return Optional.of(codes(group.get().membersOn(request.date())));
        }
        Set<String> codes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String token : text.split(",", -1)) {
            Optional.ofNullable(regions.get(token.trim().toUpperCase(Locale.ROOT)))
                    .ifPresentOrElse(codes::add, () -> unknown.add(token.trim()));
        }
        if (unknown.isEmpty() && !codes.isEmpty()) {
            return Optional.of(codes);
        }
        Set<String> groups = new TreeSet<>();
        source.dataset().ifPresent(d -> d.groups().forEach(g -> groups.add(g.id())));
        boolean list = text.contains(",");
        String what =
                source.isMrio() ? "is not a list of the table's regions" : "is not a group of dataset " + source.id();
        error(
                option,
                option.substring(2),
                text,
                what + (list ? " (unknown regions: " + String.join(", ", unknown) + ")" : ""),
                source.isMrio()
                        ? "region codes separated by commas, e.g. "
                                + source.stack().regions().get(0)
                        : "one of " + groupIds() + ", or region codes separated by commas (e.g. USA,JPN)",
                unknown.isEmpty() ? "" : hint(unknown.get(0), list ? Set.of() : groups));
        return Optional.empty();
    }

    private Coalition whatIf(Coalition coalition, List<RegionId> add, List<RegionId> remove) {
        add.stream()
                .filter(coalition.members()::contains)
                .forEach(r -> error(
                        "--add",
                        "region",
                        r.code(),
                        "is already a member of " + coalition.id() + " on " + request.date()
                                + ", so --add changes nothing",
                        "a region outside the coalition (its members are " + String.join(" ", coalition.codes()) + ")",
                        "Maybe you meant --remove " + r.code()));
        remove.stream()
                .filter(r -> !coalition.members().contains(r))
                .forEach(r -> error(
                        "--remove",
                        "region",
                        r.code(),
                        "is not a member of " + coalition.id() + " on " + request.date(),
                        "one of " + String.join(" ", coalition.codes()),
                        ""));
        return problems.hasErrors() ? coalition : coalition.with(add, remove);
    }

    private List<RegionId> members(String option, List<String> tokens) {
        List<RegionId> found = new ArrayList<>();
        for (String token : tokens) {
            String code = regions.get(token.trim().toUpperCase(Locale.ROOT));
            if (code == null) {
                error(
                        option,
                        "region",
                        token,
                        "is not a region of " + source.id(),
                        "a region code such as " + regions.firstEntry().getValue(),
                        Suggestions.hint(token, new TreeSet<>(regions.values())));
            } else {
                found.add(RegionId.of(code));
            }
        }
        return found;
    }

    private int target() {
        List<String> sectors = source.stack().table().sectors();
        if (request.target().isPresent()) {
            String text = request.target().orElseThrow();
            if (text.equals("all") && source.stack().monetary()) {
                return -1;
            }
            int s = source.stack().sectorIndex(text);
            if (s < 0) {
                error(
                        "--target",
                        "target",
                        text,
                        "is not a " + (source.isMrio() ? "sector of the table" : "commodity of dataset " + source.id()),
                        source.stack().monetary() ? "a sector or all" : "a commodity id",
                        Suggestions.hint(text, new TreeSet<>(sectors)));
            }
            return s;
        }
        if (source.stack().monetary()) {
            return -1;
        }
        List<Integer> finals = finalSectors();
        Optional<Integer> headline = source.dataset()
                .flatMap(FinalCommodity::of)
                .map(c -> sectors.indexOf(c.value()))
                .filter(finals::contains);
        if (finals.size() > 1 && headline.isPresent()) {
            return headline.get();
        }
        if (finals.size() != 1) {
            error(
                    "--target",
                    "target",
                    "",
                    "must be given: dataset " + source.id() + " has " + finals.size() + " final commodities",
                    "one of "
                            + String.join(
                                    ", ", finals.stream().map(sectors::get).toList()),
                    "");
            return 0;
        }
        return finals.get(0);
    }

    /** Sectors nothing else uses: no industry of theirs delivers to another industry. */
    private List<Integer> finalSectors() {
        var stack = source.stack();
        var z = stack.table().z();
        boolean[] used = new boolean[stack.sectors().size()];
        for (int i = 0; i < stack.size(); i++) {
            used[stack.sectorOf(i)] |= z.rowStart()[i + 1] > z.rowStart()[i];
        }
        List<Integer> finals = new ArrayList<>();
        for (int s = 0; s < used.length; s++) {
            if (!used[s]) {
                finals.add(s);
            }
        }
        return finals;
    }

    private Optional<Integer> industry(String text) {
        int colon = text.indexOf(':');
        String region = colon < 0
                ? ""
                : regions.getOrDefault(text.substring(0, colon).toUpperCase(Locale.ROOT), text.substring(0, colon));
        int index = colon < 0 ? -1 : source.stack().table().indexOf(region, text.substring(colon + 1));
        if (index < 0) {
            Set<String> labels = new TreeSet<>();
            for (int i = 0; i < source.stack().size(); i++) {
                labels.add(source.stack().label(i));
            }
            error(
                    "--cut",
                    "cut",
                    text,
                    colon < 0 ? "is not REGION:SECTOR" : "is not a producer of " + source.id(),
                    "REGION:SECTOR naming a producer, e.g. " + labels.iterator().next(),
                    Suggestions.hint(text, labels));
            return Optional.empty();
        }
        return Optional.of(index);
    }

    /** A hint among the groups first, then among the regions. */
    private String hint(String value, Set<String> groups) {
        Optional<String> extended = groups.stream()
                .filter(g -> g.startsWith(value.toLowerCase(Locale.ROOT)))
                .findFirst();
        String group = extended.map(g -> "Maybe you meant " + g).orElseGet(() -> Suggestions.hint(value, groups));
        return group.isEmpty() ? Suggestions.hint(value, new TreeSet<>(regions.values())) : group;
    }

    private String groupIds() {
        return String.join(
                ", ",
                source.dataset().orElseThrow().groups().stream().map(Group::id).toList());
    }

    private void check(boolean ok, String option, double value, String expected) {
        if (!ok) {
            error(option, option.substring(2), Figures.plain(value), "is out of range", expected, "");
        }
    }

    private void error(String option, String field, String value, String message, String expected, String hint) {
        problems.error(Location.file(option), field, value, message, expected, hint);
    }

    private static Set<String> codes(Set<RegionId> regions) {
        Set<String> codes = new TreeSet<>();
        regions.forEach(r -> codes.add(r.code()));
        return codes;
    }
}
