package org.lodestone.core.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.RegionId;

class GroupTest {

    private static final RegionId USA = RegionId.of("USA");
    private static final RegionId JPN = RegionId.of("JPN");
    private static final RegionId QAT = RegionId.of("QAT");
    private static final RegionId IND = RegionId.of("IND");
    private static final RegionId GBR = RegionId.of("GBR");

    /** USA and JPN joined on 2025-12-12, QAT on 2026-01-12, IND on 2026-02-20. */
    private static final Group PAX_SILICA = group(
            Membership.since(USA, date("2025-12-12")),
            Membership.since(JPN, date("2025-12-12")),
            Membership.since(QAT, date("2026-01-12")),
            Membership.since(IND, date("2026-02-20")));

    @Test
    void paxSilicaHasNoMembersTheDayBeforeItStarts() {
        assertThat(PAX_SILICA.membersOn(date("2025-12-11"))).isEmpty();
    }

    @Test
    void anEmptyGroupNamesTheDayItsFirstMembersJoin() {
        assertThat(PAX_SILICA.nextJoinAfter(date("2025-12-01"))).contains(date("2025-12-12"));
        assertThat(PAX_SILICA.nextJoinAfter(date("2025-12-12"))).contains(date("2026-01-12"));
        assertThat(PAX_SILICA.nextJoinAfter(date("2026-02-20"))).isEmpty();
    }

    @Test
    void paxSilicaGrowsAsCountriesJoin() {
        assertThat(PAX_SILICA.membersOn(date("2025-12-12"))).containsExactly(JPN, USA);
        assertThat(PAX_SILICA.membersOn(date("2026-01-11"))).containsExactly(JPN, USA);
        assertThat(PAX_SILICA.membersOn(date("2026-01-12"))).containsExactly(JPN, QAT, USA);
        assertThat(PAX_SILICA.membersOn(date("2026-03-01"))).containsExactly(IND, JPN, QAT, USA);
    }

    @Test
    void aMemberThatLeftIsNoLongerCountedFromTheDayItLeft() {
        Group group = group(Membership.since(USA, date("2025-12-12")), period(GBR, "2025-12-12", "2030-01-01"));

        assertThat(group.membersOn(date("2025-12-11"))).isEmpty();
        assertThat(group.membersOn(date("2025-12-12"))).containsExactly(GBR, USA);
        assertThat(group.membersOn(date("2029-12-31"))).containsExactly(GBR, USA);
        assertThat(group.membersOn(date("2030-01-01"))).containsExactly(USA);
    }

    @Test
    void aRegionCanLeaveAndJoinAgain() {
        Group group = group(period(GBR, "2020-01-01", "2022-01-01"), Membership.since(GBR, date("2024-01-01")));

        assertThat(group.isMember(GBR, date("2019-12-31"))).isFalse();
        assertThat(group.isMember(GBR, date("2021-06-30"))).isTrue();
        assertThat(group.isMember(GBR, date("2022-01-01"))).isFalse();
        assertThat(group.isMember(GBR, date("2023-12-31"))).isFalse();
        assertThat(group.isMember(GBR, date("2024-01-01"))).isTrue();
        assertThat(group.membersOn(date("2024-01-01"))).containsExactly(GBR);
    }

    @Test
    void reJoiningOnTheDayOfLeavingIsAllowed() {
        Group group = group(period(GBR, "2020-01-01", "2022-01-01"), Membership.since(GBR, date("2022-01-01")));

        assertThat(group.isMember(GBR, date("2021-12-31"))).isTrue();
        assertThat(group.isMember(GBR, date("2022-01-01"))).isTrue();
    }

    @Test
    void overlappingPeriodsOfOneRegionAreRejected() {
        assertThatThrownBy(
                        () -> group(period(GBR, "2020-01-01", "2022-01-01"), Membership.since(GBR, date("2021-12-31"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group test-group has overlapping membership periods for GBR");
    }

    @Test
    void anUndatedPeriodBesideADatedOneOfTheSameRegionIsRejected() {
        assertThatThrownBy(() -> group(Membership.always(GBR), Membership.since(GBR, date("2024-01-01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlapping membership periods for GBR");
    }

    @Test
    void differentRegionsMayShareTheSamePeriod() {
        Group group = group(Membership.always(GBR), Membership.always(USA));

        assertThat(group.membersOn(date("2000-01-01"))).containsExactly(GBR, USA);
    }

    @Test
    void isMemberIsFalseForARegionNotInTheGroup() {
        assertThat(PAX_SILICA.isMember(GBR, date("2026-03-01"))).isFalse();
        assertThat(PAX_SILICA.isMember(QAT, date("2026-01-11"))).isFalse();
        assertThat(PAX_SILICA.isMember(QAT, date("2026-01-12"))).isTrue();
    }

    private static Group group(Membership... memberships) {
        return new Group("test-group", "Test group", List.of(memberships));
    }

    private static Membership period(RegionId region, String joined, String left) {
        return new Membership(region, Optional.of(date(joined)), Optional.of(date(left)));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
