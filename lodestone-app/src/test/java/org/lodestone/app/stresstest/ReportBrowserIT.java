package org.lodestone.app.stresstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.lodestone.app.cli.HeadlessChrome;

/**
 * The main job end to end, as a new user runs it: the packaged jar's {@code stress-test} with its
 * defaults writes {@code lodestone-out/index.html}, which a real headless Chromium renders
 * offline. The screenshots must not be blank, the rendered DOM must hold the charts, the brief's
 * sentences must name real scenarios and members, the map must have country shapes and the page
 * must print as a two-page brief. Without
 * Chromium the test is skipped, unless {@code LODESTONE_REQUIRE_BROWSER=1} (as in CI).
 * The screenshots, the printed PDF and the report are copied to {@code target/stress-test-report/}
 * for a person to look at.
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
        List<String> command = new ArrayList<>(List.of(chromium.toString()));
        command.addAll(HeadlessChrome.flags(Files.createTempDirectory(dir, "profile")));
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
        JsonNode summary = new ObjectMapper()
                .readTree(user.resolve("lodestone-out/summary.json").toFile());
        int scenarios = summary.get("scenarios").size();
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
        Path firstScreen = dir.resolve("first-screen.png");
        run(
                dir,
                chromiumCommand(
                        chromium,
                        "--screenshot=" + firstScreen,
                        "--window-size=1280,1000",
                        report.toUri().toString()),
                "first screen");
        Path pdf = dir.resolve("brief.pdf");
        run(
                dir,
                chromiumCommand(
                        chromium,
                        "--print-to-pdf=" + pdf,
                        "--no-pdf-header-footer",
                        report.toUri().toString()),
                "print");
        String dom =
                run(dir, chromiumCommand(chromium, "--dump-dom", report.toUri().toString()), "dump-dom");
        keep(report, png, firstScreen, pdf);

        assertScreenshotShowsAPage(png);
        assertScreenshotShowsAPage(firstScreen);
        assertDomHoldsTheCharts(dom, scenarios);
        assertTheBriefNamesRealScenariosAndMembers(dom, summary);
        assertTheMapHasCountryShapes(dom);
        assertThat(pages(pdf)).as("pages of the printed brief").isEqualTo(2);
    }

    private static void assertTheBriefNamesRealScenariosAndMembers(String dom, JsonNode summary) {
        List<String> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("<p class=\"sentence\">([^<]*)</p>").matcher(dom);
        while (m.find()) {
            sentences.add(m.group(1));
        }
        assertThat(sentences).hasSizeBetween(3, 5);
        List<String> names = new ArrayList<>();
        summary.get("scenarios").forEach(s -> names.add(s.get("name").asText()));
        List<String> members = new ArrayList<>();
        summary.get("members").forEach(r -> members.add(r.asText()));
        assertThat(names).anySatisfy(name -> assertThat(sentences.get(0)).contains(" " + name + " hurts "));
        assertThat(members).anySatisfy(code -> assertThat(sentences.get(1)).contains("(" + code + ", "));
        assertThat(sentences)
                .as("how soon stocks run out, naming a scenario and a member")
                .anySatisfy(text -> assertThat(names)
                        .anySatisfy(name -> assertThat(text).startsWith("Stocks run out first in " + name + ": "))
                        .satisfies(n -> assertThat(members)
                                .anySatisfy(code -> assertThat(text).contains(" (" + code + ") runs out of "))));
        assertThat(sentences)
                .as("the value added at risk, in USD at a price year, naming a scenario and a member")
                .anySatisfy(text -> assertThat(names)
                        .anySatisfy(name -> assertThat(text)
                                .startsWith(name + " puts USD ")
                                .containsPattern(" at 20\\d\\d prices of the members' value added at risk"))
                        .satisfies(n -> assertThat(members)
                                .anySatisfy(code -> assertThat(text).contains("(" + code + ", USD "))));
        assertThat(dom).contains("<svg class=\"chart\"").contains("<table class=\"heatmap\">");
        assertThat(count(dom, "<rect class=\"bar delivered\""))
                .as("a delivered bar per scenario")
                .isEqualTo(names.size());
    }

    private static void assertTheMapHasCountryShapes(String dom) {
        String map = dom.substring(dom.indexOf("id=\"coalition-map\""));
        map = map.substring(0, map.indexOf("</figure>"));
        assertThat(count(map, "<path class=\"country\""))
                .as("country shapes on the map")
                .isGreaterThan(150);
        Matcher usa = Pattern.compile(
                        "<path class=\"country\" data-iso3=\"USA\" fill=\"(#[0-9a-f]{6})\" d=\"M([^\"]{2000,})\"")
                .matcher(map);
        assertThat(usa.find()).as("the United States drawn as a long outline").isTrue();
        assertThat(usa.group(1)).as("a member's colour").isEqualTo(MapSection.MEMBER);
    }

    /** Pages of a PDF written by Chromium: its page objects. */
    private static long pages(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        return Pattern.compile("/Type\\s*/Page(?!s)").matcher(text).results().count();
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
        int collapsed = count(dom, "<section class=\"scenario collapsed\"");
        assertThat(count(dom, "<section class=\"scenario\""))
                .as("one section per scenario with an effect")
                .isEqualTo(scenarios - collapsed);
        assertThat(count(dom, "<svg class=\"chart\""))
                .as("an AI-compute chart per scenario")
                .isGreaterThanOrEqualTo(scenarios);
        assertThat(count(dom, "<svg class=\"timeline\""))
                .as("an event timeline per scenario with an effect")
                .isEqualTo(scenarios - collapsed);
        assertThat(count(dom, "<polyline class=\"series"))
                .as("lines")
                .isGreaterThanOrEqualTo(2 * (scenarios - collapsed));
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

    private static void keep(Path report, Path png, Path firstScreen, Path pdf) throws IOException {
        Files.createDirectories(KEPT);
        Files.copy(report, KEPT.resolve("index.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(png, KEPT.resolve("screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(firstScreen, KEPT.resolve("first-screen.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pdf, KEPT.resolve("brief.pdf"), StandardCopyOption.REPLACE_EXISTING);
    }
}
