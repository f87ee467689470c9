package org.lodestone.app.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven by chromedriver for the browser tests (report layout, dashboard):
 * found on the PATH, else the test is skipped, or fails when {@code LODESTONE_REQUIRE_BROWSER=1}
 * (CI sets it so the browser tests cannot silently skip).
 */
public final class HeadlessChrome {

    private final Path chromium;
    private final Path driver;

    private HeadlessChrome(Path chromium, Path driver) {
        this.chromium = chromium;
        this.driver = driver;
    }

    /** Chromium and its driver, or a skip (a failure when LODESTONE_REQUIRE_BROWSER=1). */
    public static HeadlessChrome require() {
        Optional<Path> chromium = onPath("chromium", "chromium-browser");
        Optional<Path> driver = onPath("chromedriver");
        if ((chromium.isEmpty() || driver.isEmpty()) && "1".equals(System.getenv("LODESTONE_REQUIRE_BROWSER"))) {
            fail(
                    "chromium and chromedriver must be on the PATH when LODESTONE_REQUIRE_BROWSER=1 (Debian: apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "Skipped: chromium or chromedriver is not on the PATH (Debian: apt-get install chromium chromium-driver)");
        return new HeadlessChrome(chromium.get(), driver.get());
    }

    /**
     * The switches every headless Chromium of the tests runs with: no sandbox, GPU or network
     * chatter, and its own profile folder {@code profile}.
     */
    public static List<String> flags(Path profile) {
        return List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
    }

    /**
     * Starts a browser with a fresh profile under {@code dir}, a window of {@code width} x
     * {@code height}, and downloads (when {@code downloads} is given) saved there without asking.
     */
    public WebDriver start(Path dir, int width, int height, Optional<Path> downloads) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(flags(Files.createTempDirectory(dir, "profile")));
        options.addArguments("--window-size=" + width + "," + height);
        if (downloads.isPresent()) {
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory",
                            Files.createDirectories(downloads.get()).toString(),
                            "download.prompt_for_download",
                            false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
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
