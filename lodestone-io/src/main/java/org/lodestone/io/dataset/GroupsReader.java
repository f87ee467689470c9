package org.lodestone.io.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.binding.Suggestions;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.coalition.Membership;
import org.lodestone.core.model.RegionId;
import org.lodestone.io.problem.Problems;
import org.lodestone.io.yaml.YamlMap;

/**
 * Reads {@code groups.yaml}: group id → {name, source?, members: [{region, joined?, left?}]}.
 * Checks region codes, dates (ISO {@code YYYY-MM-DD}), that {@code left} comes after
 * {@code joined}, and that one region's periods in a group do not overlap.
 */
final class GroupsReader {

    static final String FILE = "groups.yaml";
    private static final Set<String> GROUP_KEYS = Set.of("name", "source", "members");
    private static final Set<String> MEMBER_KEYS = Set.of("region", "joined", "left");

    private GroupsReader() {}

    /**
     * @param groups   the valid groups
     * @param declared every group id the file declares, valid or not, so that references to an
     *                 invalid group do not raise a second error
     */
    record Result(List<Group> groups, Set<String> declared) {}

    static Result read(Reading reading, Set<String> regions, Set<String> sources) {
        Problems problems = reading.problems();
        Optional<YamlMap> yaml = reading.yaml(FILE);
        List<Group> groups = new ArrayList<>();
        if (yaml.isEmpty()) {
            return new Result(groups, Set.of());
        }
        for (String id : yaml.get().keys()) {
            if (!RowFields.KEBAB_ID.matcher(id).matches()) {
                problems.error(
                        yaml.get().locationOfKey(id),
                        "group",
                        id,
                        "is not a valid id",
                        "a kebab-case id such as pax-silica",
                        "");
                continue;
            }
            yaml.get()
                    .map(id, problems)
                    .flatMap(g -> group(reading, id, g, regions, sources))
                    .ifPresent(groups::add);
        }
        return new Result(groups, Set.copyOf(yaml.get().keys()));
    }

    private static Optional<Group> group(
            Reading reading, String id, YamlMap group, Set<String> regions, Set<String> sources) {
        Problems problems = reading.problems();
        group.rejectUnknownKeys(GROUP_KEYS, problems);
        Optional<String> name = group.scalar("name", true, problems);
        group.scalar("source", false, problems)
                .filter(s -> !sources.contains(s))
                .ifPresent(s -> problems.error(
                        group.locationOf("source"),
                        "source",
                        s,
                        "is not a known source",
                        "an id from sources.csv",
                        Suggestions.hint(s, sources)));
        if (!group.has("members")) {
            problems.error(group.location(), "key", "members", "is missing", "a list of {region, joined?, left?}", "");
        }
        List<Membership> members = new ArrayList<>();
        boolean ok = true;
        for (YamlMap member : group.listOfMaps("members", problems)) {
            Optional<Membership> m = member(reading, member, regions);
            ok &= m.isPresent();
            m.ifPresent(candidate -> {
                if (members.stream()
                        .anyMatch(other -> other.region().equals(candidate.region()) && other.overlaps(candidate))) {
                    problems.error(
                            member.location(),
                            "region",
                            candidate.region().code(),
                            "has membership periods in " + id + " that overlap",
                            "separate periods (left before joining again)",
                            "");
                } else {
                    members.add(candidate);
                }
            });
        }
        return name.isPresent() && ok ? Optional.of(new Group(id, name.get(), members)) : Optional.empty();
    }

    private static Optional<Membership> member(Reading reading, YamlMap member, Set<String> regions) {
        Problems problems = reading.problems();
        member.rejectUnknownKeys(MEMBER_KEYS, problems);
        Optional<String> region = member.scalar("region", true, problems).filter(code -> {
            if (regions.contains(code)) {
                return true;
            }
            problems.error(
                    member.locationOf("region"),
                    "region",
                    code,
                    "is not a known region",
                    "a code from regions.csv",
                    Suggestions.hint(code, regions));
            return false;
        });
        Optional<Optional<LocalDate>> joined = date(member, "joined", problems);
        Optional<Optional<LocalDate>> left = date(member, "left", problems);
        if (region.isEmpty() || joined.isEmpty() || left.isEmpty()) {
            return Optional.empty();
        }
        if (joined.get().isPresent()
                && left.get().isPresent()
                && !left.get().get().isAfter(joined.get().get())) {
            problems.error(
                    member.locationOf("left"),
                    "left",
                    left.get().get().toString(),
                    "is not after joined (" + joined.get().get() + ")",
                    "a date after the joining date",
                    "Maybe the dates are swapped");
            return Optional.empty();
        }
        return Optional.of(new Membership(RegionId.of(region.get()), joined.get(), left.get()));
    }

    /** Outer empty: invalid (problem recorded); inner empty: not given. */
    private static Optional<Optional<LocalDate>> date(YamlMap member, String key, Problems problems) {
        Optional<String> text = member.scalar(key, false, problems);
        if (text.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(LocalDate.parse(text.get())));
        } catch (DateTimeParseException e) {
            problems.error(
                    member.locationOf(key),
                    key,
                    text.get(),
                    "is not a date",
                    "an ISO date YYYY-MM-DD",
                    "Use YYYY-MM-DD, e.g. 2026-03-01");
            return Optional.empty();
        }
    }
}
