package org.lodestone.core.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lodestone.core.model.DatasetFixture.dataset;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.coalition.Membership;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.model.RegionId;

class ExposureAnalysisTest {

    private static final Offset<Double> TOLERANCE = within(1e-9);
    private static final LocalDate BEFORE_AUS_JOINS = LocalDate.parse("2025-12-31");
    private static final LocalDate AFTER_IND_JOINS = LocalDate.parse("2026-03-01");

    /** JPN a member at every date, AUS from 2026-01-01, IND from 2026-02-20. */
    private static final Group ALLIANCE = new Group(
            "alliance",
            "Alliance",
            List.of(
                    Membership.always(region("JPN")),
                    Membership.since(region("AUS"), LocalDate.parse("2026-01-01")),
                    Membership.since(region("IND"), LocalDate.parse("2026-02-20"))));

    private static final Group CONCERN = new Group(
            ExposureAnalysis.CONCERN_GROUP, "Countries of concern", List.of(Membership.always(region("CHN"))));

    @Test
    void oneRowPerCommodityInDatasetOrder() {
        List<ExposureRow> rows = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, AFTER_IND_JOINS);

        assertThat(rows)
                .extracting(r -> r.commodity().id())
                .containsExactly(CommodityId.of("gallium"), CommodityId.of("graphite"), CommodityId.of("lithium"));
    }

    @Test
    void rowsCarryWorldOutputIndexAndTopProducer() {
        ExposureRow gallium = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, AFTER_IND_JOINS)
                .get(0);

        // CHN 98 + JPN 2 = 100; HHI 98² + 2² = 9,604 + 4 = 9,608
        assertThat(gallium.worldQuantity()).isCloseTo(100, TOLERANCE);
        assertThat(gallium.hhi()).isCloseTo(9_608, TOLERANCE);
        assertThat(gallium.topProducer()).contains(region("CHN"));
        assertThat(gallium.topShare()).isCloseTo(0.98, TOLERANCE);
    }

    @Test
    void theCoalitionShareCountsOnlyTheMembersOnTheDate() {
        List<ExposureRow> before = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, BEFORE_AUS_JOINS);
        List<ExposureRow> after = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, AFTER_IND_JOINS);

        // 2025-12-31, only JPN: gallium JPN 2 %, graphite 0, lithium 0
        assertThat(before.get(0).coalitionShare()).isCloseTo(0.02, TOLERANCE);
        assertThat(before.get(1).coalitionShare()).isZero();
        assertThat(before.get(2).coalitionShare()).isZero();
        // 2026-03-01, JPN + AUS + IND: gallium JPN 2 %, graphite IND 30 %, lithium AUS 60 %
        assertThat(after.get(0).coalitionShare()).isCloseTo(0.02, TOLERANCE);
        assertThat(after.get(1).coalitionShare()).isCloseTo(0.30, TOLERANCE);
        assertThat(after.get(2).coalitionShare()).isCloseTo(0.60, TOLERANCE);
    }

    @Test
    void theConcernShareIsHeldByTheConcernGroup() {
        List<ExposureRow> rows = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, AFTER_IND_JOINS);

        // CHN: gallium 98 of 100, graphite 50 of 100, lithium 20 of 100
        assertThat(rows.get(0).concernShare()).isCloseTo(0.98, TOLERANCE);
        assertThat(rows.get(1).concernShare()).isCloseTo(0.50, TOLERANCE);
        assertThat(rows.get(2).concernShare()).isCloseTo(0.20, TOLERANCE);
    }

    @Test
    void theConcernShareIsNaNWithoutAConcernGroup() {
        List<ExposureRow> rows = ExposureAnalysis.analyse(threeMinerals(false), ALLIANCE, AFTER_IND_JOINS);

        assertThat(rows).extracting(ExposureRow::concernShare).allMatch(share -> Double.isNaN(share));
        assertThat(rows.get(0).coalitionShare()).isCloseTo(0.02, TOLERANCE);
    }

    @Test
    void aNonMemberHoldingMoreThanHalfIsFlagged() {
        ExposureRow gallium = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, AFTER_IND_JOINS)
                .get(0);

        assertThat(gallium.dominantNonMember()).contains(region("CHN"));
    }

    @Test
    void exactlyHalfIsNotFlagged() {
        ExposureRow graphite = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, AFTER_IND_JOINS)
                .get(1);

        assertThat(graphite.topProducer()).contains(region("CHN"));
        assertThat(graphite.topShare()).isEqualTo(0.5);
        assertThat(graphite.dominantNonMember()).isEmpty();
    }

    @Test
    void aDominantProducerIsFlaggedOnlyWhileItIsNotAMember() {
        ExposureRow lithiumBefore = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, BEFORE_AUS_JOINS)
                .get(2);
        ExposureRow lithiumAfter = ExposureAnalysis.analyse(threeMinerals(true), ALLIANCE, AFTER_IND_JOINS)
                .get(2);

        // AUS holds 60 % of lithium and joins on 2026-01-01
        assertThat(lithiumBefore.dominantNonMember()).contains(region("AUS"));
        assertThat(lithiumAfter.topProducer()).contains(region("AUS"));
        assertThat(lithiumAfter.dominantNonMember()).isEmpty();
    }

    @Test
    void anAggregateHoldingMoreThanHalfIsNeverFlagged() {
        Dataset dataset = dataset("cobalt")
                .produce("cobalt", "ROW", 70)
                .produce("cobalt", "COD", 30)
                .build();

        ExposureRow cobalt =
                ExposureAnalysis.analyse(dataset, ALLIANCE, AFTER_IND_JOINS).get(0);

        assertThat(cobalt.topProducer()).contains(region("COD"));
        assertThat(cobalt.topShare()).isCloseTo(0.3, TOLERANCE);
        assertThat(cobalt.dominantNonMember()).isEmpty();
    }

    @Test
    void aCommodityNobodyProducesGetsAnEmptyRow() {
        Dataset dataset = dataset("helium").group(CONCERN).build();

        ExposureRow helium =
                ExposureAnalysis.analyse(dataset, ALLIANCE, AFTER_IND_JOINS).get(0);

        assertThat(helium.worldQuantity()).isZero();
        assertThat(helium.hhi()).isZero();
        assertThat(helium.topProducer()).isEmpty();
        assertThat(helium.topShare()).isZero();
        assertThat(helium.coalitionShare()).isZero();
        assertThat(helium.concernShare()).isZero();
        assertThat(helium.dominantNonMember()).isEmpty();
    }

    /**
     * gallium CHN 98, JPN 2; graphite CHN 50, IND 30, ROW 20; lithium AUS 60, CHN 20, ROW 20.
     */
    private static Dataset threeMinerals(boolean withConcernGroup) {
        DatasetFixture fixture = dataset("gallium", "graphite", "lithium")
                .group(ALLIANCE)
                .produce("gallium", "CHN", 98)
                .produce("gallium", "JPN", 2)
                .produce("graphite", "CHN", 50)
                .produce("graphite", "IND", 30)
                .produce("graphite", "ROW", 20)
                .produce("lithium", "AUS", 60)
                .produce("lithium", "CHN", 20)
                .produce("lithium", "ROW", 20);
        return withConcernGroup ? fixture.group(CONCERN).build() : fixture.build();
    }

    private static RegionId region(String code) {
        return RegionId.of(code);
    }
}
