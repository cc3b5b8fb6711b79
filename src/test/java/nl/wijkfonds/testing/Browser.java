package nl.wijkfonds.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium, driven by Selenium, with an accessibility check (axe-core) on every page a test
 * opens through {@link #open} or after {@link #click}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final URL base;

    public Browser(URL base) {
        this.base = Deployments.onLoopback(base);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=nl", "--user-data-dir=" + temporaryProfile());
        driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application and checks its accessibility. */
    public void open(String path) {
        driver.get(base.toString() + path);
        checkAccessibility();
    }

    /** Clicks and, when the click loads a new page, checks that page's accessibility. */
    public void click(By element) {
        WebElement target = driver.findElement(element);
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
        checkAccessibility();
    }

    /**
     * Signs in through the login page (in the given language) and lands on the home page; staff type the code of
     * the demo authenticator, computed here as their app would.
     */
    public void signIn(String email, String password, String language) {
        open("login?lang=" + language);
        type(By.id("login:email"), email);
        type(By.id("login:password"), password);
        click(By.id("login:signIn"));
        if (!driver.findElements(By.id("login:verifyCode")).isEmpty()) {
            type(By.id("login:code"), DemoAccounts.currentCode(email, DemoAccounts.STAFF_TOTP_SECRET));
            click(By.id("login:verifyCode"));
        }
    }

    public void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a field's value directly: for date inputs, whose typing format depends on the browser's locale. */
    public void setValue(By field, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(field), value);
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits for an element to appear, e.g. after an ajax update. */
    public WebElement waitFor(By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(element));
    }

    /** Narrows the window to a phone's width and reports whether the page needs horizontal scrolling. */
    public boolean fitsWidth(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 800));
        Number scrollWidth = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth");
        driver.manage().window().setSize(new Dimension(1280, 900));
        return scrollWidth.intValue() <= pixels;
    }

    /** Runs axe-core (WCAG 2.1 A/AA rules) and fails on any serious or critical violation. */
    public void checkAccessibility() {
        Map<String, Object> results;
        try {
            results = runAxe();
        } catch (org.openqa.selenium.JavascriptException navigatedMeanwhile) {
            // A click that submits a form may still be leaving the old page (POST, then redirect) when the first
            // readyState check passes; axe then vanished with that page. Check the page the browser landed on.
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((JavascriptExecutor) d)
                    .executeScript("return document.readyState").equals("complete"));
            results = runAxe();
        }
        reportSerious(results);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> runAxe() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        return (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))}))"
                        + ".catch(e => done({error: String(e)}));");
    }

    @SuppressWarnings("unchecked")
    private void reportSerious(Map<String, Object> results) {
        if (results.containsKey("error")) {
            throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + results.get("error"));
        }
        List<Map<String, Object>> serious = ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> List.of("serious", "critical").contains(v.get("impact")))
                .toList();
        if (!serious.isEmpty()) {
            throw new AssertionError("accessibility violations on " + driver.getCurrentUrl() + ":\n"
                    + serious.stream().map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help")
                            + " at " + v.get("nodes")).collect(Collectors.joining("\n")));
        }
    }

    private static String axeSource() {
        Path script = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing at " + script + " (Maven installs it before the"
                    + " integration tests)", e);
        }
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("wijkfonds-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
