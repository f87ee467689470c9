package org.lodestone.core.coalition;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.model.RegionId;

/**
 * One period during which a region belongs to a group: from {@code joined} (inclusive, or since
 * always) until {@code left} (exclusive, or for ever).
 *
 * @param region the member
 * @param joined first day of membership, empty for "always"
 * @param left   first day no longer a member, empty for "still a member"
 */
public record Membership(RegionId region, Optional<LocalDate> joined, Optional<LocalDate> left) {

    public Membership {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(joined, "joined");
        Objects.requireNonNull(left, "left");
        if (joined.isPresent() && left.isPresent() && !left.get().isAfter(joined.get())) {
            throw new IllegalArgumentException(
                    region + " left on " + left.get() + ", not after it joined on " + joined.get());
        }
    }

    public static Membership always(RegionId region) {
        return new Membership(region, Optional.empty(), Optional.empty());
    }

    public static Membership since(RegionId region, LocalDate joined) {
        return new Membership(region, Optional.of(joined), Optional.empty());
    }

    /** True if the region is a member on {@code date}. */
    public boolean activeOn(LocalDate date) {
        boolean started = joined.map(d -> !date.isBefore(d)).orElse(true);
        boolean ended = left.map(d -> !date.isBefore(d)).orElse(false);
        return started && !ended;
    }

    /** True if this period and {@code other} share at least one day. */
    public boolean overlaps(Membership other) {
        LocalDate start = later(joined, other.joined);
        Optional<LocalDate> end = earlier(left, other.left);
        return start == null || end.isEmpty() || start.isBefore(end.get());
    }

    private static LocalDate later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b.orElse(null);
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a.get() : b.get();
    }

    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
    }
}
