package org.lodestone.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
        Path[] browser = requireBrowser();
        try (RunningServer s = new RunningServer(dir, ApiServer.Settings.defaults(0, "test"))) {
            WebDriver driver = driver(browser);
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
                assertNotBlank(screenshot(driver, "overview.png"));

                driver.findElement(By.cssSelector("button[data-tab=scenarios]")).click();
                new Select(driver.findElement(By.id("scenario"))).selectByValue("builtin:malacca-closure");
                driver.findElement(By.id("run")).click();
                wait.until(d -> d.findElement(By.id("run-status")).getText().startsWith("done"));
                wait.until(d -> paths(d, "run-chart") > 3);
                WebElement chart = driver.findElement(By.id("run-chart"));
                assertThat(Integer.parseInt(chart.getAttribute("data-lines"))).isGreaterThan(1);
                assertThat(chart.getText()).contains("pax-silica");
                assertThat(driver.findElement(By.id("progress")).getAttribute("value"))
                        .isEqualTo("1");
                Path png = screenshot(driver, "scenario-run.png");
                assertNotBlank(png);
            } finally {
                driver.quit();
            }
        }
    }

    private static long paths(WebDriver driver, String chart) {
        return driver.findElements(By.cssSelector("#" + chart + " svg path")).size();
    }

    private WebDriver driver(Path[] browser) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser[0].toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1100",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(browser[1].toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
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

    /** Chromium and its driver, or a skip (a failure when LODESTONE_REQUIRE_BROWSER=1). */
    private static Path[] requireBrowser() {
        Optional<Path> chromium = onPath("chromium", "chromium-browser");
        Optional<Path> driver = onPath("chromedriver");
        if ((chromium.isEmpty() || driver.isEmpty()) && "1".equals(System.getenv("LODESTONE_REQUIRE_BROWSER"))) {
            fail(
                    "chromium and chromedriver must be on the PATH when LODESTONE_REQUIRE_BROWSER=1 (Debian: apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "Skipped: chromium or chromedriver is not on the PATH (Debian: apt-get install chromium chromium-driver)");
        return new Path[] {chromium.get(), driver.get()};
    }

    private static Optional<Path> onPath(String... names) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of(names)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
