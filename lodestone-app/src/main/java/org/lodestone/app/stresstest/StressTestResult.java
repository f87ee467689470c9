package org.lodestone.app.stresstest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lodestone.app.exposure.ExposureReport;
import org.lodestone.app.run.Scope;

/**
 * Everything a stress test found.
 *
 * @param scope     dataset, coalition, date and final commodity
 * @param scenarios one result per scenario, in the order given
 * @param exposure  the coalition's first-tier exposure on the date
 * @param version   Lodestone's version, recorded in the report
 * @param out       the folder the report is written to
 * @param seconds   wall-clock seconds of the whole stress test
 * @param swing     the one-at-a-time swing of the worst scenario's uncertain inputs, when it varies any
 */
public record StressTestResult(
        Scope scope,
        List<ScenarioResult> scenarios,
        ExposureReport exposure,
        String version,
        Path out,
        double seconds,
        Optional<InputSwing> swing) {

    public StressTestResult {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(swing, "swing");
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(out, "out");
    }

    /** A result without a swing of inputs. */
    public StressTestResult(
            Scope scope,
            List<ScenarioResult> scenarios,
            ExposureReport exposure,
            String version,
            Path out,
            double seconds) {
        this(scope, scenarios, exposure, version, out, seconds, Optional.empty());
    }

    /** The result of the scenario with this name. */
    public ScenarioResult scenario(String name) {
        return scenarios.stream()
                .filter(s -> s.entry().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
    }
}
