package org.tto.api.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.api.TtoIntegrationTest;

/**
 * The pages in a real browser (Debian's Chromium, headless, through /usr/bin/chromedriver): the journey of a case from
 * the inventor's form to filed with its deadlines, in English and in Arabic (right to left); a bad form in French;
 * axe-core on every page visited (no serious or critical WCAG 2.1 AA violation); sign-in and the triage from the
 * keyboard alone. Each
 * page visited is photographed under target/screenshots.
 */
@TtoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserIT {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER), "Chromium's driver is not installed (apt-get install "
                + "chromium chromium-driver)");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            options.setBinary("/usr/bin/chromium");
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theJourneyInEnglish() throws IOException {
        journey("en");
    }

    @Test
    void theJourneyInArabicRightToLeft() throws IOException {
        journey("ar");
    }

    @Test
    void aBadFormShowsItsErrorsInFrenchAndSavesNothing() throws IOException {
        Properties fr = bundle("fr");
        signIn("inventor-a", "fr");
        open("/disclosures/new");
        Integer before = jdbc.queryForObject("select count(*) from disclosure", Integer.class);
        type("summary", "Un capteur");
        type("confidentialDescription", "Comment il marche");
        new Select(field("trl")).selectByValue("2");
        WebElement share = field("inventors0.sharePercent");
        share.clear();
        share.sendKeys("60");
        click(By.cssSelector("[data-test=add-inventor]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test='inventors1.name']")));
        type("inventors1.name", "Brian Mwangi");
        type("inventors1.email", "brian@una.example");
        type("inventors1.affiliation", "UNA");
        type("inventors1.sharePercent", "30");
        assertThat(browser.findElement(By.cssSelector("[data-share-total]")).getAttribute("data-ok"))
                .as("the live total says the shares do not make 100").isEqualTo("false");
        click(By.cssSelector("[data-test=add-public-disclosure]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test='publicDisclosures0.date']")));
        type("publicDisclosures0.date", "2023-02-30");
        new Select(field("publicDisclosures0.kind")).selectByValue("PAPER");
        type("publicDisclosures0.description", "Un article");
        click(By.cssSelector("[data-test=continue]"));
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=error-summary]")));
        Files.writeString(SHOTS.resolve("bad-form-fr.html"), browser.getPageSource());
        assertThat(browser.switchTo().activeElement()).as("the summary has the focus").isEqualTo(summary);
        assertThat(summary.getText()).contains(fr.getProperty("form.errors.title"));
        assertThat(browser.findElement(By.id("title-error")).getText()).isEqualTo(fr.getProperty("NotBlank"));
        assertThat(browser.findElement(By.id("publicDisclosures0.date-error")).getText())
                .isEqualTo(fr.getProperty("typeMismatch.java.time.LocalDate"));
        assertThat(field("title").getAttribute("aria-describedby")).contains("title-error");
        accessible("bad-form-fr");
        // the date is put right and the title given: the shares remain, beside the inventors
        type("title", "Capteur passif");
        WebElement date = field("publicDisclosures0.date");
        date.clear();
        date.sendKeys(LocalDate.now().minusDays(2).toString());
        click(By.cssSelector("[data-test=continue]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inventors-error")));
        assertThat(browser.findElement(By.id("inventors-error")).getText()).contains("90");
        assertThat(jdbc.queryForObject("select count(*) from disclosure", Integer.class))
                .as("nothing saved").isEqualTo(before);
    }

    private void journey(String language) throws IOException {
        Properties words = bundle(language);
        String title = "Solar water purifier " + language + " " + System.nanoTime();
        signIn("inventor-a", language);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("ar".equals(language) ? "rtl" : "ltr");
        accessible("home-inventor-" + language);
        click(By.cssSelector("[data-test=new-disclosure]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=disclosure-form]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(words.getProperty("disclosure.form.title"));
        type("title", title);
        type("summary", "Purifies water with sunlight alone.");
        type("confidentialDescription", "A photocatalytic membrane in a low-cost housing.");
        new Select(field("trl")).selectByValue("4");
        accessible("disclosure-form-" + language);
        click(By.cssSelector("[data-test=continue]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=disclosure-check]")));
        assertThat(browser.findElement(By.cssSelector("[data-test=submit]")).getText())
                .isEqualTo(words.getProperty("disclosure.check.submit"));
        accessible("disclosure-check-" + language);
        click(By.cssSelector("[data-test=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=my-disclosure]")));
        accessible("my-disclosure-" + language);
        String path = java.net.URI.create(browser.getCurrentUrl()).getPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        signOut();

        signIn("officer-a", language);
        open("/tasks");
        accessible("tasks-officer-" + language);
        open("/cases");
        accessible("cases-" + language);
        open("/cases/" + id);
        accessible("case-triage-" + language);
        // the triage from the keyboard alone: the arrow picks the first outcome, Tab moves on, Enter sends
        WebElement outcome = field("outcome");
        outcome.sendKeys(Keys.ARROW_DOWN);
        assertThat(new Select(outcome).getFirstSelectedOption().getAttribute("value")).isEqualTo("ACCEPT");
        outcome.sendKeys(Keys.TAB);
        WebElement note = browser.switchTo().activeElement();
        assertThat(note.getAttribute("name")).isEqualTo("note");
        note.sendKeys("Accepted from the keyboard");
        note.sendKeys(Keys.TAB);
        WebElement save = browser.switchTo().activeElement();
        assertThat(save.getAttribute("data-test")).isEqualTo("complete");
        save.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=assessment-form]")));
        new Select(field("novelty")).selectByValue("NO_RELEVANT_PRIOR_ART");
        click(By.cssSelector("[data-test=inventiveStep-4]"));
        click(By.cssSelector("[data-test=industrialApplicability-5]"));
        click(By.cssSelector("[data-test=marketPotential-4]"));
        new Select(field("trl")).selectByValue("4");
        new Select(field("recommendation")).selectByValue("FILE_PATENT");
        accessible("case-assessment-" + language);
        click(By.cssSelector("[data-test=assessment-form] [data-test=complete]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=notice]")));
        signOut();

        signIn("director-a", language);
        open("/decisions");
        accessible("decisions-" + language);
        click(By.cssSelector("[data-test='decide-" + reference(id) + "']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=decision-form]")));
        new Select(field("outcome")).selectByValue("FILE_PATENT");
        type("reason", "A licensee is likely in the region.");
        accessible("case-decision-" + language);
        click(By.cssSelector("[data-test=decision-form] [data-test=complete]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=notice]")));
        signOut();

        signIn("officer-a", language);
        open("/cases/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=filings-form]")));
        type("filings0.office", "WO");
        new Select(field("filings0.kind")).selectByValue("PCT");
        type("filings0.applicationNumber", "PCT/KE2026/" + id);
        type("filings0.filingDate", LocalDate.now().minusDays(5).toString());
        type("filings0.targetOffices", "EP, US");
        accessible("case-filings-" + language);
        click(By.cssSelector("[data-test=filings-form] [data-test=complete]"));
        WebElement deadline = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=filing-WO-PCT] [data-test=deadline]")));
        click(By.cssSelector("[data-test=filing-WO-PCT] [data-test=deadline] summary"));
        WebElement trace = deadline.findElement(By.cssSelector("[data-test=trace]"));
        assertThat(trace.isDisplayed()).as("the trace opens").isTrue();
        assertThat(trace.getText()).contains(words.getProperty("trace.basis"));
        assertThat(browser.findElement(By.cssSelector("[data-test=process-diagram]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        accessible("case-deadlines-" + language);
        open("/deadlines");
        accessible("deadlines-" + language);
        open("/deadline-preview?office=EP&priorityDate=2025-03-31&chapter=I");
        accessible("deadline-preview-" + language);
        signOut();
    }

    @Test
    void theCoordinatorsAndTheReviewersDayInEnglish() throws IOException {
        programmeDay("en", LocalDate.now().getYear() - 1);
    }

    @Test
    void theCoordinatorsAndTheReviewersDayInArabic() throws IOException {
        programmeDay("ar", LocalDate.now().getYear() - 2);
    }

    /**
     * The coordinator of Viet Nam submits a year from the reporting years' page; the reviewer reads the programme
     * view, opens a figure's records, reads the performance report, and approves the year.
     */
    private void programmeDay(String language, int year) throws IOException {
        Properties words = bundle(language);
        signIn("coordinator-vn", language);
        click(By.cssSelector("[data-test=nav-training]"));
        click(By.cssSelector("[data-test=new-training]"));
        field("training-form");
        accessible("training-form-" + language);
        new Select(field("kind")).selectByValue("PATENT_DRAFTING_SEMINAR");
        type("title", "Patent drafting in Hanoi " + language);
        type("startsOn", year + "-05-12");
        type("endsOn", year + "-05-14");
        type("trainers", "WIPO expert");
        click(By.cssSelector("[data-test=invite-UNC]"));
        new Select(field("row-0-institution")).selectByValue("UNC");
        new Select(field("row-0-sex")).selectByValue("FEMALE");
        type("rows0.participants", "7");
        click(By.cssSelector("[data-test=record-training]"));
        assertThat(field("notice").getText()).isEqualTo(words.getProperty("training.recorded"));
        assertThat(field("training-events").getText()).contains("Patent drafting in Hanoi " + language);
        accessible("training-" + language);
        open("/periods");
        accessible("periods-coordinator-" + language);
        click(By.cssSelector("[data-test='submit-VN-" + year + "']"));
        assertThat(field("notice").getText()).isEqualTo(words.getProperty("periods.done.submission"));
        assertThat(field("period-VN-" + year).getText()).contains(words.getProperty("periods.status.SUBMITTED"));
        signOut();

        signIn("reviewer", language);
        click(By.cssSelector("[data-test=nav-programme]"));
        field("programme");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("ar".equals(language) ? "rtl" : "ltr");
        assertThat(browser.findElements(By.cssSelector("[data-test^='figure-']"))).hasSizeGreaterThanOrEqualTo(30);
        accessible("programme-view-" + language);
        click(By.cssSelector("[data-test='drill-PLAN_STAGES-NEEDS_ASSESSED']"));
        field("records");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(words.getProperty(
                "indicator.PLAN_STAGES"));
        accessible("programme-records-" + language);
        open("/programme/report?programme=9");
        assertThat(field("report-lines").findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(field("download-iati").getAttribute("href")).contains("/programme/report/iati?programme=9");
        accessible("performance-report-" + language);
        click(By.cssSelector("[data-test=nav-periods]"));
        click(By.cssSelector("[data-test='approve-VN-" + year + "']"));
        assertThat(field("notice").getText()).isEqualTo(words.getProperty("periods.done.approval"));
        assertThat(field("period-VN-" + year).getText()).contains(words.getProperty("periods.status.APPROVED"));
        accessible("periods-reviewer-" + language);
        signOut();
    }

    private String reference(long id) {
        return jdbc.queryForObject("select reference from disclosure where id = ?", String.class, id);
    }

    /** Signs in from the keyboard alone: the user name, Tab, the password, Enter. */
    private void signIn(String username, String language) {
        open("/login?lang=" + language);
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        // the page gives the user name the focus as it loads (a busy machine may take a moment)
        wait.until(driver -> driver.switchTo().activeElement().equals(name));
        name.sendKeys(username);
        name.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("demo");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=home]")));
    }

    private void signOut() {
        click(By.cssSelector("[data-test=sign-out]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=login-form]")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private WebElement field(String dataTest) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test='" + dataTest + "']")));
    }

    private void type(String dataTest, String text) {
        WebElement input = field(dataTest);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks like a user: the element scrolled into view at once (Bootstrap scrolls smoothly otherwise). */
    private void click(By what) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(what));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** axe-core on the page as it is: no serious or critical violation of WCAG 2.1 A/AA; then a screenshot. */
    private void accessible(String name) throws IOException {
        settled();
        photograph(name);
        Results results;
        try {
            results = axe();
        } catch (WebDriverException busy) {
            // a loaded machine's renderer can drop one command ("aborted by navigation"): once more, when it is still
            settled();
            results = axe();
        }
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(PagesBrowserIT::describe).toList();
        assertThat(serious).as("axe-core on " + name + " (" + browser.getCurrentUrl() + ")").isEmpty();
    }

    private Results axe() {
        return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
    }

    /** The page loaded and no htmx request in flight. */
    private void settled() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request');")));
    }

    /** A photograph of the page for the record; one the renderer could not take twice is left out, not failed. */
    private void photograph(String name) throws IOException {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (WebDriverException busy) {
                settled();
            }
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> node.getTarget() + ": " + node.getFailureSummary()).toList();
    }

    private static Properties bundle(String language) throws IOException {
        Properties words = new Properties();
        String name = "/i18n/messages" + ("en".equals(language) ? "" : "_" + language) + ".properties";
        try (var in = new InputStreamReader(PagesBrowserIT.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }
}
