package org.lodestone.core.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.ario.ArioRun;
import org.lodestone.core.ensemble.EngineEvaluator;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.DatasetFixture;
import org.lodestone.core.mrio.DatasetTables;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.network.NetworkBuilder;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.scenario.ScenarioFields;
import org.lodestone.core.shortfall.ReportingUnits;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.core.uncertainty.Variation;

/**
 * Members that vary a dataset number: USA makes servers (the final good) from magnets that only
 * CHN makes, and CHN stops every magnet to USA from day 1 for the whole horizon. The pair (server,
 * magnet) is essential in the recipes; its substitutable share is the varied input.
 */
class DatasetPathBindingTest {

    private static final String SHARE = "dataset.substitution[server,magnet].substitutable";
    private static final int HORIZON = 200;

    private final Dataset dataset = DatasetFixture.dataset("magnet", "server")
            .produce("magnet", "CHN", 100)
            .produce("server", "USA", 100)
            .recipe("server", "magnet", 1)
            .finalDemand("server", "USA", 100)
            .build();
    private final IoTable table = DatasetTables.of(dataset, NetworkBuilder.build(dataset));

    private Scenario scenario(String path, Map<String, Double> overrides) {
        EventSpec cut = new EventSpec.ExportControl(
                "CHN",
                List.of("magnet"),
                new EventSpec.Targets(false, List.of("USA"), Optional.empty()),
                1,
                1,
                1000,
                0,
                0);
        Uncertainty vary = new Uncertainty(10, 7, List.of(new Variation(path, new Distribution.Uniform(0, 1))));
        return new Scenario(
                "cut",
                "test",
                Optional.empty(),
                HORIZON,
                Optional.empty(),
                ArioParameters.defaults().withInventory(10, Map.of()),
                List.of(cut),
                vary,
                "h",
                overrides);
    }

    private EngineEvaluator evaluator(Scenario scenario) {
        MemberBinder binder = new MemberBinder(scenario, table, Optional.of(dataset));
        assertThat(binder.problems()).isEmpty();
        ReportingUnits units = ReportingUnits.of(table, "us", List.of("USA"), "server");
        return new EngineEvaluator(scenario, List.of(SHARE), units, member -> {
            BoundEvents bound = binder.bind(member);
            return new ArioRun(bound.model(), bound.events());
        });
    }

    private static double delivered(EngineEvaluator evaluator, double share) {
        return evaluator
                .evaluate(0, new double[] {share})
                .units()
                .get(0)
                .compute()
                .orElseThrow()
                .delivered();
    }

    @Test
    void aLargerSubstitutableShareNeverDeliversLess() {
        EngineEvaluator evaluator = evaluator(scenario(SHARE, Map.of()));
        List<Double> delivered = new ArrayList<>();
        for (double s = 0; s <= 1.0001; s += 0.125) {
            delivered.add(delivered(evaluator, s));
        }

        for (int k = 1; k < delivered.size(); k++) {
            assertThat(delivered.get(k)).as("share %s", k * 0.125).isGreaterThanOrEqualTo(delivered.get(k - 1) - 1e-12);
        }
        assertThat(delivered.get(0)).as("a hard input, cut for good").isLessThan(0.2);
        assertThat(delivered.get(delivered.size() - 1))
                .as("fully substitutable at once: the cut never binds")
                .isCloseTo(1, within(1e-9));
    }

    @Test
    void anOverrideIsTheValueMembersStartFrom() {
        Scenario overridden = scenario(SHARE, Map.of(SHARE, 1.0));
        MemberBinder binder = new MemberBinder(overridden, table, Optional.of(dataset));
        ReportingUnits units = ReportingUnits.of(table, "us", List.of("USA"), "server");
        EngineEvaluator unvaried = new EngineEvaluator(overridden, List.of(), units, member -> {
            BoundEvents bound = binder.bind(member);
            return new ArioRun(bound.model(), bound.events());
        });

        double asWritten = unvaried.evaluate(0, new double[0])
                .units()
                .get(0)
                .compute()
                .orElseThrow()
                .delivered();

        assertThat(asWritten).isCloseTo(1, within(1e-9));
        assertThat(delivered(evaluator(overridden), 0)).isLessThan(0.2);
    }

    @Test
    void membersThatVaryNoDatasetNumberRunOnTheScenariosOwnModelAsBefore() {
        Scenario scenario = scenario("events[0].share-blocked", Map.of());
        MemberBinder binder = new MemberBinder(scenario, table, Optional.of(dataset));

        Scenario member = ScenarioFields.apply(scenario, List.of("events[0].share-blocked"), new double[] {0.5});
        Scenario other = ScenarioFields.apply(scenario, List.of("events[0].share-blocked"), new double[] {0.9});

        assertThat(member.datasetValues()).isEmpty();
        assertThat(binder.bind(member).model())
                .as("the one model built for the scenario, on the dataset's own table")
                .isSameAs(binder.bind(other).model());
        assertThat(ScenarioBinder.table(member, table, Optional.of(dataset))).isSameAs(table);
        Scenario varied = ScenarioFields.apply(scenario, List.of(SHARE), new double[] {0.5});
        assertThat(binder.bind(varied).model()).isNotSameAs(binder.bind(member).model());
    }

    @Test
    void aPathToNoRowIsAProblemOfTheScenarioWithAHint() {
        Scenario bad = scenario("dataset.substitution[server,magnt].substitutable", Map.of());

        List<BindingProblem> problems = new MemberBinder(bad, table, Optional.of(dataset)).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.event()).isEqualTo(BindingProblem.SCENARIO);
            assertThat(p.field()).isEqualTo(ScenarioBinder.DATASET_PATH);
            assertThat(p.value()).isEqualTo("dataset.substitution[server,magnt].substitutable");
            assertThat(p.message())
                    .isEqualTo("names no row of substitution: no input magnt with output server in dataset test");
            assertThat(p.expected()).isEqualTo("one of magnet");
            assertThat(p.hint()).isEqualTo("Maybe you meant magnet");
        });
    }

    @Test
    void aTableWithoutADatasetHasNoDatasetPaths() {
        List<BindingProblem> problems = new MemberBinder(scenario(SHARE, Map.of()), table, Optional.empty()).problems();

        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .isEqualTo("needs a Lodestone dataset, and this scenario runs on an MRIO table"));
    }
}
