package org.lodestone.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.scenario.ScenarioFields;
import org.lodestone.io.problem.InputException;
import org.lodestone.io.problem.Problem;

/** Reading an export control's reach, end uses and licensing rates by target and by end use. */
class ExportControlReaderTest {

    private static final String HEAD = """
            lodestone: 1
            name: t
            dataset: x
            horizon: 30
            events:
            """;

    @TempDir
    Path dir;

    private Path write(String events) throws IOException {
        return Files.writeString(dir.resolve("scenario.yaml"), HEAD + events);
    }

    private Scenario read(String events) throws IOException {
        return ScenarioReader.read(write(events)).scenario();
    }

    private List<String> problems(String events) throws IOException {
        Path file = write(events);
        try {
            ScenarioReader.read(file);
        } catch (InputException e) {
            return e.problems().stream()
                    .map(Problem::format)
                    .map(p -> p.replace(file.toString(), "s.yaml"))
                    .toList();
        }
        throw new AssertionError("expected the scenario to be rejected");
    }

    @Test
    void readsContentReachEndUsesAndRatesByTargetAndEndUse() throws IOException {
        Scenario s = read("""
                  - {type: export-control, imposer: CHN, commodities: [ndfeb-magnet], targets: [USA, JPN],
                     share-blocked: 0.75, start: 1, duration: 20, reach: content, depth: 2,
                     content-goods: [ai-server],
                     end-uses: [defence-system, light-vehicle],
                     licensing: {approval-rate: 0.6, delay-days: 87, by-target: {USA: 0.03},
                                 by-end-use: {defence-system: 0}}}
                """);

        EventSpec.ExportControl c = (EventSpec.ExportControl) s.events().get(0);
        assertThat(c.reach()).isEqualTo(new EventSpec.Reach(true, 2, List.of("ai-server")));
        assertThat(c.endUses()).containsExactly("defence-system", "light-vehicle");
        assertThat(c.approvalRate()).isEqualTo(0.6);
        assertThat(c.approvalByTarget()).containsEntry("USA", 0.03).hasSize(1);
        assertThat(c.approvalByEndUse()).containsEntry("defence-system", 0.0).hasSize(1);
        // the new numbers are uncertainty paths
        assertThat(ScenarioFields.find(s, "events[0].depth")).isPresent();
        assertThat(ScenarioFields.find(s, "events[0].licensing.by-target.USA"))
                .hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(0.03));
        Scenario varied = ScenarioFields.apply(
                s, List.of("events[0].licensing.by-target.USA", "events[0].depth"), new double[] {0.25, 1});
        EventSpec.ExportControl v = (EventSpec.ExportControl) varied.events().get(0);
        assertThat(v.approvalByTarget()).containsEntry("USA", 0.25);
        assertThat(v.reach()).isEqualTo(new EventSpec.Reach(true, 1, List.of("ai-server")));
        assertThat(v.approvalByEndUse()).containsEntry("defence-system", 0.0);
    }

    @Test
    void withoutTheNewKeysAControlIsDirectWithOneRate() throws IOException {
        Scenario s = read("""
                  - {type: export-control, imposer: CHN, commodities: [gallium], targets: all, share-blocked: 1,
                     start: 1, duration: 20}
                """);

        EventSpec.ExportControl c = (EventSpec.ExportControl) s.events().get(0);
        assertThat(c.reach()).isEqualTo(EventSpec.Reach.DIRECT);
        assertThat(c.endUses()).isEmpty();
        assertThat(c.approvalByTarget()).isEmpty();
        assertThat(ScenarioFields.find(s, "events[0].depth")).isEmpty();
    }

    @Test
    void badReachDepthEndUsesAndRatesAreLocated() throws IOException {
        assertThat(problems("""
                          - {type: export-control, imposer: CHN, commodities: [m], targets: all, share-blocked: 1,
                             start: 1, duration: 20, reach: everywhere}
                          - {type: export-control, imposer: CHN, commodities: [m], targets: all, share-blocked: 1,
                             start: 1, duration: 20, depth: 2, content-goods: [x]}
                          - {type: export-control, imposer: CHN, commodities: [m], targets: all, share-blocked: 1,
                             start: 1, duration: 20, reach: content, depth: 0, end-uses: []}
                          - {type: export-control, imposer: CHN, commodities: [m], targets: all, share-blocked: 1,
                             start: 1, duration: 20, licensing: {approval-rate: 0.5, by-target: {USA: 1.5},
                             by-end-user: {x: 0}}}
                        """))
                .containsExactly(
                        "s.yaml:7:37: error: reach 'everywhere' is not a known value; expected one of direct, content",
                        "s.yaml:9:37: error: depth '2' applies only to reach: content; expected reach: content with "
                                + "depth, or no depth",
                        "s.yaml:9:55: error: content-goods applies only to reach: content; expected reach: content with "
                                + "content-goods, or no content-goods",
                        "s.yaml:11:53: error: depth '0' is not a valid whole number; expected a whole number >= 1",
                        "s.yaml:11:66: error: end-uses is empty; expected a list of end-use commodities (or final-demand "
                                + "categories), or no end-uses",
                        "s.yaml:14:6: error: key 'by-end-user' is not a known key; expected one of approval-rate, "
                                + "by-end-use, by-target, delay-days",
                        "s.yaml:13:79: error: USA '1.5' is out of range; expected a number >= 0 and <= 1");
    }
}
