package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.parkportal.it.support.PortalUrls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one browser test: Debian's {@code chromium} driven by Debian's {@code chromedriver}
 * (nothing is downloaded), with a fresh profile that {@link #close()} deletes again. The browser asks for English
 * pages, so tests that expect English texts do not depend on the machine's locale.
 *
 * <pre>
 * try (Browser browser = Browser.open()) {
 *     browser.get(PortalUrls.portal());
 *     ...
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Browser.class.getName());

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** How long explicit waits wait by default. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    /** Desktop size used unless a test asks for another. */
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final String INSTALL_HINT = "install them with: apt-get install chromium chromium-driver";

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** A browser with a 1280x900 window. */
    public static Browser open() {
        return open(DESKTOP);
    }

    /**
     * A browser whose window has the given size. Fails the test (never skips it) when Debian's chromium or
     * chromium-driver is missing.
     */
    public static Browser open(Dimension size) {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("pp-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Chromium profile directory", e);
        }
        ChromeDriverService service = null;
        try {
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile.toAbsolutePath(),
                    "--lang=en-US",
                    "--window-size=" + size.getWidth() + "," + size.getHeight());
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("intl.accept_languages", "en-US,en");
            options.setExperimentalOption("prefs", prefs);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Browser browser = new Browser(profile, service, driver);
            browser.resize(size);
            return browser;
        } catch (RuntimeException | Error e) {
            if (service != null) {
                service.stop();
            }
            deleteRecursively(profile);
            throw e;
        }
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            fail(path + " (Debian package " + debianPackage + ") is missing: the browser tests need Debian's"
                    + " chromium and chromium-driver; " + INSTALL_HINT);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a URL and waits for the page's load event (Selenium's normal page-load strategy). */
    public void get(URI url) {
        driver.get(url.toString());
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** An explicit wait with the default timeout. */
    public WebDriverWait waiting() {
        return waiting(WAIT);
    }

    public WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until the condition holds (not null, not false) and returns its value. */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return waiting().withMessage(what).until(condition);
    }

    /**
     * Runs an action that makes the browser load another document (a click on a link, a submit, back, forward)
     * and waits until the old document is gone and the new one has finished loading.
     */
    public void navigateBy(Runnable action) {
        // A mark on the old document's window rather than the staleness of its root element: while Chromium
        // swaps documents, asking about the old element can fail with "Node with given id does not belong to
        // the document" instead of reporting it stale. The mark is new each time, so a document restored from
        // the back-forward cache with an older mark counts as the new one.
        String mark = UUID.randomUUID().toString();
        script("window.ppLeaving = arguments[0]", mark);
        action.run();
        waiting(Duration.ofSeconds(30)).withMessage("the browser to leave " + driver.getCurrentUrl())
                .until(d -> !isMarked(mark));
        waitUntilLoaded();
    }

    private boolean isMarked(String mark) {
        try {
            return mark.equals(script("return window.ppLeaving"));
        } catch (WebDriverException midSwap) {
            return true;
        }
    }

    /** Signs in through the portal's login page as a person would, and waits for the page it leads to. */
    public void signIn(String user, String password) {
        get(PortalUrls.portal("signin"));
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        clickAndWaitForPage(driver.findElement(By.cssSelector(".pp-login-form button[type=submit]")));
    }

    /** Waits for {@code document.readyState == 'complete'}. */
    public void waitUntilLoaded() {
        waiting(Duration.ofSeconds(30)).withMessage("document.readyState == 'complete'")
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks an element that leads to another page and waits for that page. */
    public void clickAndWaitForPage(WebElement element) {
        navigateBy(element::click);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A numeric script result as a double (Selenium returns Long or Double). */
    public double number(String script, Object... args) {
        Object value = script(script, args);
        if (!(value instanceof Number n)) {
            throw new AssertionError("script did not return a number: " + script + " -> " + value);
        }
        return n.doubleValue();
    }

    /** All portlet windows of the current page, in document order. */
    public List<WebElement> windows() {
        return driver.findElements(By.cssSelector("[data-portlet-window]"));
    }

    /** The ids (data-portlet-window) of the windows on the current page. */
    public List<String> windowIds() {
        List<String> ids = new ArrayList<>();
        for (WebElement w : windows()) {
            ids.add(w.getDomAttribute("data-portlet-window"));
        }
        return ids;
    }

    /** The window with this id on the current page; fails with the ids that are there otherwise. */
    public WebElement window(String id) {
        List<WebElement> found = driver.findElements(By.cssSelector("[data-portlet-window='" + id + "']"));
        if (found.isEmpty()) {
            throw new AssertionError("No window " + id + " on " + driver.getCurrentUrl() + "; windows: " + windowIds());
        }
        return found.get(0);
    }

    /** The title-bar control of a window, by kind: "state-maximized", "state-minimized", "mode-edit", ... */
    public WebElement control(String windowId, String kind) {
        List<WebElement> found = window(windowId).findElements(By.cssSelector("a.pp-control.pp-control-" + kind));
        if (found.isEmpty()) {
            throw new AssertionError("Window " + windowId + " has no control pp-control-" + kind);
        }
        return found.get(0);
    }

    /** Resizes the browser window; in headless Chromium the viewport then has exactly this size. */
    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
        waiting().withMessage("window.innerWidth to become " + size.getWidth())
                .until(d -> number("return window.innerWidth") == size.getWidth());
    }

    /**
     * Saves a screenshot of the whole page (not only the viewport) to target/screenshots/NAME.png and returns its
     * path. Screenshots are for people looking at a run; a failure to take one does not fail the test.
     */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Path file = dir.resolve(name + ".png");
        try {
            Files.createDirectories(dir);
            Files.write(file, fullPagePng());
            return file;
        } catch (IOException | WebDriverException e) {
            LOG.log(System.Logger.Level.WARNING, "Screenshot " + file + " not taken", e);
            return null;
        }
    }

    private byte[] fullPagePng() {
        try {
            // The viewport's width including a vertical scrollbar's: while capturing beyond the viewport Chromium
            // lays the page out without that scrollbar, so the content's width would cut off its right edge.
            double width = number("return Math.max(window.innerWidth, document.documentElement.scrollWidth)");
            double height = Math.min(number("return document.documentElement.scrollHeight"), 10_000);
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            return Base64.getDecoder().decode(Objects.toString(shot.get("data")));
        } catch (RuntimeException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    /** Quits Chromium and chromedriver and deletes the profile directory. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // Chromium may still be removing lock files
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the Chromium profile " + root, e);
        }
    }

    /** For messages: a short description of where the browser is. */
    @Override
    public String toString() {
        return "Browser at " + driver.getCurrentUrl();
    }
}
