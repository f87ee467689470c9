package org.lodestone.core.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestone.core.leontief.DenseLeontief;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.leontief.RandomTables;
import org.lodestone.core.mrio.IoTable;

class OriginSharesTest {

    @Test
    void japanMakesMetalFromChineseOre() {
        StackTable stack = TinyStack.stack();

        OriginShares origins = OriginShares.bySector(stack, new LeontiefSolver(stack.table()));

        assertThat(origins.share(TinyStack.JPN_METAL, TinyStack.ORE, 1)).isCloseTo(0.6, within(1e-12));
        assertThat(origins.share(TinyStack.JPN_METAL, TinyStack.ORE, 0)).isCloseTo(0.4, within(1e-12));
        assertThat(origins.share(TinyStack.USA_DEVICE, TinyStack.ORE, 1)).isCloseTo(0.6, within(1e-12));
        assertThat(origins.share(TinyStack.USA_DEVICE, TinyStack.METAL, 2)).isCloseTo(0.5, within(1e-12));
        assertThat(origins.share(TinyStack.CHN_ORE, TinyStack.ORE, 1))
                .as("ore has no inputs")
                .isZero();
        // 4 t metal per device × 2 t ore per t metal × 60% Chinese
        assertThat(origins.requirement(TinyStack.USA_DEVICE, TinyStack.CHN_ORE)).isCloseTo(4.8, within(1e-12));
    }

    @Test
    void sharesOverAllSectorsAreRefusedOnAPhysicalTable() {
        StackTable stack = TinyStack.stack();

        assertThatThrownBy(() -> OriginShares.byRegion(stack, new LeontiefSolver(stack.table())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different units");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337})
    void regionSharesOfEveryNodeMatchTheDenseInverseAndSumToOne(long seed) {
        IoTable table = RandomTables.synthetic(seed, 4, 3);
        StackTable stack = StackTable.monetary(table);
        double[][] l = DenseLeontief.inverse(table);

        OriginShares origins = OriginShares.byRegion(stack, new LeontiefSolver(table));

        for (int j = 0; j < table.size(); j++) {
            double inputs = 0;
            double[] byRegion = new double[4];
            for (int i = 0; i < table.size(); i++) {
                double r = l[i][j] - (i == j ? 1 : 0);
                inputs += r;
                byRegion[stack.regionOf(i)] += r;
            }
            double sum = 0;
            for (int region = 0; region < 4; region++) {
                assertThat(origins.share(j, region)).isCloseTo(byRegion[region] / inputs, within(1e-10));
                sum += origins.share(j, region);
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2024})
    void sectorSharesOfEveryNodeSumToOnePerSector(long seed) {
        IoTable table = RandomTables.random(seed, 3, 4, IoTable.Units.PHYSICAL);
        StackTable stack = new StackTable(
                table,
                table.sectors().stream()
                        .map(s -> new Sector(s, s, Optional.empty(), Optional.empty(), "t"))
                        .toList(),
                allTrue(table.sectors().size()));

        OriginShares origins = OriginShares.bySector(stack, new LeontiefSolver(table));

        for (int j = 0; j < table.size(); j++) {
            for (int s = 0; s < table.sectors().size(); s++) {
                double sum = 0;
                for (int r = 0; r < stack.regions().size(); r++) {
                    sum += origins.share(j, s, r);
                }
                assertThat(sum)
                        .as("node %d sector %d", j, s)
                        .satisfiesAnyOf(
                                v -> assertThat(v).isCloseTo(1, within(1e-12)),
                                v -> assertThat(v).isZero());
            }
        }
    }

    static boolean[] allTrue(int sectors) {
        boolean[] flags = new boolean[sectors * sectors];
        Arrays.fill(flags, true);
        return flags;
    }
}
