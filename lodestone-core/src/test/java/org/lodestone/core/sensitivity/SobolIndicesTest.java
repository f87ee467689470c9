package org.lodestone.core.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.lodestone.core.uncertainty.Distribution;
import org.lodestone.core.uncertainty.Uncertainty;
import org.lodestone.core.uncertainty.Variation;

/** The estimators on functions whose Sobol indices are known in closed form. */
class SobolIndicesTest {

    private static SobolIndices run(SensitivityDesign design, ToDoubleFunction<double[]> model) {
        double[] f = new double[(int) design.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = model.applyAsDouble(design.values(k));
        }
        return SobolIndices.estimate(design.inputs(), design.samples(), f);
    }

    private static Uncertainty uniforms(int d, double lo, double hi) {
        return new Uncertainty(
                1,
                11,
                java.util.stream.IntStream.range(0, d)
                        .mapToObj(i -> new Variation("x" + i, new Distribution.Uniform(lo, hi)))
                        .toList());
    }

    @Test
    void ishigamiFunction() {
        // f = sin x1 + 7 sin² x2 + 0.1 x3⁴ sin x1 on U(−π, π)³: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437)
        SensitivityDesign design = new SensitivityDesign(uniforms(3, -Math.PI, Math.PI), 20_000);
        SobolIndices s = run(
                design,
                x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));

        assertThat(s.first()[0]).isCloseTo(0.3139, within(0.03));
        assertThat(s.first()[1]).isCloseTo(0.4424, within(0.03));
        assertThat(s.first()[2]).isCloseTo(0.0, within(0.03));
        assertThat(s.total()[0]).isCloseTo(0.5576, within(0.03));
        assertThat(s.total()[1]).isCloseTo(0.4424, within(0.03));
        assertThat(s.total()[2]).isCloseTo(0.2437, within(0.03));
        for (int i = 0; i < 3; i++) {
            assertThat(s.first()[i]).isBetween(s.firstLow()[i], s.firstHigh()[i]);
            assertThat(s.total()[i]).isBetween(s.totalLow()[i], s.totalHigh()[i]);
        }
        assertThat(s.variance())
                .isCloseTo(
                        0.5 + 49.0 / 8 + 0.1 * Math.pow(Math.PI, 4) / 5 + 0.01 * Math.pow(Math.PI, 8) / 18,
                        within(0.5));
    }

    @Test
    void linearModelSharesTheVarianceBySquaredCoefficients() {
        // f = x1 + 2 x2 + 3 x3, independent uniforms: S_i = c_i² / Σ c² and S_i = ST_i
        SensitivityDesign design = new SensitivityDesign(uniforms(3, 0, 1), 5_000);
        SobolIndices s = run(design, x -> x[0] + 2 * x[1] + 3 * x[2]);

        double[] expected = {1 / 14.0, 4 / 14.0, 9 / 14.0};
        for (int i = 0; i < 3; i++) {
            assertThat(s.first()[i]).as("S%d", i + 1).isCloseTo(expected[i], within(0.03));
            assertThat(s.total()[i]).as("ST%d", i + 1).isCloseTo(expected[i], within(0.03));
        }
    }

    @Test
    void aConstantMetricHasNoIndices() {
        SensitivityDesign design = new SensitivityDesign(uniforms(2, 0, 1), 10);
        SobolIndices s = run(design, x -> 1.0);
        assertThat(s.variance()).isZero();
        assertThat(s.first()).containsOnly(Double.NaN);
    }

    @Test
    void theDesignSweepsEachInputBetweenItsPercentilesWithTheOthersAtTheirMedians() {
        Uncertainty u = new Uncertainty(
                1,
                3,
                List.of(
                        new Variation("a", new Distribution.Uniform(0, 100)),
                        new Variation("b", new Distribution.Uniform(10, 20))));
        SensitivityDesign design = new SensitivityDesign(u, 4);

        assertThat(design.size()).isEqualTo(4 * 4 + 4 + 1);
        assertThat(design.values(design.sweepStart())).containsExactly(5, 15);
        assertThat(design.values(design.sweepStart() + 1)).containsExactly(95, 15);
        assertThat(design.values(design.sweepStart() + 3)).containsExactly(50, 19.5);
        assertThat(design.values(design.size() - 1)).containsExactly(50, 15);
        double[] a = design.values(1);
        double[] b = design.values(4 + 1);
        assertThat(design.values(2 * 4 + 1))
                .as("A_B^(1): A with column 1 from B")
                .containsExactly(b[0], a[1]);
        assertThatThrownBy(() -> SobolIndices.estimate(2, 4, new double[3])).hasMessageContaining("need 16 runs");
    }
}
