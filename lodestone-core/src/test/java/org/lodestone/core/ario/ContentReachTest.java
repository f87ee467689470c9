package org.lodestone.core.ario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.binding.BoundEvents;
import org.lodestone.core.binding.MemberBinder;
import org.lodestone.core.binding.ScenarioBinder;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.EventSpec.Reach;
import org.lodestone.core.scenario.EventSpec.Targets;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shock.Event;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * Content reach of an export control, derived by hand on a small chain: oxide (o) is refined in
 * AUS and CHN, magnets (m) made in CHN and JPN, servers (s) in TWN and the USA, compute (c) in the
 * USA. Per step: JPN/m buys 70 o from AUS and 30 from CHN; CHN/m 50 o from CHN; TWN/s buys 60 m
 * from CHN and 40 from JPN; USA/s 10 m from CHN and 20 from JPN; USA/c buys 100 s from TWN and 20
 * from the USA. CHN controls o and m against the USA.
 *
 * <p>Content (imposer's share of supply): JPN/m 30/100 = 0.3 at any depth; TWN/s 60/100 = 0.6 at
 * depth 1 and (60 + 40 · 0.3) / 100 = 0.72 at depth 2. USA producers are targets, hit through their
 * own imports, and are not in the content reach.
 */
class ContentReachTest {

    private static final int CHN_M = 1;
    private static final int CHN_O = 2;
    private static final int JPN_M = 3;
    private static final int TWN_S = 4;
    private static final int USA_S = 6;
    private static final List<String> NODES = List.of("AUS/o", "CHN/m", "CHN/o", "JPN/m", "TWN/s", "USA/c", "USA/s");
    private static final double[] TABLE_Z = new double[] {
        0, 0, 0, 70, 0, 0, 0, // AUS/o
        0, 0, 0, 0, 60, 0, 10, // CHN/m
        0, 50, 0, 30, 0, 0, 0, // CHN/o
        0, 0, 0, 0, 40, 0, 20, // JPN/m
        0, 0, 0, 0, 0, 100, 0, // TWN/s
        0, 0, 0, 0, 0, 0, 0, // USA/c
        0, 0, 0, 0, 0, 20, 0 // USA/s
    };
    private static final double[] TABLE_Y = new double[] {
        0, 0, 0, //
        0, 0, 0, //
        0, 0, 0, //
        0, 0, 0, //
        0, 10, 0, //
        0, 0, 120, //
        0, 0, 0
    };
    private static final IoTable TABLE = SmallTables.table(NODES, List.of("JPN", "TWN", "USA"), TABLE_Z, TABLE_Y);
    private static final ArioModel MODEL = ArioModel.of(TABLE, SmallTables.parameters(30));

    private static EventSpec.ExportControl control(Reach reach, Map<String, Double> byTarget) {
        return new EventSpec.ExportControl(
                "CHN",
                List.of("o", "m"),
                new Targets(false, List.of("USA"), Optional.empty()),
                0.75,
                1,
                SmallTables.STEPS,
                0,
                0,
                reach,
                List.of(),
                byTarget,
                Map.of());
    }

    private static Event.ExportControl bound(EventSpec.ExportControl spec) {
        BoundEvents bound = ScenarioBinder.bind(scenario(spec), MODEL, Optional.empty());
        assertThat(bound.problems()).isEmpty();
        return (Event.ExportControl) bound.events().get(0);
    }

    private static Scenario scenario(EventSpec.ExportControl spec) {
        return new Scenario(
                "t",
                "",
                Optional.empty(),
                SmallTables.STEPS,
                Optional.empty(),
                MODEL.parameters(),
                List.of(spec),
                Uncertainty.none(),
                "h");
    }

    private static Trajectories run(Event event) {
        return SmallTables.run(TABLE, SmallTables.parameters(30), List.of(event), 3);
    }

    @Test
    void depthOneReachesTheThirdCountryMakersInProportionToTheirChineseSupply() {
        Event.ExportControl c = bound(control(Reach.content(1), Map.of()));

        assertThat(c.industries()).containsExactly(CHN_M, CHN_O, JPN_M, TWN_S);
        assertThat(c.reach()).containsExactly(new double[] {1, 1, 0.3, 0.6}, within(1e-15));
    }

    @Test
    void depthTwoAddsTheContentOfTheMagnetsMadeFromChineseOxide() {
        Event.ExportControl c = bound(control(Reach.content(2), Map.of()));

        assertThat(c.industries()).containsExactly(CHN_M, CHN_O, JPN_M, TWN_S);
        assertThat(c.reach()).containsExactly(new double[] {1, 1, 0.3, 0.72}, within(1e-15));
    }

    @Test
    void membersOfOneBinderKeepTheReachOfTheirOwnDepthWhichIsComputedOncePerDepth() {
        // the binder keeps each depth's content shares for its members; a member's copy is its own
        MemberBinder binder = new MemberBinder(scenario(control(Reach.content(1), Map.of())), TABLE, Optional.empty());
        IoTable apart = SmallTables.table(NODES, List.of("JPN", "TWN", "USA"), TABLE_Z, TABLE_Y);

        for (int round = 0; round < 2; round++) {
            for (int depth : new int[] {2, 1}) {
                Scenario member = scenario(control(Reach.content(depth), Map.of()));
                Event.ExportControl c =
                        (Event.ExportControl) binder.bind(member).events().get(0);
                Event.ExportControl alone = bound(control(Reach.content(depth), Map.of()));

                assertThat(c.industries()).containsExactly(alone.industries());
                assertThat(c.reach()).containsExactly(alone.reach());
            }
        }
        Event.ExportControl onApart = (Event.ExportControl)
                new MemberBinder(scenario(control(Reach.content(2), Map.of())), apart, Optional.empty())
                        .bind(scenario(control(Reach.content(2), Map.of())))
                        .events()
                        .get(0);
        assertThat(onApart.reach()).containsExactly(new double[] {1, 1, 0.3, 0.72}, within(1e-15));
    }

    @Test
    void contentGoodsLimitTheReachToTheGoodsTheRuleLists() {
        // a rule that lists magnets only: JPN/m is reached through its Chinese oxide, TWN/s is not
        Event.ExportControl c = bound(control(new Reach(true, 2, List.of("m")), Map.of()));

        assertThat(c.industries()).containsExactly(CHN_M, CHN_O, JPN_M);
        assertThat(c.reach()).containsExactly(new double[] {1, 1, 0.3}, within(1e-15));
    }

    @Test
    void theTargetsOrdersFromTheAssemblerFallByTheBlockedContentShare() {
        // step 1: of USA/c's 120 s, TWN/s may ship 100 · (1 − 0.75 · 0.6) = 55; the blocked 45 goes to
        // USA/s, which no restriction touches: 20 + 45. USA/s may take 20 · (1 − 0.75 · 0.3) = 15.5 m
        // from JPN/m and 10 · 0.25 = 2.5 from CHN/m; TWN (not a target) orders as usual, 60 and 40.
        Trajectories depth1 = run(bound(control(Reach.content(1), Map.of())));
        assertThat(depth1.intermediateDemand.get(1)[TWN_S]).isCloseTo(55, within(1e-12));
        assertThat(depth1.intermediateDemand.get(1)[USA_S]).isCloseTo(65, within(1e-12));
        assertThat(depth1.intermediateDemand.get(1)[JPN_M]).isCloseTo(40 + 15.5, within(1e-12));
        assertThat(depth1.intermediateDemand.get(1)[CHN_M]).isCloseTo(60 + 2.5, within(1e-12));

        // depth 2: TWN/s ships 100 · (1 − 0.75 · 0.72) = 46, USA/s 20 + 54
        Trajectories depth2 = run(bound(control(Reach.content(2), Map.of())));
        assertThat(depth2.intermediateDemand.get(1)[TWN_S]).isCloseTo(46, within(1e-12));
        assertThat(depth2.intermediateDemand.get(1)[USA_S]).isCloseTo(74, within(1e-12));
    }

    @Test
    void directReachIsTheControlAsBeforeBitForBit() {
        Event.ExportControl direct = bound(control(Reach.DIRECT, Map.of()));
        Event.ExportControl legacy = new Event.ExportControl(
                new int[] {CHN_M, CHN_O},
                direct.targetBuyers(),
                direct.targetColumns(),
                0.75,
                1,
                SmallTables.STEPS,
                0,
                0);

        assertThat(direct.industries()).containsExactly(CHN_M, CHN_O);
        assertThat(direct.reach()).containsExactly(1, 1);
        assertThat(direct.approvalByBuyer()).isFalse();
        // nothing reaches TWN/s: USA/c orders its usual 100 from it
        Trajectories run = SmallTables.run(TABLE, SmallTables.parameters(30), List.of(direct), 60);
        Trajectories before = SmallTables.run(TABLE, SmallTables.parameters(30), List.of(legacy), 60);
        assertThat(run.intermediateDemand.get(1)[TWN_S]).isEqualTo(100);
        for (int t = 0; t < 60; t++) {
            assertThat(run.production.get(t)).as("step %d", t).containsExactly(before.production.get(t));
            assertThat(run.stocksTotal.get(t)).as("step %d", t).containsExactly(before.stocksTotal.get(t));
        }
    }

    @Test
    void theTargetsOwnRateReplacesTheDefaultOnceLicencesAreGranted() {
        Event.ExportControl usa = bound(control(Reach.content(1), Map.of("USA", 0.2)));
        int usaC = 5;

        assertThat(usa.approvalByBuyer()).isTrue();
        assertThat(usa.buyerApproval()[usaC]).isEqualTo(0.2);
        // no delay: from step 1, TWN/s → USA/c is blocked 0.75 · 0.6 · (1 − 0.2) = 0.36
        assertThat(usa.blockedAt(1, 3, usa.buyerApproval()[usaC])).isCloseTo(0.36, within(1e-15));
        Trajectories run = run(usa);
        assertThat(run.intermediateDemand.get(1)[TWN_S]).isCloseTo(64, within(1e-12));
        assertThat(run.intermediateDemand.get(1)[USA_S]).isCloseTo(56, within(1e-12));
    }
}
