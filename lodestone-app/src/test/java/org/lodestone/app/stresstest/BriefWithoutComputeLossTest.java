package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stress test whose only scenario hits an end use (Japan's defence, under China's dual-use ban)
 * but never the coalition's AI compute: the brief must not call it the scenario that "hurts most"
 * at 100% on "day 0", nor name a swing of zero points as the biggest uncertainty; it says AI compute
 * holds and where the damage lands, with the stock-out and the value at risk.
 */
class BriefWithoutComputeLossTest {

    @TempDir
    Path dir;

    @Test
    void theBriefSaysComputeHoldsAndPointsToWhereTheDamageLands() throws IOException {
        StressTestResult result = StressTestUseCase.run(new StressTestRequest(
                "builtin:ai-stack",
                List.of("builtin:japan-dual-use-ban"),
                Optional.empty(),
                LocalDate.of(2026, 12, 4),
                dir.resolve("out"),
                2,
                false,
                "test"));

        assertThat(Brief.worst(result.scenarios())).isEmpty();
        List<String> sentences = Brief.sentences(result);
        assertThat(sentences.get(0))
                .isEqualTo(
                        "None of the 1 scenario cuts what Pax Silica gets of its ai-compute below 99.9% of its "
                                + "baseline on any day; the damage lands elsewhere: in the members' other industries and end uses.");
        assertThat(sentences)
                .noneSatisfy(s -> assertThat(s).contains("hurts"))
                .noneSatisfy(s -> assertThat(s).contains("swing of 0.00"))
                .anySatisfy(s -> assertThat(s).startsWith("Stocks run out first in japan-dual-use-ban: Japan (JPN)"))
                .anySatisfy(s -> assertThat(s).contains("USD 4.75 bn"));
    }
}
