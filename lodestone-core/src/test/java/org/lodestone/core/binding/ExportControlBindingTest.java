package org.lodestone.core.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.EventSpec.Reach;
import org.lodestone.core.scenario.EventSpec.Targets;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shock.Event;
import org.lodestone.core.uncertainty.Uncertainty;

/**
 * Binding the end uses and licensing rates of an export control: metal is refined in CHN and USA
 * and made into chips in KOR and the USA; CHN controls metal. The dataset has no end-use layer, so
 * end uses can be screened only on the table alone (its sectors stand in for end uses).
 */
class ExportControlBindingTest {

    private final Dataset dataset = DatasetFixture.dataset("ore", "metal", "chip")
            .produce("ore", "AUS", 40)
            .produce("metal", "CHN", 20)
            .produce("metal", "USA", 30)
            .produce("chip", "USA", 100)
            .produce("chip", "KOR", 50)
            .recipe("metal", "ore", 2)
            .recipe("chip", "metal", 0.4)
            .finalDemand("chip", "USA", 100)
            .finalDemand("chip", "KOR", 50)
            .build();
    private final IoTable table = DatasetTables.of(dataset, NetworkBuilder.build(dataset));
    private final ArioModel model = ArioModel.of(table, ArioParameters.defaults());

    private BoundEvents bind(Optional<Dataset> data, EventSpec.ExportControl control) {
        Scenario s = new Scenario(
                "t",
                "",
                Optional.empty(),
                100,
                Optional.empty(),
                ArioParameters.defaults(),
                List.of(control),
                Uncertainty.none(),
                "h");
        return ScenarioBinder.bind(s, model, data);
    }

    private static EventSpec.ExportControl control(
            Targets targets, List<String> endUses, Map<String, Double> byTarget, Map<String, Double> byEndUse) {
        return new EventSpec.ExportControl(
                "CHN", List.of("metal"), targets, 1, 1, 30, 0.5, 10, Reach.DIRECT, endUses, byTarget, byEndUse);
    }

    private List<String> buyers(boolean[] mask) {
        return IntStream.range(0, mask.length)
                .filter(j -> mask[j])
                .mapToObj(j -> table.industries().get(j).toString())
                .toList();
    }

    @Test
    void endUsesScreenTheTargetBuyersToTheirMakers() {
        BoundEvents bound = bind(Optional.empty(), control(Targets.everyone(), List.of("chip"), Map.of(), Map.of()));

        assertThat(bound.problems()).isEmpty();
        Event.ExportControl c = (Event.ExportControl) bound.events().get(0);
        assertThat(buyers(c.targetBuyers()))
                .containsExactlyInAnyOrder(
                        table.industries().get(table.indexOf("KOR", "chip")).toString(),
                        table.industries().get(table.indexOf("USA", "chip")).toString());
        // final buyers are no end use of the table (one final-demand category only)
        assertThat(c.targetColumns()).containsOnly(false);
    }

    @Test
    void anEndUsesRateComesBeforeTheTargetsAndTheTargetsBeforeTheDefault() {
        BoundEvents bound = bind(
                Optional.empty(),
                control(
                        new Targets(false, List.of("KOR", "USA"), Optional.empty()),
                        List.of(),
                        Map.of("USA", 0.03),
                        Map.of("chip", 0.0)));

        assertThat(bound.problems()).isEmpty();
        Event.ExportControl c = (Event.ExportControl) bound.events().get(0);
        assertThat(c.buyerApproval()[table.indexOf("USA", "chip")]).isZero();
        assertThat(c.buyerApproval()[table.indexOf("KOR", "chip")]).isZero();
        assertThat(c.buyerApproval()[table.indexOf("USA", "metal")]).isEqualTo(0.03);
        int usa = IntStream.range(0, table.finalDemandColumns().size())
                .filter(q -> table.finalDemandColumns().get(q).region().equals("USA"))
                .findFirst()
                .orElseThrow();
        assertThat(c.columnApproval()[usa]).isEqualTo(0.03);
        assertThat(c.approvalByBuyer()).isTrue();
    }

    @Test
    void aDatasetWithoutEndUsesSaysSoAndRatesNeedTargets() {
        BoundEvents bound = bind(
                Optional.of(dataset),
                control(
                        new Targets(false, List.of("KOR", "USA"), Optional.empty()),
                        List.of("chip"),
                        Map.of("UAS", 0.03),
                        Map.of("defence-system", 0.0)));

        assertThat(bound.events()).isEmpty();
        assertThat(bound.problems())
                .extracting(BindingProblem::text)
                .containsExactly(
                        "end-uses 'chip' cannot be screened: the dataset names no end uses; expected a dataset with "
                                + "commodities of layer end-use (docs/dataset-format-v2.md), or no end-uses",
                        "licensing.by-end-use 'defence-system' cannot be screened: the dataset names no end uses; "
                                + "expected a dataset with commodities of layer end-use (docs/dataset-format-v2.md), "
                                + "or no licensing.by-end-use",
                        "licensing.by-target 'UAS' is not a target of the control; expected one of KOR, USA. "
                                + "Maybe you meant USA");
    }
}
