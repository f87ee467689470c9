package org.lodestone.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberDrawsTest {

    @Test
    void aMembersDrawsDependOnlyOnSeedAndIndex() {
        double[] first = MemberDraws.uniforms(42, 17, 5);
        MemberDraws.uniforms(42, 3, 5);
        assertThat(MemberDraws.uniforms(42, 17, 5)).containsExactly(first);
        assertThat(MemberDraws.uniforms(42, 17, 3)).containsExactly(first[0], first[1], first[2]);
        assertThat(MemberDraws.uniforms(43, 17, 5)).isNotEqualTo(first);
        assertThat(MemberDraws.uniforms(42, 18, 5)).isNotEqualTo(first);
    }

    @Test
    void uniformsAreInTheOpenUnitIntervalAndDistinctAcrossMembers() {
        Set<Double> seen = new HashSet<>();
        for (int k = 0; k < 10_000; k++) {
            double u = MemberDraws.uniforms(0, k, 1)[0];
            assertThat(u).isStrictlyBetween(0.0, 1.0);
            seen.add(u);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void valuesMapEachUniformThroughItsInputsQuantile() {
        Uncertainty u = new Uncertainty(
                10,
                5,
                List.of(
                        new Variation("a", new Distribution.Uniform(10, 20)),
                        new Variation("b", Distribution.Choice.of(1, 2))));
        double[] uniforms = MemberDraws.uniforms(5, 4, 2);
        assertThat(MemberDraws.values(u, 4)).containsExactly(10 + 10 * uniforms[0], uniforms[1] < 0.5 ? 1 : 2);
    }
}
