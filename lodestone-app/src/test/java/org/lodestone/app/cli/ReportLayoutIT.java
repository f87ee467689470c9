package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.ensemble.EnsembleScenarios;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Every report page (stress-test, ensemble, sensitivity, reverse, plan, backtest) laid out by a
 * real headless Chromium: no label, tick or legend of any inline SVG chart lies outside its chart or
 * on top of another, and every chart names its axes. The pages and full-page screenshots are kept
 * in {@code target/report-pages/} for a person to look at. Skipped without Chromium and its driver
 * unless {@code LODESTONE_REQUIRE_BROWSER=1} (as in CI).
 */
class ReportLayoutIT {

    private static final Path KEPT = Path.of("").toAbsolutePath().resolve("target/report-pages");

    /**
     * The problems of a page's layout, one line each: a text element of an SVG whose box leaves the
     * SVG's box, two text elements of one SVG whose boxes overlap by more than 2 px each way, and
     * an {@code svg.chart} without an axis title (a map has none), and a line chart whose day axis
     * runs on past its last day (a 365-day run once ended at 400).
     */
    private static final String LAYOUT = """
            const problems = [];
            document.querySelectorAll('svg').forEach((svg, i) => {
              const box = svg.getBoundingClientRect();
              if (box.width === 0) { return; }
              const title = svg.querySelector('title');
              const name = (title ? title.textContent : 'svg ' + i).slice(0, 60);
              const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim()
                && t.getBoundingClientRect().width > 0);
              const rects = texts.map((t) => t.getBoundingClientRect());
              texts.forEach((t, a) => {
                const r = rects[a];
                if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
                  problems.push(name + ': "' + t.textContent + '" leaves its chart');
                }
                for (let b = a + 1; b < texts.length; b++) {
                  const q = rects[b];
                  const x = Math.min(r.right, q.right) - Math.max(r.left, q.left);
                  const y = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
                  if (x > 2 && y > 2) {
                    problems.push(name + ': "' + t.textContent + '" overlaps "' + texts[b].textContent + '"');
                  }
                }
              });
              if (svg.classList.contains('chart') && !svg.classList.contains('map') && !svg.querySelector('.axis-label')) {
                problems.push(name + ': no axis title');
              }
              const axis = svg.querySelector('g.x-axis .axis-line');
              const xs = [...svg.querySelectorAll('polyline[data-region]')].flatMap((p) =>
                p.getAttribute('points').trim().split(/\\s+/).map((xy) => +xy.split(',')[0]));
              if (axis && xs.length) {
                const left = +axis.getAttribute('x1');
                const right = +axis.getAttribute('x2');
                if (right - Math.max(...xs) > 0.02 * (right - left)) {
                  problems.push(name + ': the day axis runs past the last day drawn');
                }
              }
            });
            return problems;
            """;

    @TempDir
    Path dir;

    @Test
    void noReportPageHasAClippedOrOverlappingLabel() throws IOException {
        HeadlessChrome browser = HeadlessChrome.require();
        String scenario = EnsembleScenarios.write(dir, "taiwan.yaml", EnsembleScenarios.TAIWAN);
        List<Page> pages = List.of(
                page("stress-test", "stress-test", "--date", "2026-12-04"),
                page("ensemble", "ensemble", scenario, "--runs", "8", "--seed", "3", "--date", "2026-06-01"),
                page("sensitivity", "sensitivity", scenario, "--samples", "3", "--date", "2026-06-01"),
                page(
                        "reverse",
                        "reverse",
                        scenario,
                        "--target",
                        "compute-delivered>=99%",
                        "--vary",
                        "events[0].duration",
                        "--date",
                        "2026-06-01"),
                page(
                        "plan",
                        "plan",
                        Path.of("..", "examples", "ree-snap-back-plan.yaml").toString()),
                page("backtest", "backtest", BacktestCommandTest.episodeIn(dir).toString()));
        List<String> problems = new ArrayList<>();
        WebDriver driver = browser.start(dir, 1280, 1000, Optional.empty());
        try {
            for (Page page : pages) {
                driver.get(page.html().toUri().toString());
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) ((JavascriptExecutor) driver).executeScript(LAYOUT);
                found.forEach(p -> problems.add(page.name() + ": " + p));
                keep(driver, page);
            }
        } finally {
            driver.quit();
        }
        assertThat(problems).as("layout problems of the report pages").isEmpty();
    }

    /** One page: its command's name and the {@code index.html} the command wrote. */
    private record Page(String name, Path html) {}

    private Page page(String name, String... args) {
        Path out = dir.resolve(name);
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--out", out.toString(), "--threads", "2"}, 0, all, args.length, 4);
        Cli cli = Cli.run(all);
        assertThat(cli.exitCode()).as(name + ": " + cli.err()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
        return new Page(name, out.resolve("index.html"));
    }

    private static void keep(WebDriver driver, Page page) throws IOException {
        Files.createDirectories(KEPT);
        Files.copy(page.html(), KEPT.resolve(page.name() + ".html"), StandardCopyOption.REPLACE_EXISTING);
        Object height = ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int)
                Math.min(16_000, ((Number) height).longValue() + 40)));
        Files.write(KEPT.resolve(page.name() + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
