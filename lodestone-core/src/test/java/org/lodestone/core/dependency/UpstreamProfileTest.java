package org.lodestone.core.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestone.core.leontief.DenseLeontief;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.leontief.RandomTables;
import org.lodestone.core.mrio.IoTable;

class UpstreamProfileTest {

    private final StackTable stack = TinyStack.stack();

    private UpstreamProfile deviceProfile() {
        return UpstreamProfile.of(
                stack, new LeontiefSolver(stack.table()), stack.outputOf(TinyStack.DEVICE, Set.of("USA")));
    }

    @Test
    void sharesOfEveryUpstreamSectorAreHandComputed() {
        UpstreamProfile profile = deviceProfile();

        // 10 devices: 40 t metal (JPN 20, USA 20) at tier 1; 80 t ore (CHN 48, AUS 32) at tier 2.
        SectorRequirement metal = profile.sector(TinyStack.METAL).orElseThrow();
        SectorRequirement ore = profile.sector(TinyStack.ORE).orElseThrow();
        assertThat(metal.tier()).isEqualTo(1);
        assertThat(metal.total()).isCloseTo(40, within(1e-12));
        assertThat(metal.share(2)).isCloseTo(0.5, within(1e-12));
        assertThat(ore.tier()).isEqualTo(2);
        assertThat(ore.total()).isCloseTo(80, within(1e-12));
        assertThat(ore.share(1)).isCloseTo(0.6, within(1e-12));
        assertThat(ore.share(0)).isCloseTo(0.4, within(1e-12));
        assertThat(profile.sector(TinyStack.MAGNET).orElseThrow().share(1)).isEqualTo(1);
        assertThat(profile.sector(TinyStack.DEVICE)).isEmpty();
        assertThat(profile.allSectors())
                .as("a physical table never adds sectors")
                .isEmpty();
    }

    @Test
    void firstTierHidesWhatTheCoalitionDoesNotControl() {
        UpstreamProfile profile = deviceProfile();
        List<Integer> allies = List.of(2, 3);

        SectorRequirement metal = profile.sector(TinyStack.METAL).orElseThrow();
        SectorRequirement ore = profile.sector(TinyStack.ORE).orElseThrow();
        assertThat(metal.directShareOf(allies)).isEqualTo(1);
        assertThat(metal.shareOf(allies)).isCloseTo(1, within(1e-12));
        assertThat(ore.directShareOf(allies)).as("ore is not a direct input").isNaN();
        assertThat(ore.shareOf(allies)).isZero();
        assertThat(ore.topRegion(List.of(false, false, false, false))).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void sharesSumToOneAndMatchTheDenseInverse(long seed) {
        IoTable table = RandomTables.synthetic(seed, 3, 3);
        StackTable monetary = StackTable.monetary(table);
        double[][] l = DenseLeontief.inverse(table);
        double[] w = monetary.outputOf(-1, Set.of("R001"));

        UpstreamProfile profile = UpstreamProfile.of(monetary, new LeontiefSolver(table), w);

        for (SectorRequirement r : profile.sectors()) {
            double sum = 0;
            for (int region = 0; region < 3; region++) {
                sum += r.share(region);
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
        for (int i = 0; i < table.size(); i++) {
            double expected = -w[i];
            for (int j = 0; j < table.size(); j++) {
                expected += l[i][j] * w[j];
            }
            double actual = profile.sector(monetary.sectorOf(i)).orElseThrow().byRegion()[monetary.regionOf(i)];
            assertThat(actual).isCloseTo(expected, within(1e-9 * expected));
        }
        assertThat(profile.allSectors().orElseThrow().total())
                .isCloseTo(
                        profile.sectors().stream()
                                .mapToDouble(SectorRequirement::total)
                                .sum(),
                        within(1e-6));
    }
}
