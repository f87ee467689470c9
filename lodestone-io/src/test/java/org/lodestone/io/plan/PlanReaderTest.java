package org.lodestone.io.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.core.plan.PlanObjective;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/** Plan files: what a valid one gives, and located errors for bad ones. */
class PlanReaderTest {

    private static final String VALID = """
            lodestone: 1
            name: p
            dataset: builtin:ai-stack
            decided: 2025-12-15
            scenarios: [builtin:ree-controls-snap-back, mine.yaml]
            objective: min-cost
            target: 95%
            capacity:
              - {region: USA, commodity: ndfeb-magnet, unit-cost: 1e5, lead-days: 300, max: 5000}
            stockpiles:
              - {region: USA, commodity: ndfeb-magnet, holding-cost: 80000, release-rate: 0.02}
            partners:
              - {region: MYS, joining-cost: 5e7}
            """;

    @Test
    void readsEveryPartOfAValidPlan() {
        LocatedPlan plan = PlanReader.read("plan.yaml", VALID, Path.of("/plans/plan.yaml"));

        assertThat(plan.spec().objective()).isEqualTo(PlanObjective.MIN_COST);
        assertThat(plan.spec().target()).isEqualTo(0.95);
        assertThat(plan.spec().capacity().get(0).maxUnitsPerYear()).isEqualTo(5000);
        assertThat(plan.spec().capacity().get(0).leadDays()).isEqualTo(300);
        assertThat(plan.spec().stockpiles().get(0).maxUnits()).isInfinite();
        assertThat(plan.spec().partners().get(0).joiningCost()).isEqualTo(5e7);
        assertThat(plan.spec().periodDays()).isEqualTo(30);
        assertThat(plan.scenarioPath(0)).isEqualTo(Path.of("builtin:ree-controls-snap-back"));
        assertThat(plan.scenarioPath(1)).isEqualTo(Path.of("/plans/mine.yaml"));
        assertThat(plan.capacity().get(0).line()).isEqualTo(9);
    }

    @Test
    void theTargetIsInPercentAndTheOldFractionFormIsRefusedAtItsLine() {
        assertThat(PlanReader.read("plan.yaml", VALID.replace("target: 95%", "target: 99.9"), Path.of("p.yaml"))
                        .spec()
                        .target())
                .isEqualTo(0.999);
        assertThat(PlanReader.read("plan.yaml", VALID.replace("target: 95%", "target: 0.5%"), Path.of("p.yaml"))
                        .spec()
                        .target())
                .as("a small share, meant as such")
                .isEqualTo(0.005);

        assertThat(problems(VALID.replace("target: 95%", "target: 0.95")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(7);
                    assertThat(p.field()).isEqualTo("target");
                    assertThat(p.value()).isEqualTo("0.95");
                    assertThat(p.message())
                            .startsWith("is ambiguous: shares of baseline are in percent")
                            .contains("Maybe you meant 95% (the fraction 0.95 of earlier versions); write 0.95% if");
                    assertThat(p.expected())
                            .isEqualTo("AI compute delivered in % of baseline, 0 to 200, e.g. 99 or 99%");
                });
        assertThat(problems(VALID.replace("target: 95%", "target: 250")))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is out of range"));
        assertThat(problems(VALID.replace("target: 95%", "target: most")))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is not a percentage"));
    }

    @Test
    void thePriceYearOfTheCostsIsNamedWhenTheFileGivesIt() {
        LocatedPlan without = PlanReader.read("plan.yaml", VALID, Path.of("/plans/plan.yaml"));
        LocatedPlan with = PlanReader.read(
                "plan.yaml",
                VALID.replace("target: 95%", "target: 95%\nprice-year: 2025"),
                Path.of("/plans/plan.yaml"));

        assertThat(without.spec().currency()).isEqualTo("USD, price year not stated");
        assertThat(with.spec().currency()).isEqualTo("USD 2025");
        assertThat(problems(VALID.replace("target: 95%", "target: 95%\nprice-year: 25")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("price-year");
                    assertThat(p.line()).isEqualTo(8);
                    assertThat(p.value()).isEqualTo("25");
                });
    }

    @Test
    void unknownKeysAreLocatedAndListTheValidOnes() {
        List<Problem> problems = problems(VALID.replace("target: 95%", "target: 95%\nbudjet: 10"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.value()).isEqualTo("budjet");
            assertThat(p.expected()).contains("budget", "capacity", "stockpiles");
        });
    }

    @Test
    void everyBadValueIsReportedWithItsLineAndColumn() {
        List<Problem> problems = problems(VALID.replace("objective: min-cost", "objective: cheapest")
                .replace("release-rate: 0.02", "release-rate: 2")
                .replace("unit-cost: 1e5", "unit-cost: lots"));

        assertThat(problems)
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("objective", "unit-cost", "release-rate");
        assertThat(problems)
                .filteredOn(p -> p.field().equals("objective"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.column()).isEqualTo(12);
                    assertThat(p.expected()).isEqualTo("one of min-cost, max-min-compute");
                });
        assertThat(problems)
                .filteredOn(p -> p.field().equals("release-rate"))
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(11));
    }

    @Test
    void maxMinComputeNeedsABudgetAndPartnerOptionsNeedABound() {
        List<Problem> problems = problems(VALID.replace("objective: min-cost", "objective: max-min-compute")
                .replace(
                        "{region: USA, commodity: ndfeb-magnet, holding",
                        "{region: MYS, commodity: ndfeb-magnet, holding"));

        assertThat(problems).extracting(Problem::value).containsExactlyInAnyOrder("budget", "");
        assertThat(problems)
                .filteredOn(p -> p.value().equals("budget"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("is missing"));
        assertThat(problems)
                .filteredOn(p -> p.field().equals("max"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).contains("candidate partner MYS");
                    assertThat(p.line()).isEqualTo(11);
                });
    }

    private static List<Problem> problems(String text) {
        return catchThrowableOfType(
                        InputException.class, () -> PlanReader.read("plan.yaml", text, Path.of("plan.yaml")))
                .errors();
    }
}
