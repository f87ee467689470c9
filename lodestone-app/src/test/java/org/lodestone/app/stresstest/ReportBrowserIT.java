package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end, as a new user runs it: the packaged jar's {@code stress-test} with its
 * defaults writes {@code lodestone-out/index.html}, which a real headless Chromium renders
 * offline. The screenshot must not be blank and the rendered DOM must hold the charts. Without
 * Chromium the test is skipped, unless {@code LODESTONE_REQUIRE_BROWSER=1} (as in CI).
 * The screenshot and report are copied to {@code target/stress-test-report/} for a person to look at.
 */
class ReportBrowserIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path JAR = MODULE.resolve("target/lodestone.jar");
    private static final Path KEPT = MODULE.resolve("target/stress-test-report");

    @TempDir
    Path dir;

    private static Optional<Path> chromium() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Path requireChromium() {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty() && "1".equals(System.getenv("LODESTONE_REQUIRE_BROWSER"))) {
            fail(
                    "chromium is not on the PATH but LODESTONE_REQUIRE_BROWSER=1; install it (Debian: apt-get install chromium)");
        }
        Assumptions.assumeTrue(
                chromium.isPresent(),
                "Skipped: chromium is not on the PATH (Debian: apt-get install chromium); set LODESTONE_REQUIRE_BROWSER=1 to make this a failure");
        return chromium.get();
    }

    /** Runs a command in {@code workingDir}; returns its standard output, failing on a non-zero exit or a time-out. */
    private String run(Path workingDir, List<String> command, String what) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, what, ".out");
        Path err = Files.createTempFile(dir, what, ".err");
        Process process = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(what + " did not finish in 3 minutes: " + command);
        }
        assertThat(process.exitValue())
                .as(what + " exit code; stderr: " + Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private List<String> chromiumCommand(Path chromium, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theReportRendersInAHeadlessBrowserWithItsCharts() throws Exception {
        Path chromium = requireChromium();
        Path user = Files.createDirectories(dir.resolve("user"));
        String table = run(
                user,
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        "stress-test"),
                "stress-test");
        Path report = user.resolve("lodestone-out/index.html");
        assertThat(table).contains("Lodestone stress test:").contains("Report: ");
        assertThat(report).isRegularFile();
        int scenarios = new ObjectMapper()
                .readTree(user.resolve("lodestone-out/summary.json").toFile())
                .get("scenarios")
                .size();
        assertThat(scenarios).isPositive();

        Path png = dir.resolve("report.png");
        run(
                dir,
                chromiumCommand(
                        chromium,
                        "--screenshot=" + png,
                        "--window-size=1280,4000",
                        report.toUri().toString()),
                "screenshot");
        String dom =
                run(dir, chromiumCommand(chromium, "--dump-dom", report.toUri().toString()), "dump-dom");
        keep(report, png);

        assertScreenshotShowsAPage(png);
        assertDomHoldsTheCharts(dom, scenarios);
    }

    private static void assertScreenshotShowsAPage(Path png) throws IOException {
        assertThat(png).isRegularFile();
        assertThat(Files.size(png)).isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        long samples = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                ink += rgb == 0xFFFFFF ? 0 : 1;
                samples++;
            }
        }
        assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(50);
        assertThat((double) ink / samples).as("share of non-white pixels").isGreaterThan(0.02);
    }

    private static void assertDomHoldsTheCharts(String dom, int scenarios) {
        assertThat(count(dom, "<section class=\"scenario\""))
                .as("one section per scenario")
                .isEqualTo(scenarios);
        assertThat(count(dom, "<svg class=\"chart\""))
                .as("an AI-compute chart per scenario")
                .isGreaterThanOrEqualTo(scenarios);
        assertThat(count(dom, "<svg class=\"timeline\""))
                .as("an event timeline per scenario")
                .isEqualTo(scenarios);
        assertThat(count(dom, "<polyline class=\"series")).as("lines").isGreaterThanOrEqualTo(2 * scenarios);
        assertThat(dom)
                .contains("data-region=\"USA\"")
                .contains("data-region=\"pax-silica\"")
                .contains("class=\"legend\"")
                .contains(">% of baseline</text>")
                .contains("class=\"tick-label\"")
                .contains(">day of the scenario")
                .contains("id=\"exposure\"")
                .contains("id=\"provenance\"")
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<link");
        Matcher points = Pattern.compile("<polyline class=\"series[^>]*points=\"([^\"]*)\"")
                .matcher(dom);
        assertThat(points.find()).isTrue();
        assertThat(points.group(1).split(" ").length).as("points of a line").isGreaterThan(30);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static void keep(Path report, Path png) throws IOException {
        Files.createDirectories(KEPT);
        Files.copy(report, KEPT.resolve("index.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(png, KEPT.resolve("screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
