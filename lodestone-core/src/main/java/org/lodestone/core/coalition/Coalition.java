package org.lodestone.core.coalition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lodestone.core.model.RegionId;

/**
 * The members of a coalition on a date, as the analytics use them: a group's members on that date
 * or an explicit list, possibly changed by a what-if that adds or removes regions.
 *
 * @param id      the group id, or the list as given
 * @param date    the date membership was evaluated on
 * @param members the members after any what-if change, sorted
 * @param added   regions the what-if added (members now, not in the baseline)
 * @param removed regions the what-if removed (in the baseline, not members now)
 */
public record Coalition(String id, LocalDate date, Set<RegionId> members, Set<RegionId> added, Set<RegionId> removed) {

    public Coalition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        members = sorted(members);
        added = sorted(added);
        removed = sorted(removed);
        if (!members.containsAll(added) || removed.stream().anyMatch(members::contains)) {
            throw new IllegalArgumentException("added regions must be members and removed ones must not");
        }
    }

    /** A group's members on a date. */
    public static Coalition of(Group group, LocalDate date) {
        return new Coalition(group.id(), date, group.membersOn(date), Set.of(), Set.of());
    }

    /** An explicit list of members, the same on every date. */
    public static Coalition of(String id, Collection<RegionId> members, LocalDate date) {
        return new Coalition(id, date, new TreeSet<>(members), Set.of(), Set.of());
    }

    /**
     * This coalition with regions joining and leaving.
     *
     * @throws IllegalArgumentException if a region to add is already a member, or one to remove is not
     */
    public Coalition with(Collection<RegionId> add, Collection<RegionId> remove) {
        Set<RegionId> next = new TreeSet<>(members);
        for (RegionId r : add) {
            if (!next.add(r)) {
                throw new IllegalArgumentException(r + " is already a member of " + id + " on " + date);
            }
        }
        for (RegionId r : remove) {
            if (!next.remove(r)) {
                throw new IllegalArgumentException(r + " is not a member of " + id + " on " + date);
            }
        }
        Set<RegionId> original = baseline().members();
        Set<RegionId> nowAdded = new TreeSet<>(next);
        nowAdded.removeAll(original);
        Set<RegionId> nowRemoved = new TreeSet<>(original);
        nowRemoved.removeAll(next);
        return new Coalition(id, date, next, nowAdded, nowRemoved);
    }

    /** The coalition before any what-if change. */
    public Coalition baseline() {
        Set<RegionId> original = new TreeSet<>(members);
        original.removeAll(added);
        original.addAll(removed);
        return new Coalition(id, date, original, Set.of(), Set.of());
    }

    /** True if regions were added or removed. */
    public boolean isWhatIf() {
        return !added.isEmpty() || !removed.isEmpty();
    }

    /** The member codes. */
    public Set<String> codes() {
        return members.stream().map(RegionId::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The id followed by the what-if changes, e.g. {@code pax-silica +KOR -ARE}. */
    public String label() {
        StringBuilder text = new StringBuilder(id);
        added.forEach(r -> text.append(" +").append(r.code()));
        removed.forEach(r -> text.append(" -").append(r.code()));
        return text.toString();
    }

    private static Set<RegionId> sorted(Set<RegionId> regions) {
        return Collections.unmodifiableSet(new TreeSet<>(regions));
    }
}
