package nl.wijkfonds.testing;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium, driven by Selenium like a person would: it opens pages, types, clicks and answers
 * questions, and waits after each step until the page has settled (loaded, no PrimeFaces ajax pending). Every page
 * it lands on is checked with axe-core. It also reads what a person sees on a form: the summary of problems, the
 * message beside a field, a field's value and whether it is marked invalid, and the HTTP status of the page.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Generous: the machine is small and shared, and waiting ends as soon as the condition holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final String SETTLED = "document.readyState === 'complete'"
            + " && !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty())"
            + " && !(window.jQuery && jQuery.active > 0)";

    /** axe-core is injected (when the page lacks it) and run in one script, so a navigation cannot come between. */
    private static final String RUN_AXE = "const done = arguments[arguments.length - 1];"
            + "try {"
            + "  if (typeof window.axe === 'undefined') { (function () { %s\n}).call(window); }"
            + "  window.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + "    .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,"
            + "      help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))}))"
            + "    .catch(e => done({error: String(e)}));"
            + "} catch (e) { done({error: String(e)}); }";

    private static String axeScript;

    private final ChromeDriver driver;
    private final URL base;
    private final Path profile;

    public Browser(URL base) {
        this.base = Deployments.onLoopback(base);
        this.profile = temporaryProfile();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=nl", "--user-data-dir=" + profile);
        // Dialogs (window.confirm) stay open until the test answers them, as a person would.
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.IGNORE);
        // The console tells when the Content Security Policy blocked a script (see checkAccessibility).
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application (path relative to it), waits until it has settled and checks it with axe. */
    public void open(String path) {
        openUnchecked(path);
        checkAccessibility();
    }

    /** Opens a page without the accessibility check, e.g. to read its status first. */
    public void openUnchecked(String path) {
        driver.get(base.toString() + path);
        settle();
    }

    /**
     * Clicks a link or button that loads another page (or the same page again after a post), waits until that page
     * has settled and checks its accessibility.
     */
    public void click(By element) {
        markPage();
        driver.findElement(element).click();
        awaitNewPage();
        checkAccessibility();
    }

    /** Clicks a button that updates part of the page by ajax, and waits until the update is done. */
    public void clickAjax(By element) {
        driver.findElement(element).click();
        settle();
    }

    /** Clicks a button that asks a question first (window.confirm); returns the question, still open. */
    public String clickAndReadQuestion(By element) {
        // While the question is open the page cannot be touched: mark it now, to see it replaced later.
        markPage();
        driver.findElement(element).click();
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.alertIsPresent()).getText();
    }

    /** Answers "OK" to the open question; the page it leads to is awaited and checked. */
    public void acceptQuestion() {
        Alert question = driver.switchTo().alert();
        question.accept();
        awaitNewPage();
        checkAccessibility();
    }

    /** Answers "Cancel" to the open question; the page stays as it is. */
    public void dismissQuestion() {
        driver.switchTo().alert().dismiss();
        settle();
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
        if (isPresent(By.id("login:verifyCode"))) {
            type(By.id("login:code"), DemoAccounts.currentCode(email, DemoAccounts.STAFF_TOTP_SECRET));
            click(By.id("login:verifyCode"));
        }
        if (!driver.findElements(By.id("login:signIn")).isEmpty() || isPresent(By.id("login:verifyCode"))) {
            throw new AssertionError("sign-in of " + email + " failed: " + pageText());
        }
    }

    /** Signs out with the button in the page header. */
    public void signOut() {
        click(By.id("logout:signOut"));
    }

    public void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a field's value directly: for date inputs, whose typing format depends on the browser's locale. */
    public void setValue(By field, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", driver.findElement(field), value);
    }

    /** Chooses an option of a select list by its visible text. */
    public void choose(By select, String visibleText) {
        new Select(driver.findElement(select)).selectByVisibleText(visibleText);
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public boolean isPresent(By element) {
        return !driver.findElements(element).isEmpty();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** What a field holds now (for a select list: the chosen option's value). */
    public String value(String clientId) {
        return driver.findElement(By.id(clientId)).getDomProperty("value");
    }

    /** The chosen option's visible text of a select list. */
    public String chosen(String clientId) {
        return new Select(driver.findElement(By.id(clientId))).getFirstSelectedOption().getText();
    }

    /** The value of the checked radio button of a group (by the group's client id), or null. */
    public String checkedRadio(String clientId) {
        return driver.findElements(By.cssSelector("input[type=radio][name='" + clientId + "']")).stream()
                .filter(WebElement::isSelected).map(r -> r.getDomProperty("value")).findFirst().orElse(null);
    }

    /** Whether the field (or radio group) carries aria-invalid="true". */
    public boolean isMarkedInvalid(String clientId) {
        return "true".equals(driver.findElement(By.id(clientId)).getDomAttribute("aria-invalid"));
    }

    /** The client ids of every element on the page marked aria-invalid="true". */
    public List<String> fieldsMarkedInvalid() {
        return driver.findElements(By.cssSelector("[aria-invalid=true]")).stream()
                .map(e -> e.getDomAttribute("id")).toList();
    }

    /** The message beside a field (the field tag's slot {@code <id>Error}), "" when there is none. */
    public String messageBeside(String clientId) {
        List<WebElement> slot = driver.findElements(By.id(clientId + "Error"));
        return slot.isEmpty() ? "" : slot.get(0).getText().strip();
    }

    /** A line of the summary of problems: the field it links to (a client id; null for the whole form) and its text. */
    public record SummaryLine(String target, String text) {
    }

    /** The lines of the summary of problems at the top of the page, in order; empty when there is none. */
    public List<SummaryLine> errorSummary() {
        return driver.findElements(By.cssSelector("#errorSummary li")).stream().map(li -> {
            List<WebElement> link = li.findElements(By.tagName("a"));
            String href = link.isEmpty() ? null : link.get(0).getDomAttribute("href");
            return new SummaryLine(href == null ? null : href.substring(href.indexOf('#') + 1), li.getText().strip());
        }).toList();
    }

    /** The HTTP status with which the current page was served (Chromium's navigation timing). */
    public int status() {
        Number status = (Number) ((JavascriptExecutor) driver).executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
        return status.intValue();
    }

    /** Waits for an element to appear, e.g. after an ajax update. */
    public WebElement waitFor(By element) {
        return new WebDriverWait(driver, PATIENCE).until(d -> d.findElement(element));
    }

    /** Waits until the page has loaded and no PrimeFaces ajax request is pending. */
    public void settle() {
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return " + SETTLED)));
    }

    /** Narrows the window to a phone's width and reports whether the page needs horizontal scrolling. */
    public boolean fitsWidth(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 800));
        Number scrollWidth = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth");
        driver.manage().window().setSize(new Dimension(1280, 900));
        return scrollWidth.intValue() <= pixels;
    }

    /**
     * Runs axe-core (WCAG 2.1 A/AA rules) and fails on any serious or critical violation; fails as well when the
     * Content Security Policy blocked anything on the way here (a script without its nonce does not run).
     */
    @SuppressWarnings("unchecked")
    public void checkAccessibility() {
        settle();
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("blocked by the Content Security Policy on " + driver.getCurrentUrl() + ":\n"
                    + String.join("\n", blocked));
        }
        Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript(
                RUN_AXE.replace("%s", axeSource()));
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

    /** Marks the page shown now, so that {@link #awaitNewPage} can tell when another has replaced it. */
    private void markPage() {
        driver.executeScript("window.wijkfondsPageBefore = true;");
    }

    /**
     * Waits until the marked page has been replaced by a new one, and that one has settled. While the browser is
     * between pages a script may fail; that only means: not yet.
     */
    private void awaitNewPage() {
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.wijkfondsPageBefore && " + SETTLED)));
    }

    private static synchronized String axeSource() {
        if (axeScript == null) {
            Path script = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
            try {
                axeScript = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + script + " (Maven installs it before"
                        + " the integration tests)", e);
            }
        }
        return axeScript;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("wijkfonds-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
