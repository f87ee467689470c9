package org.lodestone.app.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.table.Csv;
import org.lodestone.core.ensemble.EnsembleSummary;
import org.lodestone.core.ensemble.Metric;
import org.lodestone.core.ensemble.MetricSummary;
import org.lodestone.core.ensemble.TrajectoryBands;

/**
 * The ensemble's files give shares in percent, as {@code stress-test}'s summary does ({@code
 * delivered_pct}): each file's number is 100 × the summary's fraction, and the column or measure
 * says so.
 */
class EnsemblePercentTest {

    @TempDir
    Path dir;

    @Test
    void sharesOfBaselineAndOfMembersAreInPercentWithTheirUnitNamed() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        EnsembleResult result = EnsembleUseCase.run(EnsembleRequest.local(
                scenario,
                OptionalInt.of(6),
                OptionalLong.empty(),
                2,
                dir.resolve("out"),
                Optional.empty(),
                LocalDate.of(2026, 6, 1),
                false,
                "test"));
        EnsembleSummary s = result.summary();
        Path out = dir.resolve("out");
        MetricSummary delivered = s.summary(0, Metric.COMPUTE_DELIVERED);
        MetricSummary deepest = s.summary(0, Metric.COMPUTE_DEEPEST);

        assertThat(Files.readAllLines(out.resolve("metrics.csv")))
                .contains(String.join(
                        ",",
                        "pax-silica,coalition,compute-delivered,,% of baseline,6,6",
                        Csv.number(100 * delivered.mean()),
                        Csv.number(100 * delivered.sd()),
                        Csv.number(100 * delivered.p5()),
                        Csv.number(100 * delivered.p50()),
                        Csv.number(100 * delivered.p95()),
                        Csv.number(100 * delivered.min()),
                        Csv.number(100 * delivered.max())))
                .anySatisfy(l -> assertThat(l).startsWith("pax-silica,coalition,first-shortfall-day,,day,"));
        assertThat(100 * deepest.p50())
                .as("a closure of 20-90% of the strait for 10-60 days: a shortfall, not a collapse")
                .isBetween(1.0, 100.0);

        TrajectoryBands bands = s.bands(0);
        List<String> bandLines = Files.readAllLines(out.resolve("bands.csv"));
        assertThat(bandLines.get(0)).isEqualTo("unit,day,date,members,p5_pct,p50_pct,p95_pct,min_pct,max_pct");
        assertThat(bandLines.get(31))
                .isEqualTo(String.join(
                        ",",
                        "pax-silica,30,2026-12-10,6",
                        Csv.number(100 * bands.quantile(30, 0.05)),
                        Csv.number(100 * bands.quantile(30, 0.5)),
                        Csv.number(100 * bands.quantile(30, 0.95)),
                        Csv.number(100 * bands.min(30)),
                        Csv.number(100 * bands.max(30))));

        List<String> mostHit = Files.readAllLines(out.resolve("most_hit.csv"));
        assertThat(mostHit.get(0)).endsWith(",members,share_pct");
        assertThat(mostHit.stream()
                        .filter(l -> l.startsWith("pax-silica,"))
                        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
                        .sum())
                .as("every member has one most-hit commodity (or none): the coalition's shares add to 100%")
                .isCloseTo(100, within(1e-3));

        List<String> members = Files.readAllLines(out.resolve("members.csv"));
        List<String> header = Arrays.asList(members.get(0).split(","));
        int column = header.indexOf("pax-silica:compute-delivered_pct");
        assertThat(column).isPositive();
        assertThat(header).contains("pax-silica:first-shortfall-day", "pax-silica:value-added-lost");
        assertThat(members.get(1).split(",")[column])
                .isEqualTo(
                        Csv.number(100 * s.values(0, Metric.COMPUTE_DELIVERED).valueOf(0)));

        JsonNode unit = new ObjectMapper()
                .readTree(out.resolve("ensemble.json").toFile())
                .get("units")
                .get(0);
        JsonNode json = unit.get("metrics").get("compute-delivered");
        assertThat(json.get("measure").asText()).isEqualTo("% of baseline");
        assertThat(json.get("p50").asDouble()).isCloseTo(100 * delivered.p50(), within(1e-9));
        assertThat(unit.get("compute_bands").get("measure").asText()).isEqualTo("% of baseline");
        assertThat(unit.get("compute_bands").get("p50").get(30).asDouble())
                .isCloseTo(100 * bands.quantile(30, 0.5), within(1e-9));
        double layers = 0;
        for (JsonNode share : unit.get("most_hit_layer_shares_pct")) {
            layers += share.asDouble();
        }
        assertThat(layers).isCloseTo(100, within(1e-9));
    }
}
