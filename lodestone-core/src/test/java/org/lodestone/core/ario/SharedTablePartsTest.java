package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.mrio.SyntheticMrio;
import org.lodestone.core.shock.Event;

/**
 * A member's model built from another model ({@link ArioModel#of(IoTable, ArioParameters,
 * ArioModel)}) shares the table's parts only when the tables share their flows, and is then the
 * model built on its own, array for array and run for run.
 */
class SharedTablePartsTest {

    private static final int STEPS = 90;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#all")
    void aMemberWithOtherPairsAndParametersSharesTheTablePartsAndRunsAsItsOwnModel(SeededTables.Case c) {
        Random random = new Random(c.name().hashCode());
        ArioParameters scenario = ArioParameters.defaults().withThreads(1);
        ArioModel like = ArioModel.of(c.table(), scenario);
        IoTable member = c.table().withSubstitutions(SubstitutionParityTest.pairs(c.table(), random, 0.4));
        ArioParameters parameters = scenario.withInventory(45, Map.of()).withAlpha(1, 1.3, 30);

        ArioModel shared = ArioModel.of(member, parameters, like);
        ArioModel own = ArioModel.of(member, parameters);

        assertThat(member.sharesFlows(c.table())).isTrue();
        assertThat(shared.parts).isSameAs(like.parts);
        assertThat(shared.x0).isSameAs(like.x0);
        assertSameModel(shared, own);
        assertSameRuns(shared, own, random.nextLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#synthetic")
    void anotherStepLengthSharesTheTableButNotThePerStepOutput(SeededTables.Case c) {
        ArioParameters scenario = ArioParameters.defaults().withThreads(1);
        ArioModel like = ArioModel.of(c.table(), scenario);
        ArioParameters weekly = new ArioParameters(
                scenario.kind(),
                scenario.orderType(),
                scenario.alphaBase(),
                scenario.alphaMax(),
                scenario.alphaTau(),
                scenario.inventoryDays(),
                scenario.inventoryDaysBySector(),
                scenario.inventoryRestorationTau(),
                scenario.restorationTauBySector(),
                scenario.psi(),
                scenario.monetaryFactor(),
                52,
                1);

        ArioModel shared = ArioModel.of(c.table(), weekly, like);

        assertThat(shared.parts).isSameAs(like.parts);
        assertThat(shared.x0).isNotSameAs(like.x0);
        assertSameModel(shared, ArioModel.of(c.table(), weekly));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.lodestone.core.ario.SeededTables#synthetic")
    void aTableBuiltApartSharesNothingEvenWithTheSameNumbers(SeededTables.Case c) {
        String[] size = c.name().split(" ")[1].split("x");
        long seed = Long.parseLong(c.name().substring(c.name().lastIndexOf(' ') + 1));
        IoTable apart = SyntheticMrio.generate(Integer.parseInt(size[0]), Integer.parseInt(size[1]), seed);
        ArioParameters parameters = ArioParameters.defaults().withThreads(1);
        ArioModel like = ArioModel.of(c.table(), parameters);

        ArioModel model = ArioModel.of(apart, parameters, like);

        assertThat(apart.sharesFlows(c.table())).isFalse();
        assertThat(model.parts).isNotSameAs(like.parts);
        assertSameModel(model, like);
    }

    private static void assertSameModel(ArioModel actual, ArioModel expected) {
        assertThat(actual.zC).containsExactly(expected.zC);
        assertThat(actual.aS).containsExactly(expected.aS);
        assertThat(actual.x0).containsExactly(expected.x0);
        assertThat(actual.f0.values()).containsExactly(expected.f0.values());
        assertThat(actual.isInput).containsExactly(expected.isInput);
        assertThat(actual.fixedInput).containsExactly(expected.fixedInput);
        assertThat(actual.inventoryDuration).containsExactly(expected.inventoryDuration);
        assertThat(actual.constraintDuration).containsExactly(expected.constraintDuration);
        assertThat(actual.substitutionEntries).containsExactly(expected.substitutionEntries);
        assertThat(actual.rowsByProduct).containsExactly(expected.rowsByProduct);
        assertThat(actual.productSplit).containsExactly(expected.productSplit);
        assertThat(actual.regionOf).containsExactly(expected.regionOf);
        assertThat(actual.columnRegionOf).containsExactly(expected.columnRegionOf);
        assertThat(actual.regionNames).isEqualTo(expected.regionNames);
        assertThat(actual.capital).isEqualTo(expected.capital);
        assertThat(actual.idleInfinite).containsExactly(expected.idleInfinite);
    }

    private static void assertSameRuns(ArioModel actual, ArioModel expected, long seed) {
        List<Event> events = new ArrayList<>(RandomShocks.of(expected, new Random(seed)));
        events.addAll(RandomShocks.market(expected, new Random(seed + 1)));
        Trajectories want = new Trajectories();
        new ArioRun(expected, events).run(STEPS, want);
        Trajectories got = new Trajectories();
        new ArioRun(actual, events).run(STEPS, got);
        Trajectories.assertIdentical(got, want, "the shared model");
    }
}
