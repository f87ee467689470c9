package org.lodestone.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reverse job checks its input on the driver, before any Spark session starts. */
class ReverseJobTest {

    private static ReverseJob.Search search(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "builtin:korea-hbm-outage";
        System.arraycopy(options, 0, args, 1, options.length);
        return ReverseJob.Search.of(
                JobOptions.parse(args, List.of("--target", "--vary", "--evaluations"), ReverseJob.USAGE));
    }

    @Test
    void rangesDefaultToTheUncertaintyBlockAsInTheCli() {
        ReverseJob.Search s = search(
                "--target",
                "compute-delivered>=97%",
                "--vary",
                "events[0].fraction, events[0].duration",
                "--evaluations",
                "x.csv");

        assertThat(s.axes())
                .extracting(a -> a.path() + " " + a.min() + ":" + a.max() + " " + a.integer())
                .containsExactly("events[0].fraction 0.2:0.6 false", "events[0].duration 20.0:60.0 true");
        assertThat(s.points()).isEqualTo(9);
        assertThat(s.job().inputs()).containsExactly("events[0].fraction", "events[0].duration");
    }

    @Test
    void badInputIsLocatedBeforeSparkStarts() {
        assertThatThrownBy(() -> search(
                        "--target", "compute-delivered>=90%", "--vary", "events[0].fractoin", "--evaluations", "x.csv"))
                .hasMessageContaining(
                        "--vary: error: vary 'events[0].fractoin' is not a numeric field of korea-hbm-outage")
                .hasMessageContaining("Maybe you meant events[0].fraction");
        assertThatThrownBy(() ->
                        search("--target", "compute>=90%", "--vary", "events[0].fraction", "--evaluations", "x.csv"))
                .hasMessageContaining("--target: error: target 'compute>=90%' names compute");
        assertThatThrownBy(() -> search(
                        "--target",
                        "compute-delivered>=90%",
                        "--vary",
                        "events[0].fraction",
                        "--unit",
                        "ATL",
                        "--evaluations",
                        "x.csv"))
                .hasMessageContaining("--unit: error: unit 'ATL' is not the coalition");
        assertThatThrownBy(() -> search(
                        "--target",
                        "compute-delivered>=90%",
                        "--vary",
                        "events[0].fraction",
                        "--points",
                        "many",
                        "--evaluations",
                        "x.csv"))
                .hasMessage("option --points: 'many' is not a whole number");
        assertThatThrownBy(() -> search(
                        "--target",
                        "compute-delivered>=90%",
                        "--vary",
                        "events[0].fraction",
                        "--levels",
                        "9",
                        "--evaluations",
                        "x.csv"))
                .hasMessageContaining("0 <= --levels <= 6");
        assertThatThrownBy(() -> search("--target", "compute-delivered>=90%", "--vary", "events[0].fraction"))
                .hasMessageStartingWith("usage: ReverseJob SCENARIO --target T --vary P[,P] --evaluations FILE");
    }
}
