package dev.arbiter.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by chromedriver at 1366×768, from {@code -Darbiter.test.chromedriver} and
 * {@code -Darbiter.test.chromium}; a test using it is skipped, saying why, when either is absent.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(int port, Path profile) {
        String driverPath = System.getProperty("arbiter.test.chromedriver");
        String chromium = System.getProperty("arbiter.test.chromium");
        assumeTrue(driverPath != null && chromium != null && new File(driverPath).canExecute(),
                "no browser: run with -Darbiter.test.chromedriver=PATH and -Darbiter.test.chromium=PATH (./test does)");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,768");
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, "http://127.0.0.1:" + port);
    }

    void signIn(String user, String password) {
        go("/login");
        find("#user").sendKeys(user);
        find("#password").sendKeys(password);
        clickAndWait("#sign-in");
    }

    void signOut() {
        clickAndWait("#logout");
    }

    /**
     * Clicks what submits a form and waits until the next page has replaced this one. The old page is marked with a
     * script variable that a new document does not have; waiting for an old element to go stale is racy in current
     * Chromium, which may answer "node does not belong to the document" instead of "stale element".
     */
    void clickAndWait(String css) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.arbiterPreviousPage = true;");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.arbiterPreviousPage === undefined && document.readyState === 'complete';")));
    }

    void go(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text() {
        return find("body").getText();
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
