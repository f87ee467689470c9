package org.lodestone.core.coalition;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.core.model.RegionId;

/**
 * A named set of regions with dated membership, such as a coalition ({@code pax-silica}) or the
 * countries of concern.
 *
 * @param id          kebab-case id
 * @param name        display name
 * @param memberships membership periods; one region may have several that do not overlap
 */
public record Group(String id, String name, List<Membership> memberships) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        memberships = List.copyOf(memberships);
        for (int i = 0; i < memberships.size(); i++) {
            for (int j = i + 1; j < memberships.size(); j++) {
                Membership a = memberships.get(i);
                Membership b = memberships.get(j);
                if (a.region().equals(b.region()) && a.overlaps(b)) {
                    throw new IllegalArgumentException(
                            "group " + id + " has overlapping membership periods for " + a.region());
                }
            }
        }
    }

    /** The regions that are members on {@code date}, sorted by code. */
    public Set<RegionId> membersOn(LocalDate date) {
        Set<RegionId> members = new TreeSet<>();
        for (Membership m : memberships) {
            if (m.activeOn(date)) {
                members.add(m.region());
            }
        }
        return members;
    }

    /**
     * The first day after {@code date} on which a region joins, if any: for a group with no members
     * on {@code date}, the day it first has some again.
     */
    public Optional<LocalDate> nextJoinAfter(LocalDate date) {
        return memberships.stream()
                .flatMap(m -> m.joined().stream())
                .filter(date::isBefore)
                .min(Comparator.naturalOrder());
    }

    /** True if {@code region} is a member on {@code date}. */
    public boolean isMember(RegionId region, LocalDate date) {
        return memberships.stream().anyMatch(m -> m.region().equals(region) && m.activeOn(date));
    }
}
