package org.lodestone.core.coalition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.RegionId;

class CoalitionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final RegionId USA = RegionId.of("USA");
    private static final RegionId KOR = RegionId.of("KOR");
    private static final RegionId ARE = RegionId.of("ARE");

    private final Group group = new Group(
            "pax",
            "Pax",
            List.of(
                    Membership.since(USA, LocalDate.of(2025, 12, 12)),
                    Membership.since(ARE, LocalDate.of(2026, 1, 14))));

    @Test
    void membershipIsTakenOnTheDate() {
        assertThat(Coalition.of(group, LocalDate.of(2026, 1, 13)).codes()).containsExactly("USA");
        assertThat(Coalition.of(group, DAY).codes()).containsExactly("ARE", "USA");
    }

    @Test
    void aWhatIfRemembersItsChangesAndItsBaseline() {
        Coalition whatIf = Coalition.of(group, DAY).with(List.of(KOR), List.of(ARE));

        assertThat(whatIf.codes()).containsExactly("KOR", "USA");
        assertThat(whatIf.isWhatIf()).isTrue();
        assertThat(whatIf.label()).isEqualTo("pax +KOR -ARE");
        assertThat(whatIf.baseline().members()).containsExactly(ARE, USA);
        assertThat(whatIf.with(List.of(ARE), List.of(KOR)).isWhatIf())
                .as("back to the baseline")
                .isFalse();
    }

    @Test
    void addingAMemberOrRemovingANonMemberIsAnError() {
        Coalition coalition = Coalition.of("custom", Set.of(USA), DAY);

        assertThatThrownBy(() -> coalition.with(List.of(USA), List.of()))
                .hasMessage("USA is already a member of custom on 2026-03-01");
        assertThatThrownBy(() -> coalition.with(List.of(), List.of(KOR)))
                .hasMessage("KOR is not a member of custom on 2026-03-01");
    }
}
