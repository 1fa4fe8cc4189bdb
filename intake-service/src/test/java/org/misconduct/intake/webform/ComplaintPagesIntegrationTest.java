package org.misconduct.intake.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misconduct.contracts.Publisher;
import org.misconduct.testinfra.HeadlessBrowser;
import org.misconduct.testinfra.ServiceTestProperties;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public pages in a real browser on a small phone, against real PostgreSQL and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DirtiesContext
class ComplaintPagesIntegrationTest {

    private static final String NARRATIVE = "Un soldat a demandé des rapports sexuels en échange de nourriture près du camp.";
    private static final Pattern CODE = Pattern.compile("id=\"follow-up-code\"[^>]*>([^<]+)<");
    private static final Pattern REFERENCE = Pattern.compile("id=\"case-reference\"[^>]*>([^<]+)<");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "intake_webform_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        // This database numbers its cases from 1 like the flow test's: its events go to a topic of their
        // own, and it consumes nothing, so neither test sees the other's cases on the shared broker.
        registry.add("misconduct.publication.topic", () -> "misconduct.intake.v1.webform-pages-test");
        registry.add("misconduct.publication.source", () -> Publisher.INTAKE.source().toString());
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
    }

    @TempDir
    static Path browserProfile;
    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc http;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessBrowser.start(HeadlessBrowser.PHONE, "fr", browserProfile);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aComplaintInFrenchIsSentWithTheKeyboardAndFollowedUpWithItsCode() {
        open("/");
        assertThat(htmlAttribute("lang")).isEqualTo("fr");
        assertThat(htmlAttribute("dir")).isEqualTo("ltr");
        assertThat(labelOf("description")).contains("Ce qui s'est passé", "(obligatoire)");
        assertThat(labelOf("name")).contains("Votre nom", "(facultatif)");
        assertThat(text("main")).contains("Vous n'avez pas à donner votre nom.");
        assertNoHorizontalScroll();

        new Select(browser.findElement(By.id("mission"))).selectByValue("MINUSCA");
        browser.findElement(By.id("description")).sendKeys(NARRATIVE);
        browser.findElement(By.id("minorInvolved-no")).click();
        List<String> reached = tabToAndPress("send-complaint", Keys.ENTER);
        assertThat(reached).contains("incidentDate", "location", "attachment", "personnelCategory", "allegedNationality", "victimCount",
                "name", "contact", "send-complaint");

        awaitElement("follow-up-code");
        assertThat(browser.getTitle()).startsWith("Votre plainte a bien été reçue");
        assertThat(text(".warning")).contains("Gardez ce code en lieu sûr", "ne peut pas être retrouvé");
        String caseReference = text("#case-reference");
        String code = text("#follow-up-code");
        assertThat(caseReference).matches("ALG-\\d{4}-\\d{6}");
        assertThat(code).matches("[2-9A-Z]{4}(-[2-9A-Z]{4}){4}");
        assertThat(browser.getCurrentUrl()).doesNotContain(code).endsWith("/complaints");
        assertNoHorizontalScroll();

        browser.findElement(By.linkText("Suivre votre plainte")).click();
        awaitElement("followUpCode");
        assertThat(htmlAttribute("lang")).isEqualTo("fr");
        browser.findElement(By.id("caseReference")).sendKeys(caseReference);
        browser.findElement(By.id("followUpCode")).sendKeys(code.toLowerCase(), Keys.ENTER);

        awaitElement("status");
        assertThat(text("#status")).isEqualTo("Reçue");
        assertThat(text("main")).contains("Il n'y a pas encore de message.");
        assertThat(browser.getCurrentUrl()).doesNotContain(code);
        assertNoHorizontalScroll();

        browser.findElement(By.id("text")).sendKeys("J'ai une photo de la plaque du véhicule.");
        browser.findElement(By.id("send-message-button")).click();
        awaitElement("message-sent");
        assertThat(text("#thread")).contains("Vous", "J'ai une photo de la plaque du véhicule.");
        assertThat(browser.getCurrentUrl()).doesNotContain(code).endsWith("/follow-up/messages");
        assertNoHorizontalScroll();
    }

    @Test
    void anArabicComplaintThroughTheLanguageSwitchIsWrittenRightToLeft() {
        open("/");
        browser.findElement(By.cssSelector("nav.languages button[lang='ar']")).click();
        awaitLanguage("ar");
        assertThat(htmlAttribute("dir")).isEqualTo("rtl");
        assertThat(labelOf("description")).contains("ما الذي حدث", "(مطلوب)");
        assertThat(text("legend")).isEqualTo("ما الذي حدث");
        assertNoHorizontalScroll();

        new Select(browser.findElement(By.id("mission"))).selectByValue("UNMISS");
        browser.findElement(By.id("description")).sendKeys("جندي طلب مني أشياء مقابل الطعام قرب المخيم.");
        browser.findElement(By.id("send-complaint")).click();

        awaitElement("follow-up-code");
        assertThat(htmlAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("تم استلام شكواك");
        assertThat(browser.findElement(By.id("follow-up-code")).getAttribute("dir")).isEqualTo("ltr");
        String code = text("#follow-up-code");
        String caseReference = text("#case-reference");
        assertNoHorizontalScroll();

        // Switching language on the receipt keeps the receipt, and the code stays out of the URL.
        browser.findElement(By.cssSelector("nav.languages button[lang='en']")).click();
        awaitLanguage("en");
        assertThat(htmlAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your complaint has been received");
        assertThat(text("#follow-up-code")).isEqualTo(code);
        assertThat(text("#case-reference")).isEqualTo(caseReference);
        assertThat(browser.getCurrentUrl()).doesNotContain(code);
    }

    @Test
    void switchingLanguageOnTheFormKeepsWhatWasTypedAndRegistersNothing() {
        long eventsBefore = storedEvents();
        open("/?lang=fr");
        String token = browser.findElement(By.name("formToken")).getAttribute("value");
        new Select(browser.findElement(By.id("mission"))).selectByValue("UNMISS");
        browser.findElement(By.id("description")).sendKeys(NARRATIVE);
        browser.findElement(By.id("location")).sendKeys("Près du camp");
        browser.findElement(By.id("minorInvolved-yes")).click();

        browser.findElement(By.cssSelector("nav.languages button[lang='sw']")).click();
        awaitLanguage("sw");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Toa malalamiko");
        assertThat(labelOf("description")).doesNotContain("Ce qui s'est passé");
        assertThat(browser.findElement(By.id("description")).getAttribute("value")).isEqualTo(NARRATIVE);
        assertThat(browser.findElement(By.id("location")).getAttribute("value")).isEqualTo("Près du camp");
        assertThat(new Select(browser.findElement(By.id("mission"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("UNMISS");
        assertThat(browser.findElement(By.id("minorInvolved-yes")).isSelected()).isTrue();
        assertThat(browser.findElement(By.name("formToken")).getAttribute("value")).isEqualTo(token);
        assertThat(browser.findElement(By.name("lang")).getAttribute("value")).isEqualTo("sw");
        assertThat(browser.findElements(By.cssSelector(".error-summary, .error-message"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("nav.languages button[aria-current='true']")).getAttribute("lang")).isEqualTo("sw");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertNoHorizontalScroll();

        // Enter in a field still sends the complaint, not a change of language.
        browser.findElement(By.id("location")).sendKeys(Keys.ENTER);
        awaitElement("follow-up-code");
        assertThat(htmlAttribute("lang")).isEqualTo("sw");
        assertThat(storedEvents()).isGreaterThan(eventsBefore);
    }

    @Test
    void switchingLanguageAfterAnErrorKeepsTheTextWithoutJudgingItAgain() throws Exception {
        long eventsBefore = storedEvents();
        String token = UUID.randomUUID().toString();
        String page = http.perform(post("/complaints").param("lang", "es").param("switchLanguage", "ar").param("formToken", token)
                        .param("description", "corto <b>").param("name", "Amina").param("victimCount", "many"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">", "value=\"" + token + "\"", "corto &lt;b&gt;</textarea>",
                "value=\"Amina\"", "value=\"many\"", "name=\"lang\" value=\"ar\"");
        assertThat(page).doesNotContain("error-summary", "error-message", "follow-up-code");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anErasedMessageReadsAsErasedInEveryLanguage() throws Exception {
        String receipt = submitByForm("en", UUID.randomUUID().toString()).getResponse().getContentAsString();
        String caseReference = group(REFERENCE, receipt);
        String code = group(CODE, receipt);
        http.perform(post("/follow-up/messages").param("lang", "en")
                        .param("caseReference", caseReference).param("followUpCode", code).param("text", "My cousin saw it too."))
                .andExpect(status().isOk());
        http.perform(delete("/api/v1/allegations/{ref}/complainant-personal-data", caseReference)
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_intake-officer"))))
                .andExpect(status().isNoContent());

        Map<String, String> erased = Map.of("en", "This message was erased.", "fr", "Ce message a été effacé.",
                "es", "Este mensaje fue borrado.", "ar", "تم محو هذه الرسالة.", "ru", "Это сообщение было стёрто.",
                "zh", "此消息已被清除。", "sw", "Ujumbe huu ulifutwa.");
        for (Map.Entry<String, String> language : erased.entrySet()) {
            String page = awaitPage(() -> http.perform(post("/follow-up").param("lang", language.getKey())
                            .param("caseReference", caseReference).param("followUpCode", code))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(), language.getValue());
            assertThat(page).as(language.getKey()).contains("message-erased").doesNotContain("My cousin saw it too.");
        }
    }

    @Test
    void switchingLanguageWhileFollowingUpKeepsTheCodeAndTheUnsentMessage() throws Exception {
        String receipt = submitByForm("fr", UUID.randomUUID().toString()).getResponse().getContentAsString();
        String caseReference = group(REFERENCE, receipt);
        String code = group(CODE, receipt);

        open("/follow-up?lang=fr");
        browser.findElement(By.id("caseReference")).sendKeys(caseReference);
        browser.findElement(By.id("followUpCode")).sendKeys(code);
        browser.findElement(By.cssSelector("nav.languages button[lang='zh']")).click();
        awaitLanguage("zh");
        assertThat(browser.findElement(By.id("caseReference")).getAttribute("value")).isEqualTo(caseReference);
        assertThat(browser.findElement(By.id("followUpCode")).getAttribute("value")).isEqualTo(code);
        assertThat(browser.findElements(By.cssSelector(".error-summary, #status"))).isEmpty();
        assertThat(browser.getCurrentUrl()).doesNotContain(code);
        browser.findElement(By.id("caseReference")).sendKeys(Keys.ENTER);

        awaitElement("status");
        String draft = "Il y avait deux soldats.\nLe second portait un casque bleu.";
        browser.findElement(By.id("text")).sendKeys(draft);
        browser.findElement(By.cssSelector("nav.languages button[lang='es']")).click();
        awaitLanguage("es");
        assertThat(text("#status")).isEqualTo("Recibida");
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo(draft);
        assertThat(browser.findElements(By.cssSelector("#thread, #message-sent, .error-summary"))).isEmpty();
        assertThat(browser.getCurrentUrl()).doesNotContain(code);
        assertNoHorizontalScroll();

        browser.findElement(By.id("send-message-button")).click();
        awaitElement("message-sent");
        assertThat(text("#thread")).contains("Le second portait un casque bleu.");
    }

    @Test
    void aTooShortDescriptionIsExplainedBesideTheFieldAndNothingIsStored() {
        long eventsBefore = storedEvents();
        open("/?lang=es");
        new Select(browser.findElement(By.id("mission"))).selectByValue("MONUSCO");
        browser.findElement(By.id("description")).sendKeys("corto");
        browser.findElement(By.id("name")).sendKeys("Amina");
        browser.findElement(By.id("send-complaint")).click();

        awaitElement("description-error");
        assertThat(htmlAttribute("lang")).isEqualTo("es");
        WebElement field = browser.findElement(By.id("description")).findElement(By.xpath(".."));
        assertThat(field.findElement(By.id("description-error")).getText())
                .contains("Escriba al menos 10 caracteres (como máximo 20.000).");
        assertThat(browser.findElement(By.id("description")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("description")).getAttribute("aria-describedby")).contains("description-error");
        assertThat(text(".error-summary")).contains("Revise lo siguiente:", "Escriba al menos 10 caracteres");
        assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#description");
        assertThat(browser.findElement(By.id("description")).getAttribute("value")).isEqualTo("corto");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Amina");
        assertThat(new Select(browser.findElement(By.id("mission"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("MONUSCO");
        assertNoHorizontalScroll();
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aWrongCodeAndAnUnknownCaseGetTheSameNotFound() throws Exception {
        String receipt = submitByForm("sw", UUID.randomUUID().toString()).getResponse().getContentAsString();
        String caseReference = group(REFERENCE, receipt);

        String wrongCode = http.perform(post("/follow-up").param("lang", "sw")
                        .param("caseReference", caseReference).param("followUpCode", "AAAA-BBBB-CCCC-DDDD-EEEE"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String unknownCase = http.perform(post("/follow-up").param("lang", "sw")
                        .param("caseReference", "ALG-1999-999999").param("followUpCode", "AAAA-BBBB-CCCC-DDDD-EEEE"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(wrongCode).contains("Hatukuweza kupata malalamiko haya", "Namba ya kesi au msimbo wa kufuatilia si sahihi.");
        assertThat(unknownCase.replace("ALG-1999-999999", caseReference)).isEqualTo(wrongCode);
        assertThat(wrongCode).doesNotContain("AAAA-BBBB");

        open("/follow-up?lang=ru");
        browser.findElement(By.id("caseReference")).sendKeys(caseReference);
        browser.findElement(By.id("followUpCode")).sendKeys("AAAA-BBBB-CCCC-DDDD-EEEE", Keys.ENTER);
        awaitElement("not-found");
        assertThat(text("#not-found")).contains("Мы не нашли эту жалобу");
        assertNoHorizontalScroll();
    }

    @Test
    void theSameFormPostedTwiceRegistersOneComplaintAndItsPagesAreNotStored() throws Exception {
        String token = UUID.randomUUID().toString();
        MvcResult first = submitByForm("fr", token);
        MvcResult second = submitByForm("fr", token);
        String receipt = first.getResponse().getContentAsString();
        assertThat(group(REFERENCE, second.getResponse().getContentAsString())).isEqualTo(group(REFERENCE, receipt));
        assertThat(group(CODE, second.getResponse().getContentAsString())).isEqualTo(group(CODE, receipt));
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(first.getResponse().getHeader("Location")).isNull();
        assertThat(first.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'", "default-src 'none'");
        assertThat(first.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(receipt).doesNotContain("<script>", "style=\"", "onclick", "http://", "https://");

        http.perform(post("/follow-up").param("lang", "zh")
                        .param("caseReference", group(REFERENCE, receipt).toLowerCase()).param("followUpCode", group(CODE, receipt)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已收到")));
    }

    @Test
    void aMessageTooLongOrEmptyIsRefusedInTheChosenLanguage() throws Exception {
        String receipt = submitByForm("ru", UUID.randomUUID().toString()).getResponse().getContentAsString();
        http.perform(post("/follow-up/messages").param("lang", "ru")
                        .param("caseReference", group(REFERENCE, receipt)).param("followUpCode", group(CODE, receipt))
                        .param("text", "x".repeat(5001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Сообщение слишком длинное. Наибольшее допустимое число символов: 5")));
        http.perform(post("/follow-up/messages").param("lang", "ru")
                        .param("caseReference", group(REFERENCE, receipt)).param("followUpCode", group(CODE, receipt))
                        .param("text", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Пожалуйста, напишите сообщение.")));
    }

    @Test
    void reloadingThePageAfterSendingAMessageDoesNotSendItTwice() throws Exception {
        String receipt = submitByForm("en", UUID.randomUUID().toString()).getResponse().getContentAsString();
        for (int post = 0; post < 2; post++) {
            http.perform(post("/follow-up/messages").param("lang", "en")
                            .param("caseReference", group(REFERENCE, receipt)).param("followUpCode", group(CODE, receipt))
                            .param("text", "The car had the number plate UN-1234."))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Your message has been sent.")));
        }
        String thread = http.perform(post("/follow-up").param("lang", "en")
                        .param("caseReference", group(REFERENCE, receipt)).param("followUpCode", group(CODE, receipt)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(thread.split("The car had the number plate UN-1234.", -1)).hasSize(2);
    }

    @Test
    void theAddressOfAnAnswerOpenedDirectlyLeadsBackToItsForm() throws Exception {
        http.perform(get("/complaints").param("lang", "ar"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/?lang=ar"));
        http.perform(get("/follow-up/messages").header("Accept-Language", "ru"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/follow-up?lang=ru"));
    }

    @Test
    void theLanguageComesFromTheBrowserUnlessTheSwitchSaysOtherwise() throws Exception {
        http.perform(get("/").header("Accept-Language", "de-DE, sw;q=0.8, fr;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"sw\" dir=\"ltr\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Toa malalamiko")));
        http.perform(get("/follow-up").header("Accept-Language", "sw").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"zh\" dir=\"ltr\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("查询投诉进展")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"switchLanguage\" class=\"link-button\" value=\"ar\"")));
        http.perform(get("/").header("Accept-Language", "de"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\" dir=\"ltr\">")));
        http.perform(get("/assets/webform.css")).andExpect(status().isOk());
        http.perform(get("/assets/webform.js")).andExpect(status().isOk());
    }

    @Test
    void anErrorPageSpeaksTheChosenLanguage() {
        open("/error?lang=sw");
        assertThat(htmlAttribute("lang")).isEqualTo("sw");
        assertThat(text("h1")).isEqualTo("Samahani, hitilafu imetokea");
        open("/error?lang=ar");
        assertThat(htmlAttribute("dir")).isEqualTo("rtl");
        assertNoHorizontalScroll();
    }

    @Test
    void everyFieldHasALabel() {
        open("/?lang=zh");
        List<WebElement> fields = browser.findElements(By.cssSelector("main input:not([type='hidden']), main select, main textarea"));
        assertThat(fields).hasSizeGreaterThan(10);
        for (WebElement field : fields) {
            String id = field.getAttribute("id");
            assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
            assertThat(labelOf(id)).as(id).isNotBlank().doesNotContain("??");
        }
        assertThat(browser.findElements(By.cssSelector("fieldset > legend"))).hasSizeGreaterThanOrEqualTo(4);
    }

    private MvcResult submitByForm(String lang, String formToken) throws Exception {
        return http.perform(post("/complaints").param("lang", lang).param("formToken", formToken)
                        .param("mission", "MINUSCA").param("description", NARRATIVE).param("minorInvolved", "unknown"))
                .andExpect(status().isOk())
                .andReturn();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private List<String> tabToAndPress(String targetId, Keys key) {
        Set<String> reached = new LinkedHashSet<>();
        browser.findElement(By.id("mission")).click();
        for (int presses = 0; presses < 60; presses++) {
            WebElement active = browser.switchTo().activeElement();
            reached.add(active.getAttribute("id"));
            if (targetId.equals(active.getAttribute("id"))) {
                active.sendKeys(key);
                return new ArrayList<>(reached);
            }
            // Through the browser rather than the element: keys sent to a file field are taken for a file's path.
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + targetId + "; reached " + reached);
    }

    private void awaitElement(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /**
     * The page in this language. Read in one script, with no element held between calls: while the new page loads the
     * old document goes away, which the browser reports as a stale element or, for a node it has already dropped, as
     * an unknown error; either only means "not yet".
     */
    private void awaitLanguage(String tag) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(driver -> tag.equals(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang")));
    }

    private void assertNoHorizontalScroll() {
        assertThat(((JavascriptExecutor) browser).executeScript("return window.innerWidth")).isEqualTo(360L);
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth + ' > ' + window.innerWidth");
        assertThat(fits).as("no horizontal scroll on %s (%s)", browser.getCurrentUrl(), widths).isEqualTo(Boolean.TRUE);
    }

    private String htmlAttribute(String name) {
        return browser.findElement(By.tagName("html")).getAttribute(name);
    }

    private String labelOf(String id) {
        return browser.findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }

    private String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private interface PageRequest {
        String perform() throws Exception;
    }

    /** The page once it shows {@code expected}: erasure reaches the follow-up through the projections. */
    private static String awaitPage(PageRequest request, String expected) throws Exception {
        return await("the page showing " + expected).atMost(Duration.ofSeconds(20))
                .until(request::perform, page -> page.contains(expected));
    }

    private static String group(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1).strip();
    }
}
