package org.lodestone.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Provenance;
import org.lodestone.core.model.RecipeInput;

class RecipeCyclesTest {

    private static final Offset<Double> TOLERANCE = within(1e-6);

    @Test
    void noRecipesNoCycles() {
        assertThat(RecipeCycles.unproductive(List.of())).isEmpty();
    }

    @Test
    void acyclicRecipesHaveNoCycles() {
        List<RecipeInput> recipes = List.of(
                needs("chip", "wafer", 1),
                needs("wafer", "silicon", 2),
                needs("silicon", "electricity", 10),
                needs("chip", "electricity", 50));

        assertThat(RecipeCycles.unproductive(recipes)).isEmpty();
    }

    @Test
    void aProductiveTwoCycleIsAccepted() {
        // a needs 0.5 b, b needs 0.5 a: ρ = √(0.5 × 0.5) = 0.5
        assertThat(RecipeCycles.unproductive(List.of(needs("a", "b", 0.5), needs("b", "a", 0.5))))
                .isEmpty();
    }

    @Test
    void anUnproductiveTwoCycleIsReportedWithItsRadius() {
        // a needs 2 b, b needs 0.6 a: ρ = √(2 × 0.6) = √1.2 ≈ 1.0954
        List<RecipeCycles.Cycle> cycles = RecipeCycles.unproductive(List.of(needs("a", "b", 2), needs("b", "a", 0.6)));

        assertThat(cycles).singleElement().satisfies(cycle -> {
            assertThat(cycle.commodities()).containsExactly(id("a"), id("b"));
            assertThat(cycle.spectralRadius()).isCloseTo(Math.sqrt(1.2), TOLERANCE);
        });
    }

    @Test
    void aTwoCycleNeedingExactlyOneUnitIsUnproductive() {
        // 2 × 0.5 = 1: one unit of a per unit of a, which the format rejects ("below 1")
        List<RecipeCycles.Cycle> cycles = RecipeCycles.unproductive(List.of(needs("a", "b", 2), needs("b", "a", 0.5)));

        assertThat(cycles)
                .singleElement()
                .extracting(RecipeCycles.Cycle::spectralRadius)
                .satisfies(radius -> assertThat(radius).isCloseTo(1.0, TOLERANCE));
    }

    @Test
    void aSelfLoopOfExactlyOneIsUnproductive() {
        List<RecipeCycles.Cycle> cycles = RecipeCycles.unproductive(List.of(needs("electricity", "electricity", 1)));

        assertThat(cycles).singleElement().satisfies(cycle -> {
            assertThat(cycle.commodities()).containsExactly(id("electricity"));
            assertThat(cycle.spectralRadius()).isCloseTo(1.0, TOLERANCE);
        });
    }

    @Test
    void aSelfLoopBelowOneIsFine() {
        assertThat(RecipeCycles.unproductive(List.of(needs("electricity", "electricity", 0.99))))
                .isEmpty();
    }

    @Test
    void aThreeCycleOfOnePointOneEachHasRadiusOnePointOne() {
        // product 1.1³ = 1.331, ρ = 1.331^(1/3) = 1.1
        List<RecipeCycles.Cycle> cycles =
                RecipeCycles.unproductive(List.of(needs("a", "b", 1.1), needs("b", "c", 1.1), needs("c", "a", 1.1)));

        assertThat(cycles).singleElement().satisfies(cycle -> {
            assertThat(cycle.commodities()).containsExactlyInAnyOrder(id("a"), id("b"), id("c"));
            assertThat(cycle.spectralRadius()).isCloseTo(1.1, TOLERANCE);
        });
    }

    @ParameterizedTest(name = "{0}-cycle with product {1}")
    @CsvSource({"2, 1.5", "3, 2.0", "4, 3.0", "5, 1.01", "6, 4.0"})
    void aPureCycleHasTheKthRootOfItsProductAsRadius(int k, double product) {
        // unequal coefficients with the given product: 2, 0.5, 2, 0.5, ... times a last factor
        List<RecipeInput> recipes = new ArrayList<>();
        double rest = product;
        for (int i = 0; i < k - 1; i++) {
            double coefficient = i % 2 == 0 ? 2 : 0.5;
            recipes.add(needs("c" + i, "c" + (i + 1), coefficient));
            rest /= coefficient;
        }
        recipes.add(needs("c" + (k - 1), "c0", rest));

        List<RecipeCycles.Cycle> cycles = RecipeCycles.unproductive(recipes);

        assertThat(cycles).singleElement().satisfies(cycle -> {
            assertThat(cycle.commodities()).hasSize(k);
            assertThat(cycle.spectralRadius()).isCloseTo(Math.pow(product, 1.0 / k), TOLERANCE);
        });
    }

    @Test
    void aCycleWithAnInnerSelfLoopHasTheLargerEigenvalue() {
        // A = [[0.5, 1], [1, 0]]: λ² − 0.5 λ − 1 = 0, ρ = (0.5 + √(0.25 + 4)) / 2 ≈ 1.2808
        List<RecipeCycles.Cycle> cycles =
                RecipeCycles.unproductive(List.of(needs("a", "b", 1), needs("b", "a", 1), needs("a", "a", 0.5)));

        assertThat(cycles)
                .singleElement()
                .extracting(RecipeCycles.Cycle::spectralRadius)
                .satisfies(radius -> assertThat(radius).isCloseTo((0.5 + Math.sqrt(4.25)) / 2, TOLERANCE));
    }

    @Test
    void onlyTheCycleIsReportedBesideAnUnrelatedChainAndAChainIntoIt() {
        List<RecipeInput> recipes = List.of(
                needs("x", "y", 5),
                needs("y", "z", 5),
                needs("feeder", "a", 3),
                needs("a", "b", 2),
                needs("b", "a", 0.6),
                needs("b", "ore", 4));

        List<RecipeCycles.Cycle> cycles = RecipeCycles.unproductive(recipes);

        assertThat(cycles).singleElement().satisfies(cycle -> {
            assertThat(cycle.commodities()).containsExactly(id("a"), id("b"));
            assertThat(cycle.spectralRadius()).isCloseTo(Math.sqrt(1.2), TOLERANCE);
        });
    }

    @Test
    void separateUnproductiveCyclesAreReportedSeparately() {
        List<RecipeCycles.Cycle> cycles = RecipeCycles.unproductive(List.of(
                needs("a", "b", 2),
                needs("b", "a", 0.6),
                needs("p", "p", 1.5),
                needs("q", "r", 0.5),
                needs("r", "q", 0.5)));

        assertThat(cycles)
                .extracting(RecipeCycles.Cycle::commodities)
                .containsExactlyInAnyOrder(List.of(id("a"), id("b")), List.of(id("p")));
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        List<RecipeInput> chain = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            chain.add(needs("c" + i, "c" + (i + 1), 2));
        }

        assertThat(RecipeCycles.unproductive(chain)).isEmpty();
    }

    @Test
    void aLongLoopIsFoundAsOneCycle() {
        // 10,000 coefficients of 1: product 1, ρ = 1
        List<RecipeInput> loop = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            loop.add(needs("c" + i, "c" + ((i + 1) % 10_000), 1));
        }

        List<RecipeCycles.Cycle> cycles = RecipeCycles.unproductive(loop);

        assertThat(cycles).singleElement().satisfies(cycle -> {
            assertThat(cycle.commodities()).hasSize(10_000).startsWith(id("c0"), id("c1"));
            assertThat(cycle.spectralRadius()).isCloseTo(1.0, TOLERANCE);
        });
    }

    private static RecipeInput needs(String output, String input, double unitsPerUnitOutput) {
        return new RecipeInput(
                id(output), id(input), unitsPerUnitOutput, true, OptionalDouble.empty(), Provenance.observed("TEST"));
    }

    private static CommodityId id(String value) {
        return CommodityId.of(value);
    }
}
