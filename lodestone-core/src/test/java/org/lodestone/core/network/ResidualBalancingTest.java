package org.lodestone.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lodestone.core.model.RegionId;

class ResidualBalancingTest {

    private static final RegionId A = RegionId.of("AAA");
    private static final RegionId B = RegionId.of("BBB");
    private static final RegionId X = RegionId.of("XXX");
    private static final RegionId Y = RegionId.of("YYY");

    @Test
    void eachBuyerKeepsItsTotalAndEachProducerGetsItsScaledResidual() {
        // A needs 20 (X or Y), B needs 10 (X only); X and Y have 10 each, scaled × 30/20 to 15 each.
        // B takes 10 of X, so A gets X 5 and Y 15
        Map<RegionId, Map<RegionId, Double>> x = ResidualBalancing.balance(
                Map.of(A, Map.of(X, 10.0, Y, 10.0), B, Map.of(X, 10.0)), Map.of(X, 10.0, Y, 10.0));

        assertThat(x.get(A).get(X)).isCloseTo(5, within(1e-9));
        assertThat(x.get(A).get(Y)).isCloseTo(15, within(1e-9));
        assertThat(x.get(B)).containsOnlyKeys(X);
        assertThat(x.get(B).get(X)).isCloseTo(10, within(1e-9));
    }

    @Test
    void aProducerWithNothingLeftKeepsTheSeedsCells() {
        // Y has no residual: its cell is left as seeded; X is scaled to what remains of the need
        Map<RegionId, Map<RegionId, Double>> x =
                ResidualBalancing.balance(Map.of(A, Map.of(X, 6.0, Y, 4.0)), Map.of(X, 50.0, Y, 0.0));

        assertThat(x.get(A).get(X)).isCloseTo(6, within(1e-9));
        assertThat(x.get(A).get(Y)).isCloseTo(4, within(1e-9));
    }
}
