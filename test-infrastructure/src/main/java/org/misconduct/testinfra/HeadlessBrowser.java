package org.misconduct.testinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven over WebDriver, for the tests of the web pages. Uses the machine's
 * Chromium and ChromeDriver (Debian's {@code chromium} and {@code chromium-driver}) and never
 * downloads a browser. A viewport narrower than a desktop window is emulated as a phone screen.
 */
public final class HeadlessBrowser {

    /** A small phone's viewport, the screen most complainants use. */
    public static final Dimension PHONE = new Dimension(360, 740);

    private static final int MINIMUM_WINDOW_WIDTH = 500;
    private static final Path CHROMIUM = Path.of(System.getProperty("misconduct.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("misconduct.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessBrowser() {
    }

    /**
     * Starts a fresh browser with an empty profile and no background networking, at the given
     * viewport size and preferred language (an {@code Accept-Language} value such as "fr").
     */
    public static WebDriver start(Dimension viewport, String acceptLanguage, Path profileDirectory) {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profileDirectory.toAbsolutePath(),
                "--window-size=" + viewport.getWidth() + "," + viewport.getHeight(),
                "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (viewport.getWidth() < MINIMUM_WINDOW_WIDTH) {
            emulatePhone(driver, viewport);
        }
        return driver;
    }

    /**
     * Chromium keeps a window at least 500 px wide, and a plain window widens its viewport to fit
     * overflowing content; device emulation gives the phone's real layout width instead.
     */
    private static void emulatePhone(ChromeDriver driver, Dimension viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.getWidth(),
                "height", viewport.getHeight(),
                "deviceScaleFactor", 2,
                "mobile", true));
    }

    private static void requireInstalled(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(executable + " is missing: install Debian's " + debianPackage
                    + " package (the CI script does)");
        }
    }
}
