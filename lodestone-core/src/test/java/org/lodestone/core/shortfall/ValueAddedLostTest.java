package org.lodestone.core.shortfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.binding.MemberBinder;
import org.lodestone.core.ensemble.EngineEvaluator;
import org.lodestone.core.ensemble.MemberOutcome;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.core.uncertainty.Variation;

/**
 * Value added lost per member and for the coalition. Two equal members, USA and JPN, each make 365
 * servers a year (1 a day) from magnets only CHN makes; a server is worth 1,000 USD (2024) with a
 * value-added share of 0.4 in USA (400 USD) and 500 USD with 0.5 in JPN (250 USD).
 */
class ValueAddedLostTest {

    private static final String SHARE = "dataset.substitution[server,magnet].substitutable";
    private static final int HORIZON = 120;

    private final Dataset dataset = DatasetFixture.dataset("magnet", "server")
            .produce("magnet", "CHN", 730)
            .produce("server", "USA", 365)
            .produce("server", "JPN", 365)
            .recipe("server", "magnet", 1)
            .finalDemand("server", "USA", 365)
            .finalDemand("server", "JPN", 365)
            .finalMeasure("server")
            .value("server", "USA", 1000, 0.4)
            .value("server", "JPN", 500, 0.5)
            .build();
    private final IoTable table = DatasetTables.of(dataset, NetworkBuilder.build(dataset));
    private final ReportingUnits units = ReportingUnits.of(table, "pax", List.of("USA", "JPN"), "server");

    private Scenario scenario(EventSpec event, List<Variation> vary) {
        return new Scenario(
                "hit",
                "test",
                Optional.empty(),
                HORIZON,
                Optional.empty(),
                ArioParameters.defaults().withInventory(10, Map.of()),
                List.of(event),
                new Uncertainty(10, 7, vary),
                "h",
                Map.of());
    }

    private MemberOutcome run(Scenario scenario, List<String> inputs, double... values) {
        MemberBinder binder = new MemberBinder(scenario, table, Optional.of(dataset));
        assertThat(binder.problems()).isEmpty();
        EngineEvaluator evaluator =
                new EngineEvaluator(scenario, inputs, units, UnitValues.of(units, dataset), member -> {
                    BoundEvents bound = binder.bind(member);
                    return new ArioRun(bound.model(), bound.events());
                });
        return evaluator.evaluate(0, values);
    }

    /** Σ_t max(0, 1 − s_t): days of baseline output lost, from the recorded series. */
    private static double lostDays(UnitOutcome outcome) {
        double days = 0;
        for (double s : outcome.series()) {
            days += Math.max(0, 1 - s);
        }
        return days;
    }

    @Test
    void eachMemberLosesItsUnitsTimesItsValueAddedAndTheCoalitionTheirSum() {
        EventSpec cut = MagnetCut.of(1);
        MemberOutcome outcome = run(scenario(cut, List.of()), List.of());
        UnitOutcome pax = outcome.units().get(0);
        UnitOutcome jpn = outcome.units().get(units.indexOf("JPN"));
        UnitOutcome usa = outcome.units().get(units.indexOf("USA"));

        double days = lostDays(usa);
        assertThat(days).as("the equal members lose alike").isCloseTo(lostDays(jpn), within(1e-9));
        assertThat(days).as("a hard input cut for good").isGreaterThan(50);
        // baseline 1 server a day: days lost are servers lost
        assertThat(usa.valueAddedLostUsd()).isCloseTo(400 * days, within(1e-6));
        assertThat(jpn.valueAddedLostUsd()).isCloseTo(250 * days, within(1e-6));
        assertThat(pax.valueAddedLostUsd()).isCloseTo(650 * days, within(1e-6));
        assertThat(UnitValues.of(units, dataset).priceYear()).isEqualTo(2024);
    }

    @Test
    void theValueLostNeverFallsAsMoreOfTheInputIsCut() {
        List<Double> coalition = new ArrayList<>();
        for (double blocked = 0; blocked <= 1.0001; blocked += 0.125) {
            EventSpec cut = MagnetCut.of(blocked);
            coalition.add(
                    run(scenario(cut, List.of()), List.of()).units().get(0).valueAddedLostUsd());
        }

        for (int k = 1; k < coalition.size(); k++) {
            assertThat(coalition.get(k))
                    .as("blocked %s", k * 0.125)
                    .isGreaterThanOrEqualTo(coalition.get(k - 1) - 1e-6);
        }
        assertThat(coalition.get(0)).isCloseTo(0, within(1e-6));
        assertThat(coalition.get(coalition.size() - 1)).isGreaterThan(650 * 50);
    }

    @Test
    void aLargerSubstitutableShareNeverLosesMore() {
        EventSpec cut = MagnetCut.of(1);
        Scenario scenario = scenario(cut, List.of(new Variation(SHARE, new Distribution.Uniform(0, 1))));
        List<Double> lost = new ArrayList<>();
        for (double s = 0; s <= 1.0001; s += 0.25) {
            lost.add(run(scenario, List.of(SHARE), s).units().get(0).valueAddedLostUsd());
        }

        for (int k = 1; k < lost.size(); k++) {
            assertThat(lost.get(k)).as("share %s", k * 0.25).isLessThanOrEqualTo(lost.get(k - 1) + 1e-6);
        }
        assertThat(lost.get(lost.size() - 1)).isCloseTo(0, within(1e-6));
    }
}
