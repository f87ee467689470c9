package org.lodestone.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.io.problem.Problem;
import org.lodestone.io.problem.Problems;

class YamlMapTest {

    private final Problems problems = new Problems();

    @Test
    void keepsValuesAsTextWithLocations() {
        YamlMap map = YamlMap.parse("d.yaml", "id: x\nwhen: 2025-12-12\nn: 1\n", problems)
                .orElseThrow();

        assertThat(map.scalar("when", true, problems)).hasValue("2025-12-12");
        assertThat(map.scalar("n", true, problems)).hasValue("1");
        assertThat(map.locationOf("when").line()).isEqualTo(2);
        assertThat(map.locationOf("when").column()).isEqualTo(7);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void reportsDuplicateUnknownAndMissingKeys() {
        YamlMap map =
                YamlMap.parse("d.yaml", "id: x\nid: y\ncolour: red\n", problems).orElseThrow();
        map.rejectUnknownKeys(Set.of("id", "name"), problems);
        map.scalar("name", true, problems);

        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly(
                        "d.yaml:2:1: error: key 'id' appears twice; expected each key once",
                        "d.yaml:3:1: error: key 'colour' is not a known key; expected one of id, name",
                        "d.yaml:1:1: error: key 'name' is missing; expected a value for name");
    }

    @Test
    void reportsSyntaxErrorsAndNonMappings() {
        assertThat(YamlMap.parse("a.yaml", "key: [1, 2\n", problems)).isEmpty();
        assertThat(YamlMap.parse("b.yaml", "- 1\n- 2\n", problems)).isEmpty();

        assertThat(problems.all())
                .extracting(Problem::format)
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("a.yaml:2:1: error: is not valid YAML"),
                        p -> assertThat(p)
                                .isEqualTo(
                                        "b.yaml:1:1: error: is not a YAML mapping; expected key: value lines at the top level"));
    }

    /** Issue 17, finding 4: these escaped as exceptions (HTTP 500 naming a class); now located problems. */
    @Test
    void nulBytesAndTheReadersLimitsAreProblems() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
        for (int i = 0; i < 60; i++) {
            bomb.append("k").append(i).append(": [*a, *a]\n");
        }
        String deep = "a: " + "[".repeat(60) + "]".repeat(60) + "\n";

        assertThat(YamlMap.parse("n.yaml", "id: x\nname: a\u0000b\n", problems)).isEmpty();
        assertThat(YamlMap.parse("b.yaml", bomb.toString(), problems)).isEmpty();
        assertThat(YamlMap.parse("d.yaml", deep, problems)).isEmpty();

        assertThat(problems.all())
                .extracting(Problem::format)
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("n.yaml:2:8: error: 'U+0000' is a character YAML does not allow"),
                        p -> assertThat(p)
                                .startsWith("b.yaml:1:1: error: is over a limit of the YAML reader")
                                .contains("aliases"),
                        p -> assertThat(p)
                                .startsWith("d.yaml:1:1: error: is over a limit of the YAML reader")
                                .contains("Nesting Depth"));
    }
}
