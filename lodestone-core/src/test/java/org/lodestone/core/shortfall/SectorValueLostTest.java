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
import org.lodestone.core.ensemble.EnsembleLayout;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.MemberOutcome;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * Value added and gross output lost per (member, sector). USA makes 365 servers and 365 cars a
 * year (1 a day each), JPN 365 servers, all from magnets only CHN makes. A USA server is worth
 * 1,000 USD (2024) with a value-added share of 0.4 (400 USD), a USA car 200 USD with 0.5 (100
 * USD), a JPN server 500 USD with 0.5 (250 USD). The cars' magnets are not valued in JPN, which
 * makes none.
 */
class SectorValueLostTest {

    private static final int HORIZON = 120;

    private final Dataset dataset = DatasetFixture.dataset("magnet", "server", "car")
            .produce("magnet", "CHN", 1095)
            .produce("server", "USA", 365)
            .produce("server", "JPN", 365)
            .produce("car", "USA", 365)
            .recipe("server", "magnet", 1)
            .recipe("car", "magnet", 1)
            .finalDemand("server", "USA", 365)
            .finalDemand("server", "JPN", 365)
            .finalDemand("car", "USA", 365)
            .finalMeasure("server")
            .finalMeasure("car")
            .value("server", "USA", 1000, 0.4)
            .value("car", "USA", 200, 0.5)
            .value("server", "JPN", 500, 0.5)
            .build();
    private final IoTable table = DatasetTables.of(dataset, NetworkBuilder.build(dataset));
    private final ReportingUnits units = ReportingUnits.of(table, "pax", List.of("USA", "JPN"), "server");

    private MemberOutcome run(long member, double blocked) {
        Scenario scenario = new Scenario(
                "hit",
                "test",
                Optional.empty(),
                HORIZON,
                Optional.empty(),
                ArioParameters.defaults().withInventory(10, Map.of()),
                List.of(MagnetCut.of(blocked)),
                new Uncertainty(10, 7, List.of()),
                "h",
                Map.of());
        MemberBinder binder = new MemberBinder(scenario, table, Optional.of(dataset));
        assertThat(binder.problems()).isEmpty();
        EngineEvaluator evaluator =
                new EngineEvaluator(scenario, List.of(), units, UnitValues.of(units, dataset), m -> {
                    BoundEvents bound = binder.bind(m);
                    return new ArioRun(bound.model(), bound.events());
                });
        return evaluator.evaluate(member, new double[0]);
    }

    private int sector(String commodity) {
        return units.commodities().indexOf(commodity);
    }

    /** Days of baseline output of {@code commodity} the unit lost (0 when it never fell short). */
    private static double lostDays(UnitOutcome outcome, String commodity) {
        return outcome.losses().stream()
                .filter(l -> l.commodity().equals(commodity))
                .mapToDouble(UnitOutcome.Loss::lostDays)
                .sum();
    }

    /** A whole year's cut of magnets: each unit's outcome and the days of output it lost. */
    private record HardCut(
            UnitOutcome usa, UnitOutcome jpn, UnitOutcome pax, double servers, double cars, double jpnServers) {}

    private HardCut hardCut() {
        MemberOutcome outcome = run(0, 1);
        UnitOutcome usa = outcome.units().get(units.indexOf("USA"));
        UnitOutcome jpn = outcome.units().get(units.indexOf("JPN"));
        return new HardCut(
                usa,
                jpn,
                outcome.units().get(0),
                lostDays(usa, "server"),
                lostDays(usa, "car"),
                lostDays(jpn, "server"));
    }

    @Test
    void eachSectorLosesItsUnitsTimesValuePerUnitTimesValueAddedShare() {
        HardCut cut = hardCut();
        assertThat(Math.min(cut.servers(), Math.min(cut.cars(), cut.jpnServers())))
                .as("a hard cut for good")
                .isGreaterThan(50);

        // baseline 1 unit a day: days lost are units lost
        assertThat(cut.usa().valueAddedLostUsd(sector("server"))).isCloseTo(1000 * 0.4 * cut.servers(), within(1e-6));
        assertThat(cut.usa().valueAddedLostUsd(sector("car"))).isCloseTo(200 * 0.5 * cut.cars(), within(1e-6));
        assertThat(cut.jpn().valueAddedLostUsd(sector("server"))).isCloseTo(500 * 0.5 * cut.jpnServers(), within(1e-6));
        assertThat(cut.jpn().valueAddedLostUsd(sector("car")))
                .as("JPN makes no cars")
                .isNaN();
        assertThat(cut.usa().valueAddedLostUsd(sector("magnet")))
                .as("magnets are not a final measure")
                .isNaN();
        assertThat(cut.pax().valueAddedLostUsd(sector("server")))
                .isCloseTo(400 * cut.servers() + 250 * cut.jpnServers(), within(1e-6));
        assertThat(cut.usa().grossOutputLostUsd()).isCloseTo(1000 * cut.servers() + 200 * cut.cars(), within(1e-6));
        assertThat(cut.pax().grossOutputLostUsd())
                .isCloseTo(1000 * cut.servers() + 200 * cut.cars() + 500 * cut.jpnServers(), within(1e-6));
    }

    @Test
    void eachSectorLosesItsUnitsTimesValuePerUnitInGrossOutput() {
        HardCut cut = hardCut();

        // the value per unit alone: 1,000 and 200 USD in the USA, 500 in Japan
        assertThat(cut.usa().grossOutputLostUsd(sector("server"))).isCloseTo(1000 * cut.servers(), within(1e-6));
        assertThat(cut.usa().grossOutputLostUsd(sector("car"))).isCloseTo(200 * cut.cars(), within(1e-6));
        assertThat(cut.jpn().grossOutputLostUsd(sector("server"))).isCloseTo(500 * cut.jpnServers(), within(1e-6));
        assertThat(cut.jpn().grossOutputLostUsd(sector("car")))
                .as("JPN makes no cars")
                .isNaN();
        assertThat(cut.usa().grossOutputLostUsd(sector("magnet"))).isNaN();
        assertThat(cut.pax().grossOutputLostUsd(sector("server")))
                .isCloseTo(1000 * cut.servers() + 500 * cut.jpnServers(), within(1e-6));
        assertThat(cut.pax().grossOutputLostUsd(sector("car"))).isCloseTo(200 * cut.cars(), within(1e-6));
    }

    @Test
    void theSectorsSumToEachUnitsTotalInEveryRun() {
        for (double blocked = 0; blocked <= 1.0001; blocked += 0.25) {
            MemberOutcome outcome = run(0, blocked);
            for (int u = 0; u < units.units().size(); u++) {
                UnitOutcome unit = outcome.units().get(u);
                double sum = 0;
                double gross = 0;
                for (int c = 0; c < units.commodities().size(); c++) {
                    double v = unit.valueAddedLostUsd(c);
                    sum += Double.isNaN(v) ? 0 : v;
                    double g = unit.grossOutputLostUsd(c);
                    gross += Double.isNaN(g) ? 0 : g;
                }
                if (!Double.isNaN(unit.valueAddedLostUsd())) {
                    assertThat(sum)
                            .as("%s at %s blocked", units.units().get(u).label(), blocked)
                            .isCloseTo(unit.valueAddedLostUsd(), within(1e-6));
                    assertThat(gross)
                            .as(
                                    "gross output of %s at %s blocked",
                                    units.units().get(u).label(), blocked)
                            .isCloseTo(unit.grossOutputLostUsd(), within(1e-6));
                }
            }
        }
    }

    @Test
    void noSectorLosesLessAsMoreOfTheInputIsBlocked() {
        List<MemberOutcome> runs = new ArrayList<>();
        for (double blocked = 0; blocked <= 1.0001; blocked += 0.125) {
            runs.add(run(0, blocked));
        }
        for (int k = 1; k < runs.size(); k++) {
            for (int u = 0; u < units.units().size(); u++) {
                UnitOutcome before = runs.get(k - 1).units().get(u);
                UnitOutcome after = runs.get(k).units().get(u);
                for (String c : List.of("server", "car")) {
                    if (!Double.isNaN(after.valueAddedLostUsd(sector(c)))) {
                        assertThat(after.valueAddedLostUsd(sector(c)))
                                .as("%s %s at step %d", units.units().get(u).label(), c, k)
                                .isGreaterThanOrEqualTo(before.valueAddedLostUsd(sector(c)) - 1e-6);
                    }
                }
            }
        }
    }

    @Test
    void theSummaryKeepsEachSectorsValuePerMemberAndCombinesThem() {
        UnitValues values = UnitValues.of(units, dataset);
        EnsembleLayout layout = EnsembleLayout.of(units, values, HORIZON, List.of());
        EnsembleSummary left = new EnsembleSummary(layout);
        EnsembleSummary right = new EnsembleSummary(layout);
        MemberOutcome half = run(0, 0.5);
        MemberOutcome full = run(1, 1);
        left.add(half);
        right.add(full);
        EnsembleSummary both = right.combine(left);
        int usa = units.indexOf("USA");

        assertThat(both.sectorValues(usa, sector("car")).values())
                .containsExactly(
                        half.units().get(usa).valueAddedLostUsd(sector("car")),
                        full.units().get(usa).valueAddedLostUsd(sector("car")));
        assertThat(both.sectorValues(units.indexOf("JPN"), sector("car")).size())
                .isZero();
        assertThat(both.sectorGrossValues(usa, sector("car")).values())
                .containsExactly(
                        half.units().get(usa).grossOutputLostUsd(sector("car")),
                        full.units().get(usa).grossOutputLostUsd(sector("car")));
        assertThat(both.sectorGrossValues(units.indexOf("JPN"), sector("car")).size())
                .isZero();
        assertThat(both.summary(0, Metric.GROSS_OUTPUT_LOST).count()).isEqualTo(2);
        assertThat(layout.unitOf(Metric.GROSS_OUTPUT_LOST)).isEqualTo("USD 2024");
        assertThat(both).isEqualTo(left.combine(right));
    }
}
