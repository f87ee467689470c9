package org.lodestone.io.reverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.core.reverse.Evaluation;

class RecordedRunsTest {

    @TempDir
    Path dir;

    @Test
    void pointsAndValuesReadBackAsTheSameDoubles() throws IOException {
        double awkward = 0.1 + 0.2;
        List<Evaluation> runs = List.of(
                new Evaluation(new double[] {awkward, 45}, 0.93, true),
                new Evaluation(new double[] {1.0 / 3, 60}, Double.NaN, true),
                new Evaluation(new double[] {1e-17, 7}, 0.5, false));
        Path file = dir.resolve("runs.csv");
        new RecordedRuns(
                        Map.of("target", "compute-delivered>=90%"),
                        List.of("events[0].share-blocked", "events[0].duration"),
                        runs)
                .write(file);

        RecordedRuns read = RecordedRuns.read(file);

        assertThat(read.get("target")).isEqualTo("compute-delivered>=90%");
        assertThat(read.get("seed")).isEmpty();
        assertThat(read.inputs()).containsExactly("events[0].share-blocked", "events[0].duration");
        assertThat(read.runs()).hasSize(3);
        for (int k = 0; k < runs.size(); k++) {
            assertThat(read.runs().get(k).point()).containsExactly(runs.get(k).point());
            assertThat((Double) read.runs().get(k).value())
                    .isEqualTo((Double) runs.get(k).value());
            assertThat(read.runs().get(k).holds()).isEqualTo(runs.get(k).holds());
        }
    }

    @Test
    void badFilesAreLocated() throws IOException {
        Path other = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
        assertThatThrownBy(() -> RecordedRuns.read(other))
                .hasMessageContaining("other.csv:1: error: 'a,b' is not a file of reverse runs");

        Path bad = Files.writeString(
                dir.resolve("bad.csv"),
                "# lodestone reverse runs\n# target: x>=1\nx,value,target_holds\n0.5,0.9,true\n"
                        + "0.6,zero,false\n0.7,0.8,maybe\n0.8,1\n");
        assertThatThrownBy(() -> RecordedRuns.read(bad))
                .hasMessageContaining("bad.csv:5:5: error: 'zero' is not a number")
                .hasMessageContaining("bad.csv:6:9: error: target_holds 'maybe' is not true or false")
                .hasMessageContaining("bad.csv:7: error: '0.8,1' has 2 cells; expected 3, as the column line");
        assertThatThrownBy(() -> RecordedRuns.read(dir.resolve("missing.csv")))
                .hasMessageContaining("missing.csv: error: does not exist");
    }
}
