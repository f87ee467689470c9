package org.lodestone.app.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.ensemble.EnsembleRequest;
import org.lodestone.app.ensemble.EnsembleScenarios;
import org.lodestone.app.table.Csv;
import org.lodestone.io.problem.InputException;

class SensitivityUseCaseTest {

    @TempDir
    Path dir;

    private SensitivityRequest request(String scenario, String metric, Optional<String> unit, int samples) {
        return request(scenario, metric, unit, samples, Optional.empty());
    }

    private SensitivityRequest request(
            String scenario, String metric, Optional<String> unit, int samples, Optional<String> coalition) {
        return new SensitivityRequest(
                scenario,
                metric,
                unit,
                samples,
                OptionalLong.empty(),
                2,
                dir.resolve("out"),
                coalition,
                LocalDate.of(2026, 6, 1),
                false,
                "test",
                EnsembleRequest.Engine.LOCAL);
    }

    @Test
    void ranksTheInputsAndWritesTheTornadoChart() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        SensitivityResult r = SensitivityUseCase.run(request(scenario, "compute-delivered", Optional.empty(), 6));

        assertThat(r.design().size()).isEqualTo(6 * 5 + 7);
        assertThat(r.unit()).isEqualTo("pax-silica");
        assertThat(r.ranking()).hasSize(3).doesNotHaveDuplicates();
        int top = r.ranking()[0];
        assertThat(r.design().uncertainty().vary().get(top).path())
                .as("the closure's size or length matters most")
                .startsWith("events[0].");
        assertThat(r.high()[0]).as("blocking more delivers less").isLessThan(r.low()[0]);
        Path out = dir.resolve("out");
        assertThat(Files.readAllLines(out.resolve("sensitivity.csv")))
                .hasSize(4)
                .first()
                .asString()
                .startsWith("rank,input,distribution,first_order")
                .endsWith(",metric_at_p5,metric_at_p95,swing,measure");
        assertThat(Files.readAllLines(out.resolve("sensitivity.csv")).get(1))
                .as("the metric in percent of baseline, as stress-test's delivered_pct; the indices stay indices")
                .startsWith("1," + r.design().uncertainty().vary().get(top).path() + ",")
                .endsWith("," + Csv.number(100 * r.low()[top]) + "," + Csv.number(100 * r.high()[top]) + ","
                        + Csv.number(100 * Math.abs(r.high()[top] - r.low()[top])) + ",% of baseline");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("Tornado: compute-delivered of pax-silica")
                .contains("class=\"tornado-row\"");
        assertThat(Files.readString(out.resolve("sensitivity.json")))
                .contains("\"runs\" : 37")
                .contains("\"measure\" : \"% of baseline\"")
                .contains("\"ran_on\" : \"" + r.threads() + " threads\"")
                .contains("Jansen 1999");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("37 runs in ")
                .contains(" s on " + r.ranOn() + ".");
    }

    @Test
    void ranksTheInputsByTheValueAddedTheCoalitionLoses() throws IOException {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        SensitivityResult r = SensitivityUseCase.run(request(scenario, "value-added-lost", Optional.empty(), 4));

        assertThat(r.high()[0]).as("blocking more loses more value added").isGreaterThan(r.low()[0]);
        assertThat(r.low()[0]).isPositive();
        assertThat(Files.readString(dir.resolve("out").resolve("sensitivity.json")))
                .contains("\"metric\" : \"value-added-lost\"")
                .contains("\"measure\" : \"USD 2024\"");
    }

    @Test
    void metricsWithoutAValueInEveryRunAndUnitsWithoutComputeAreRefused() {
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);

        assertThatThrownBy(() -> SensitivityUseCase.run(request(scenario, "recovery-days", Optional.empty(), 4)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--metric: error: metric 'recovery-days' has no value in some runs")
                .hasMessageContaining(
                        "expected one of compute-delivered, compute-deepest, most-hit-lost-days, value-added-lost");
        // CHN makes ai-compute but is no member: nothing of it is valued for the coalition
        assertThatThrownBy(() -> SensitivityUseCase.run(request(scenario, "value-added-lost", Optional.of("CHN"), 4)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "unit 'CHN' has no final measure valued in values.csv, so value-added-lost has no value")
                .hasMessageContaining("expected the coalition or a member that makes a valued final measure");
        // Finland (an MSP partner) has no ai-compute node of its own: XEU counts its data centres.
        assertThatThrownBy(() -> SensitivityUseCase.run(
                        request(scenario, "compute-delivered", Optional.of("FIN"), 4, Optional.of("msp"))))
                .hasMessageContaining("unit 'FIN' has no node of ai-compute, so compute-delivered has no value");
        assertThatThrownBy(() -> SensitivityUseCase.run(request(scenario, "compute-delivered", Optional.of("JPX"), 4)))
                .hasMessageContaining("unit 'JPX' is not the coalition")
                .hasMessageContaining("Maybe you meant JPN");
        String fixed = EnsembleScenarios.write(
                dir,
                "fixed.yaml",
                EnsembleScenarios.TAIWAN.substring(0, EnsembleScenarios.TAIWAN.indexOf("uncertainty:")));
        assertThatThrownBy(() -> SensitivityUseCase.run(request(fixed, "compute-delivered", Optional.empty(), 4)))
                .hasMessageContaining("varies no input, so there is nothing to rank");
    }
}
