package org.lodestone.core.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.RegionId;

class MembershipTest {

    private static final RegionId GBR = RegionId.of("GBR");

    @Test
    void aDatedPeriodIncludesTheDayJoinedAndExcludesTheDayLeft() {
        Membership m = period("2025-12-12", "2030-01-01");

        assertThat(m.activeOn(date("2025-12-11"))).isFalse();
        assertThat(m.activeOn(date("2025-12-12"))).isTrue();
        assertThat(m.activeOn(date("2029-12-31"))).isTrue();
        assertThat(m.activeOn(date("2030-01-01"))).isFalse();
        assertThat(m.activeOn(date("2031-06-01"))).isFalse();
    }

    @Test
    void aPeriodWithoutDatesIsActiveOnEveryDate() {
        Membership m = Membership.always(GBR);

        assertThat(m.activeOn(date("1900-01-01"))).isTrue();
        assertThat(m.activeOn(date("2025-12-12"))).isTrue();
        assertThat(m.activeOn(date("2999-12-31"))).isTrue();
    }

    @Test
    void aPeriodWithOnlyAJoiningDateNeverEnds() {
        Membership m = Membership.since(GBR, date("2026-01-12"));

        assertThat(m.activeOn(date("2026-01-11"))).isFalse();
        assertThat(m.activeOn(date("2026-01-12"))).isTrue();
        assertThat(m.activeOn(date("2999-12-31"))).isTrue();
    }

    @Test
    void aPeriodWithOnlyALeavingDateStartedAlways() {
        Membership m = new Membership(GBR, Optional.empty(), Optional.of(date("2020-01-31")));

        assertThat(m.activeOn(date("1900-01-01"))).isTrue();
        assertThat(m.activeOn(date("2020-01-30"))).isTrue();
        assertThat(m.activeOn(date("2020-01-31"))).isFalse();
    }

    @Test
    void leavingOnTheDayOfJoiningIsRejected() {
        assertThatThrownBy(() -> period("2025-12-12", "2025-12-12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GBR left on 2025-12-12, not after it joined on 2025-12-12");
    }

    @Test
    void leavingBeforeJoiningIsRejected() {
        assertThatThrownBy(() -> period("2026-01-01", "2025-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("left on 2025-01-01, not after it joined on 2026-01-01");
    }

    @Test
    void leavingTheDayAfterJoiningIsAOneDayMembership() {
        Membership m = period("2025-12-12", "2025-12-13");

        assertThat(m.activeOn(date("2025-12-12"))).isTrue();
        assertThat(m.activeOn(date("2025-12-13"))).isFalse();
    }

    @Test
    void periodsThatMeetOnTheLeavingDayDoNotOverlap() {
        Membership first = period("2020-01-01", "2022-01-01");
        Membership again = Membership.since(GBR, date("2022-01-01"));

        assertThat(first.overlaps(again)).isFalse();
        assertThat(again.overlaps(first)).isFalse();
    }

    @Test
    void periodsSharingOneDayOverlap() {
        Membership first = period("2020-01-01", "2022-01-02");
        Membership again = Membership.since(GBR, date("2022-01-01"));

        assertThat(first.overlaps(again)).isTrue();
        assertThat(again.overlaps(first)).isTrue();
    }

    @Test
    void anUndatedPeriodOverlapsEveryOtherPeriod() {
        Membership always = Membership.always(GBR);

        assertThat(always.overlaps(period("2020-01-01", "2022-01-01"))).isTrue();
        assertThat(always.overlaps(Membership.always(GBR))).isTrue();
    }

    @Test
    void periodsApartInTimeDoNotOverlap() {
        assertThat(period("2020-01-01", "2021-01-01").overlaps(period("2023-01-01", "2024-01-01")))
                .isFalse();
    }

    private static Membership period(String joined, String left) {
        return new Membership(GBR, Optional.of(date(joined)), Optional.of(date(left)));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
