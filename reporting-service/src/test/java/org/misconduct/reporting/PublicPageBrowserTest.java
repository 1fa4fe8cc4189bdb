package org.misconduct.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.misconduct.contracts.Publisher;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.victimassistance.VictimRegistered;
import org.misconduct.reporting.ledger.LedgerFeed;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.HeadlessBrowser;
import org.misconduct.testinfra.ServiceTestProperties;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The public page in headless Chromium on a phone-sized screen, in French: table, filters, charts and CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.kafka.listener.auto-startup=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPageBrowserTest {

    private static final Instant RECEIVED = Instant.parse("2025-05-03T10:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "reporting_page");
        ServiceTestProperties.registerDisclosureOrderKey(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ApplicationContext context;

    private WebDriver browser;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void threeAllegationsAndABrowser(@TempDir Path profile) {
        LedgerFeed feed = new LedgerFeed(context);
        allegation(feed, "ALG-2025-000001", "MINUSCA", "MC", "XAA", "SA", "SUBSTANTIATED");
        allegation(feed, "ALG-2025-000002", "MINUSCA", "NS", "XBB", "SE", null);
        allegation(feed, "ALG-2025-000003", "UNMISS", "FPU", "XCC", "OTHER_MISCONDUCT", "NOT_SUBSTANTIATED");
        deliver(feed, Topics.INVESTIGATION, new DisciplinaryActionTaken("ALG-2025-000001", "REPATRIATION", "MEMBER_STATE", "MC", "XAA",
                RECEIVED.plus(Duration.ofDays(100))));
        deliver(feed, Topics.INTAKE, new AllegationRegistered("ALG-2024-000009", "UNMISS", "WEB", "INT", null, 1, false,
                Instant.parse("2024-02-01T10:00:00Z")));
        deliver(feed, Topics.INTAKE, new AllegationAssessed("ALG-2024-000009", "OTHER_MISCONDUCT", null, "INT", null, null, 1,
                false, "NORMAL", Instant.parse("2024-02-02T10:00:00Z")));
        // Not listed: one never assessed (its complaint names a nationality), one closed as not concerning UN personnel.
        deliver(feed, Topics.INTAKE, new AllegationRegistered("ALG-2025-000004", "UNMISS", "WEB", "MC", "XDD", 1, false, RECEIVED));
        deliver(feed, Topics.INTAKE, new AllegationRegistered("ALG-2025-000005", "UNMISS", "WEB", "MC", "XEE", 1, false, RECEIVED));
        deliver(feed, Topics.INTAKE, new AllegationAssessed("ALG-2025-000005", "SE", null, "MC", "XEE", null, 1, false, "NORMAL",
                RECEIVED.plus(Duration.ofHours(3))));
        deliver(feed, Topics.INTAKE, new AllegationClosed("ALG-2025-000005", "NOT_UN_PERSONNEL", RECEIVED.plus(Duration.ofHours(4))));
        browser = HeadlessBrowser.start(HeadlessBrowser.PHONE, "fr", profile);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPhoneInFrenchSeesTheTableTheChartsAndTheDownload() throws Exception {
        browser.get(base() + "/");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Allégations d’exploitation");
        List<WebElement> rows = browser.findElements(By.cssSelector("#allegations tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#allegations caption")).getText()).isEqualTo("3 allégations");
        String table = browser.findElement(By.id("allegations")).getText();
        assertThat(table).contains("Contingent militaire", "XAA", "Établie", "Rapatriement", "Atteinte sexuelle", "05/2025");
        assertThat(table).doesNotContain("XBB", "ALG-");
        assertThat(browser.getPageSource()).as("nationalities of allegations not listed").doesNotContain("XDD", "XEE");
        assertThat(browser.findElement(By.id("closed-at-intake")).getText()).contains("doublons").endsWith(" : 1.");

        assertThat(browser.findElements(By.cssSelector("#chart-years .bar-row"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#chart-years rect"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-nationalities .bar-label")).stream().map(WebElement::getText))
                .containsExactly("XAA", "XCC");
        assertThat(browser.findElements(By.cssSelector("#chart-statuses .bar-row"))).hasSize(3);

        JavascriptExecutor script = (JavascriptExecutor) browser;
        assertThat((Boolean) script.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling of the page on a phone").isTrue();
        assertThat(script.executeScript("return getComputedStyle(document.querySelector('.filters button')).backgroundColor"))
                .as("the stylesheet is allowed by the content security policy").isEqualTo("rgb(11, 92, 173)");
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) script.executeScript(
                "return performance.getEntriesByType('resource').map(function (entry) { return entry.name; })");
        assertThat(resources).isNotEmpty().allSatisfy(resource -> assertThat(resource).startsWith(base()));

        String csv = browser.findElement(By.id("csv")).getAttribute("href");
        assertThat(csv).contains("format=csv", "year=2025");
        HttpResponse<String> download = client.send(HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(download.body().split("\r\n")).hasSize(4);
    }

    @Test
    void theFiltersNarrowTheTableAndTheLanguageCanBeSwitched() {
        browser.get(base() + "/");
        new Select(browser.findElement(By.name("mission"))).selectByValue("MINUSCA");
        new Select(browser.findElement(By.name("personnelCategory"))).selectByValue("MC");
        browser.findElement(By.cssSelector(".filters button")).click();
        waitFor(ExpectedConditions.urlContains("mission=MINUSCA"));

        assertThat(browser.getCurrentUrl()).contains("mission=MINUSCA", "personnelCategory=MC");
        assertThat(browser.findElements(By.cssSelector("#allegations tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.id("csv")).getAttribute("href")).contains("mission=MINUSCA", "personnelCategory=MC");

        new Select(browser.findElement(By.name("year"))).selectByValue("all");
        new Select(browser.findElement(By.name("mission"))).selectByValue("");
        new Select(browser.findElement(By.name("personnelCategory"))).selectByValue("");
        browser.findElement(By.cssSelector(".filters button")).click();
        waitFor(ExpectedConditions.urlContains("year=all"));
        assertThat(browser.findElements(By.cssSelector("#allegations tbody tr"))).hasSize(4);

        browser.findElement(By.linkText("English")).click();
        waitFor(ExpectedConditions.urlContains("lang=en"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Allegations of sexual exploitation");
        assertThat(browser.findElement(By.id("allegations")).getText()).contains("Military contingent", "Substantiated");
    }

    @Test
    void thePageComesWithAStrictContentSecurityPolicyAndTheCouncilReportNeedsAToken() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base() + "/"))
                .header("Accept-Language", "de-CH, fr;q=0.8, en;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "style-src 'self'", "frame-ancestors 'none'").doesNotContain("script-src"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("lang=\"fr\"").doesNotContain("<script", "http://", "https://", "style=");

        HttpResponse<String> report = client.send(HttpRequest.newBuilder(URI.create(base() + "/council-reports/2025")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(401);
    }

    private void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }

    private void allegation(LedgerFeed feed, String ref, String mission, String category, String nationality, String type, String finding) {
        deliver(feed, Topics.INTAKE, new AllegationRegistered(ref, mission, "WEB", category, nationality, 1, false, RECEIVED));
        deliver(feed, Topics.INTAKE, new AllegationAssessed(ref, type, null, category, nationality, null, 1, false, "NORMAL",
                RECEIVED.plus(Duration.ofHours(3))));
        deliver(feed, Topics.INTAKE, new AllegationReferred(ref, mission, type, null, category, nationality, null, 1, false, "NORMAL",
                "OIOS", RECEIVED, RECEIVED.plus(Duration.ofDays(1))));
        deliver(feed, Topics.VICTIM_ASSISTANCE, new VictimRegistered(ref, ref + "-V1", "MINOR", "FEMALE", RECEIVED.plus(Duration.ofDays(2))));
        if (finding != null) {
            deliver(feed, Topics.INVESTIGATION, new InvestigationCompleted(ref, finding, "OIOS", RECEIVED.plus(Duration.ofDays(1)),
                    RECEIVED.plus(Duration.ofDays(91)), 90, true));
        }
    }

    private void deliver(LedgerFeed feed, String topic, PublishedEvent event) {
        feed.deliver(topic, event.key(), codec.encode(event, UUID.randomUUID().toString(), Publisher.ofTopic(topic).orElseThrow().source(), RECEIVED));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
