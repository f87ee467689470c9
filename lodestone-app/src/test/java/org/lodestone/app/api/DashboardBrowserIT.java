package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.app.cli.HeadlessChrome;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium driven by Selenium (Debian's {@code chromium} and
 * {@code chromium-driver}, no network): sign in with a token, see the overview charts, run a
 * scenario, watch it finish and see its chart; the map draws the packaged country shapes.
 * Screenshots go to {@code target/dashboard/}.
 * Skipped without Chromium and its driver unless {@code LODESTONE_REQUIRE_BROWSER=1} (as in CI).
 */
class DashboardBrowserIT {

    private static final Path KEPT = Path.of("").toAbsolutePath().resolve("target/dashboard");

    @TempDir
    Path dir;

    @Test
    void anAnalystSignsInRunsAScenarioAndSeesItsChart() throws IOException {
        HeadlessChrome browser = HeadlessChrome.require();
        try (RunningServer s = new RunningServer(dir, ApiServer.Settings.defaults(0, "test"))) {
            WebDriver driver = browser.start(dir, 1400, 1100, Optional.of(dir.resolve("downloads")));
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
                driver.get(s.uri("/").toString());
                driver.findElement(By.id("token")).sendKeys(s.ana);
                driver.findElement(By.id("sign-in")).click();
                wait.until(d -> d.findElement(By.id("app")).isDisplayed());
                assertThat(driver.findElement(By.id("who")).getText()).isEqualTo("ana (analyst)");
                wait.until(d -> paths(d, "layer-share") > 5
                        && paths(d, "chokepoints") > 5
                        && paths(d, "sankey") > 3
                        && paths(d, "map") > 150);
                assertThat(driver.findElements(By.cssSelector("#commodity-sources a.source-link")))
                        .isNotEmpty()
                        .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("#source-"));
                assertThat(driver.findElements(By.cssSelector("#source-list li"))
                                .size())
                        .isGreaterThan(10);
                assertThat(driver.findElement(By.id("members")).getText()).contains("USA");
                assertThat(driver.findElement(By.id("map")).getAttribute("data-countries"))
                        .as("country shapes registered with the map")
                        .isEqualTo("174");
                assertThat(paths(driver, "map")).as("country outlines drawn").isGreaterThan(170);
                assertOverviewExtras(driver);
                assertTheCsvButtonDownloadsAFile(driver, wait);
                assertNotBlank(screenshot(driver, "overview.png"));

                driver.findElement(By.cssSelector("button[data-tab=scenarios]")).click();
                new Select(driver.findElement(By.id("scenario"))).selectByValue("builtin:malacca-closure");
                driver.findElement(By.id("run")).click();
                wait.until(d -> d.findElement(By.id("run-status")).getText().startsWith("done"));
                wait.until(d -> paths(d, "run-chart") > 3);
                WebElement chart = driver.findElement(By.id("run-chart"));
                assertThat(Integer.parseInt(chart.getAttribute("data-lines"))).isGreaterThan(1);
                assertThat(Integer.parseInt(chart.getAttribute("data-labels")))
                        .as("regions drawn, identical lines once")
                        .isGreaterThanOrEqualTo(Integer.parseInt(chart.getAttribute("data-lines")));
                assertThat(chart.getText())
                        .contains("pax-silica")
                        .as("calendar dates under the days (malacca-closure starts 2026-11-10)")
                        .contains("2026-11-10");
                assertThat(driver.findElement(By.id("progress")).getAttribute("value"))
                        .isEqualTo("1");
                assertRunExtras(driver, wait);
                Path png = screenshot(driver, "scenario-run.png");
                assertNotBlank(png);
                assertEditorMarksProblems(driver, wait);
            } finally {
                driver.quit();
            }
        }
    }

    /**
     * ISO dates in the date field (a wrong one refused with the format), the chokepoint ranking's
     * bars coloured by side, and a CSV and a PNG download on every chart.
     */
    private static void assertOverviewExtras(WebDriver driver) {
        WebElement date = driver.findElement(By.id("date"));
        assertThat(date.getAttribute("type")).isEqualTo("text");
        assertThat(date.getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}");
        String today = date.getAttribute("value");
        date.clear();
        date.sendKeys("06/01/2026\n");
        assertThat(driver.findElement(By.id("date-error")).getText())
                .isEqualTo("date \"06/01/2026\": use YYYY-MM-DD, e.g. 2026-06-01");
        date.clear();
        date.sendKeys(today + "\n");
        assertThat(driver.findElement(By.id("date-error")).getText()).isEmpty();

        String sides = driver.findElement(By.id("chokepoints")).getAttribute("data-sides");
        assertThat(sides.split(",")).as("a side per bar").hasSize(12).contains("member");
        Set<String> fills = new HashSet<>();
        driver.findElements(By.cssSelector("#chokepoints svg path"))
                .forEach(p -> fills.add(String.valueOf(p.getAttribute("fill"))));
        assertThat(fills).as("members' bars blue").contains("#1f6fb2");
        if (sides.contains("concern")) {
            assertThat(fills).as("bars of countries of concern red").contains("#b0433a");
        }

        int charts = driver.findElements(By.cssSelector("figure .chart")).size();
        assertThat(driver.findElements(By.cssSelector("figure .downloads button[data-download=png]")))
                .hasSize(charts);
        assertThat(driver.findElements(By.cssSelector("figure .downloads button[data-download=csv]")))
                .hasSizeGreaterThan(charts);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String csv = (String) js.executeScript("return dashboardCsv('chokepoints');");
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("producer and commodity,AI compute lost (% of the coalition's AI compute)");
        assertThat(csv.lines()).hasSize(13);
        assertThat((String) js.executeScript("return dashboardCsv('map');"))
                .startsWith("region,value (% of world output)\n");
        assertThat((String) js.executeScript("return dashboardCsv('source-table');"))
                .startsWith("id,title,publisher,year,url\n");
        Object png = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "chartPng('map').then(b => done(b.type + ' ' + b.size), e => done('error ' + e));");
        assertThat(String.valueOf(png)).startsWith("image/png ");
        assertThat(Long.parseLong(String.valueOf(png).substring("image/png ".length())))
                .isGreaterThan(10_000);
    }

    /** A click on the ranking's CSV button saves {@code chokepoints.csv}, what is drawn. */
    private void assertTheCsvButtonDownloadsAFile(WebDriver driver, WebDriverWait wait) throws IOException {
        driver.findElement(By.xpath("//div[@id='chokepoints']/ancestor::figure//button[@data-download='csv']"))
                .click();
        Path csv = dir.resolve("downloads/chokepoints.csv");
        wait.until(d -> Files.isRegularFile(csv));
        wait.until(d -> {
            try {
                return Files.readAllLines(csv).size() == 13;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(Files.readAllLines(csv).get(0))
                .isEqualTo("producer and commodity,AI compute lost (% of the coalition's AI compute)");
    }

    /** The run's headline card, and runs named by scenario (no timestamp) in compare. */
    private static void assertRunExtras(WebDriver driver, WebDriverWait wait) {
        wait.until(d -> !d.findElements(By.cssSelector("#cards .card")).isEmpty());
        WebElement card = driver.findElement(By.cssSelector("#cards .card"));
        assertThat(card.getText())
                .contains("malacca-closure")
                .contains("% of baseline ai-compute")
                .containsPattern("first shortfall day \\d+ \\(2026-\\d{2}-\\d{2}\\)")
                .containsPattern("value added at risk USD [\\d.]+ (bn|m) \\(20\\d\\d dollars\\)");
        List<String> names = new Select(driver.findElement(By.id("compare-a")))
                .getOptions().stream().map(WebElement::getText).toList();
        assertThat(names).contains("malacca-closure").noneMatch(n -> n.matches(".*\\d{2}:\\d{2}.*"));
        assertThat(overlaps(driver, "run-chart"))
                .as("texts of the run chart on top of each other (a day over its date, a legend over an axis name)")
                .isEmpty();
    }

    /**
     * Pairs of texts of a chart whose boxes overlap by more than 2 px each way; texts in a clipped
     * group (the scrolling legend's other pages) are left out.
     */
    @SuppressWarnings("unchecked")
    private static List<String> overlaps(WebDriver driver, String chart) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const texts = [...document.querySelectorAll('#' + arguments[0] + ' svg text')]
                  .filter((t) => t.textContent.trim() && t.getBoundingClientRect().width > 0
                    && !t.closest('[clip-path]'));
                const found = [];
                texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
                  const p = a.getBoundingClientRect();
                  const q = b.getBoundingClientRect();
                  if (Math.min(p.right, q.right) - Math.max(p.left, q.left) > 2
                      && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 2) {
                    found.push(a.textContent + ' / ' + b.textContent);
                  }
                }));
                return found;
                """, chart);
    }

    /**
     * The editor opens with the selected scenario's YAML, with line numbers; a bad value is marked
     * at its line after Validate.
     */
    private void assertEditorMarksProblems(WebDriver driver, WebDriverWait wait) throws IOException {
        WebElement editor = driver.findElement(By.cssSelector("#yaml .cm-content"));
        assertThat(editor.getText()).contains("name: malacca-closure").contains("chokepoint: malacca");
        assertThat(driver.findElements(By.cssSelector("#yaml .cm-lineNumbers .cm-gutterElement")))
                .hasSizeGreaterThan(20);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("ScenarioEditor.replace(state.editor, ScenarioEditor.text(state.editor)"
                + ".replace('horizon: 365', 'horizon: soon'));");
        driver.findElement(By.id("validate")).click();
        wait.until(d ->
                !d.findElements(By.cssSelector("#yaml .cm-lintRange-error")).isEmpty());
        Object line = js.executeScript("return [...document.querySelectorAll('#yaml .cm-line')]"
                + ".findIndex(l => l.querySelector('.cm-lintRange-error')) + 1;");
        Object expected = js.executeScript("return ScenarioEditor.text(state.editor).split('\\n')"
                + ".findIndex(l => l.startsWith('horizon:')) + 1;");
        assertThat(line).as("the problem is marked at the horizon's line").isEqualTo(expected);
        assertThat(driver.findElement(By.id("edit-status")).getText()).contains("horizon");
        assertThat(driver.findElements(By.cssSelector("#yaml .cm-lint-marker-error")))
                .isNotEmpty();
        js.executeScript("document.getElementById('edit-status').scrollIntoView();");
        assertNotBlank(screenshot(driver, "editor-problem.png"));
    }

    private static long paths(WebDriver driver, String chart) {
        return driver.findElements(By.cssSelector("#" + chart + " svg path")).size();
    }

    private static Path screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(KEPT);
        Path target = KEPT.resolve(name);
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    private static void assertNotBlank(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(30);
    }
}
