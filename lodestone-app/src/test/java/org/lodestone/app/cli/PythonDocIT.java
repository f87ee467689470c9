package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.api.ApiServer;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.io.mrio.MrioFolderReader;
import org.lodestone.store.Store;
import org.lodestone.store.StoreUrl;
import org.lodestone.store.access.Role;

/**
 * docs/python.md, run: the Python blocks of docs/mrio-format.md and docs/python.md, in order, in
 * one python3 process, against a stress test, a run and a server made here. Skipped without python3
 * and pandas unless {@code LODESTONE_REQUIRE_PYTHON=1} (as in CI).
 */
class PythonDocIT {

    private static final Path SCENARIO = ReadmeCommands.ROOT.resolve(
            "lodestone-io/src/main/resources/org/lodestone/io/scenarios/taiwan-strait-closure.yaml");

    @TempDir
    Path dir;

    @Test
    void theWorkedExampleRunsAndPrintsWhatTheDocSays() throws Exception {
        String python = requirePandas();
        Cli stress = Cli.run(
                "stress-test",
                "--scenarios",
                "builtin:taiwan-strait-closure",
                "--date",
                "2026-03-01",
                "--out",
                dir.resolve("stress").toString());
        assertThat(stress.exitCode()).as(stress.err()).isZero();
        Path scenario =
                Files.copy(SCENARIO, dir.resolve("taiwan-strait-closure.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Cli run = Cli.run(
                "simulate", scenario.toString(), "--out", dir.resolve("run").toString(), "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Cli ensemble = Cli.run(
                "ensemble",
                "builtin:taiwan-strait-closure",
                "--runs",
                "8",
                "--seed",
                "1",
                "--date",
                "2026-03-01",
                "--out",
                dir.resolve("ens").toString(),
                "--threads",
                "1");
        assertThat(ensemble.exitCode()).as(ensemble.err()).isZero();
        Path script = Files.writeString(
                dir.resolve("python-md.py"),
                String.join("\n", blocks("docs/mrio-format.md")) + "\n" + String.join("\n", blocks("docs/python.md")));

        String out;
        try (Store store = Store.open(StoreUrl.duckdb(dir.resolve("api.duckdb")))) {
            String token = store.tokens().create("test", "ana", Role.ANALYST, "python.md");
            ApiServer server = ApiServer.start(store, new ApiServer.Settings(0, "127.0.0.1", 1L << 20, 1, 4, "test"));
            try {
                out = run(python, script, "http://127.0.0.1:" + server.port(), token);
            } finally {
                server.close();
            }
        }

        assertThat(out).contains("hardest scenario: taiwan-strait-closure, AI compute delivered ");
        assertThat(out).containsPattern("(?m)^USA +\\d+\\.\\d$");
        assertThat(out)
                .containsPattern(
                        "taiwan-strait-closure: world AI compute lowest on 202[67]-\\d\\d-\\d\\d, \\d+\\.\\d% of day 0");
        assertThat(out).contains("pax-silica on 2026-03-01: 11 members");
        assertThat(out)
                .as("the ensemble's shares in percent, the unit named")
                .containsPattern(
                        "ensemble: pax-silica delivered P5 \\d+\\.\\d, P50 \\d+\\.\\d, P95 \\d+\\.\\d \\(% of baseline\\)")
                .containsPattern("median band lowest on 202[67]-\\d\\d-\\d\\d: \\d+\\.\\d% of baseline");
        assertThat(out).contains("idx,region,sector\n0,R1,goods\n1,R1,services\n2,R2,goods\n3,R2,services");
        IoTable tiny = MrioFolderReader.read(dir.resolve("tiny-mrio"));
        assertThat(tiny.size()).isEqualTo(4);
        assertThat(tiny.finalDemandColumns()).hasSize(2);
        assertThat(tiny.x()[0]).as("R1 goods: Σ Z row 10+5+2+1 + Σ Y row 20+5").isEqualTo(43.0);
    }

    /** The body of every ```python block of a file of the repository, in order. */
    private static List<String> blocks(String file) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(ReadmeCommands.ROOT.resolve(file))) {
            if (block == null && line.equals("```python")) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        assertThat(blocks).as("python blocks of " + file).isNotEmpty();
        return blocks;
    }

    private String run(String python, Path script, String url, String token) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python, script.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("LODESTONE_URL", url);
        builder.environment().put("LODESTONE_TOKEN", token);
        Process p = builder.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("docs/python.md did not finish in 120 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue())
                .as("docs/python.md's blocks exit 0; they printed:\n" + out)
                .isZero();
        return out;
    }

    /**
     * A python3 with pandas: {@code LODESTONE_PYTHON}, else the first python3 on the PATH, else
     * Debian's /usr/bin/python3 (a PATH may put another Python first, e.g. pyenv's, without pandas);
     * or a skip (a failure when LODESTONE_REQUIRE_PYTHON=1).
     */
    private static String requirePandas() throws InterruptedException {
        List<String> candidates = new ArrayList<>();
        if (System.getenv("LODESTONE_PYTHON") != null) {
            candidates.add(System.getenv("LODESTONE_PYTHON"));
        }
        candidates.addAll(List.of("python3", "/usr/bin/python3"));
        for (String python : candidates) {
            if (hasPandas(python)) {
                return python;
            }
        }
        if ("1".equals(System.getenv("LODESTONE_REQUIRE_PYTHON"))) {
            fail(
                    "python3 with pandas must be installed when LODESTONE_REQUIRE_PYTHON=1 (Debian: apt-get install python3-pandas); tried "
                            + candidates);
        }
        Assumptions.assumeTrue(
                false,
                "Skipped: no python3 with pandas among " + candidates + " (Debian: apt-get install python3-pandas)");
        return "";
    }

    private static boolean hasPandas(String python) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(python, "-c", "import pandas")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
