package org.lodestone.core.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.dependency.TinyStack;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.mrio.SubstitutableInput;

class CriticalityAssessmentTest {

    private final StackTable stack = TinyStack.stack();

    private Criticality row(List<Criticality> rows, int sector) {
        return rows.stream().filter(r -> r.sector() == sector).findFirst().orElseThrow();
    }

    private List<Criticality> assess(Set<String> members) {
        return CriticalityAssessment.assess(
                stack,
                new LeontiefSolver(stack.table()),
                members,
                TinyStack.CONCERN,
                true,
                stack.outputOf(TinyStack.DEVICE, members),
                Set.of(TinyStack.DEVICE));
    }

    @Test
    void oreIsCriticalByHandComputedFormula() {
        Criticality ore = row(assess(TinyStack.ALLIES), TinyStack.ORE);

        // CHN 60%, AUS 40%: HHI 5200; all of it bought from non-members; risk-weighted
        // H = 1.0 × 0.36 + 0.5 × 0.16 = 0.44 for world and sourcing alike; essential, so SR = 0.44
        assertThat(ore.hhi()).isCloseTo(5200, within(1e-9));
        assertThat(ore.concernShare()).isCloseTo(0.6, within(1e-12));
        assertThat(ore.importReliance()).isCloseTo(1, within(1e-12));
        assertThat(ore.essentialShare()).isEqualTo(1);
        assertThat(ore.supplyRisk()).isCloseTo(0.44, within(1e-12));
        assertThat(ore.importance()).isCloseTo(0.6, within(1e-12));
        assertThat(stack.regions().get(ore.topProducer())).isEqualTo("CHN");
        assertThat(ore.criticality()).isEqualTo(CriticalityClass.CRITICAL);
    }

    @Test
    void substitutabilityLowersSupplyRiskAndMembershipLowersImportReliance() {
        List<Criticality> rows = assess(TinyStack.ALLIES);

        Criticality magnet = row(rows, TinyStack.MAGNET);
        Criticality metal = row(rows, TinyStack.METAL);
        assertThat(magnet.essentialShare()).isZero();
        assertThat(magnet.supplyRisk()).isCloseTo(CriticalityAssessment.SUBSTITUTE_FACTOR, within(1e-12));
        // metal: JPN and USA 50% each, both members: H = 0.25 × 0.5, no import reliance
        assertThat(metal.importReliance()).isZero();
        assertThat(metal.supplyRisk()).isCloseTo(0.125, within(1e-12));
        assertThat(metal.importance()).isCloseTo(0.5, within(1e-12));
        assertThat(metal.criticality()).isEqualTo(CriticalityClass.IMPORTANT);
        assertThat(rows).noneMatch(r -> r.sector() == TinyStack.DEVICE);
    }

    @Test
    void theDatasetsSubstitutableShareReplacesTheFixedFactor() {
        // magnets into devices can be 40% done without (substitution.csv): SI = 1 − 0.4 = 0.6;
        // CHN makes all magnets and is of concern, so H = 1 and SR = SI, where 0.7 stood before
        boolean[] essential = new boolean[16];
        for (int in = 0; in < 4; in++) {
            for (int out = 0; out < 4; out++) {
                essential[in * 4 + out] = stack.essential(in, out);
            }
        }
        StackTable substituted = new StackTable(
                stack.table()
                        .withSubstitutions(List.of(
                                new SubstitutableInput(TinyStack.MAGNET, TinyStack.USA_DEVICE, 0.4, 90, Double.NaN))),
                stack.sectors(),
                essential);

        Criticality magnet = row(
                CriticalityAssessment.assess(
                        substituted,
                        new LeontiefSolver(substituted.table()),
                        TinyStack.ALLIES,
                        TinyStack.CONCERN,
                        true,
                        substituted.outputOf(TinyStack.DEVICE, TinyStack.ALLIES),
                        Set.of(TinyStack.DEVICE)),
                TinyStack.MAGNET);

        assertThat(magnet.supplyRisk()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void whenJapanLeavesMetalBecomesHalfImported() {
        Criticality metal = row(assess(Set.of("USA")), TinyStack.METAL);

        assertThat(metal.importReliance()).isCloseTo(0.5, within(1e-12));
        // H_world = 0.5·0.25 + 0.25·0.25 = 0.1875 = H_sourcing; SR = 0.1875
        assertThat(metal.supplyRisk()).isCloseTo(0.1875, within(1e-12));
    }

    @Test
    void classesFollowTheThresholds() {
        assertThat(CriticalityClass.of(0.3, 0.5, 0.3, 0.5)).isEqualTo(CriticalityClass.CRITICAL);
        assertThat(CriticalityClass.of(0.3, 0.49, 0.3, 0.5)).isEqualTo(CriticalityClass.SUPPLY_RISK);
        assertThat(CriticalityClass.of(0.29, 0.5, 0.3, 0.5)).isEqualTo(CriticalityClass.IMPORTANT);
        assertThat(CriticalityClass.of(0, 0, 0.3, 0.5).key()).isEqualTo("low");
    }
}
