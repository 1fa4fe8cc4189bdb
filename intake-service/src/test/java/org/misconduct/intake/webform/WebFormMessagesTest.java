package org.misconduct.intake.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.intake.allegation.AllegationStatus;

/** Every language has every text the pages use, and its patterns format. */
class WebFormMessagesTest {

    @Test
    void everyLanguageTranslatesEveryText() throws IOException {
        Properties english = load("messages.properties");
        for (WebFormLanguages.Language language : WebFormLanguages.ALL) {
            if (language == WebFormLanguages.ENGLISH) {
                continue;
            }
            Properties translated = load("messages_" + language.tag() + ".properties");
            assertThat(translated.stringPropertyNames()).as(language.tag()).isEqualTo(english.stringPropertyNames());
            translated.stringPropertyNames().forEach(key -> {
                assertThat(translated.getProperty(key)).as(language.tag() + " " + key).isNotBlank();
                if (translated.getProperty(key).contains("{0}")) {
                    assertThat(new MessageFormat(translated.getProperty(key), language.locale()).format(new Object[] {10, 20_000}))
                            .as(language.tag() + " " + key).doesNotContain("{0}", "{1}");
                }
            });
        }
    }

    /**
     * In Russian and Arabic the noun after a number takes a form that depends on the number (1, 2-4,
     * 5-20, 21... in Russian; 1, 2, 3-10, 11-99, 100... in Arabic), which a plain pattern cannot follow,
     * while the counts come from the validation limits. So there the count closes its phrase
     * ("number of characters: 500") instead of standing before a noun ("500 characters").
     */
    @Test
    void inLanguagesWithManyPluralFormsNoNounFollowsACount() throws IOException {
        Pattern countBeforeWord = Pattern.compile("\\{\\d+}\\s*\\p{L}");
        for (String language : List.of("ru", "ar")) {
            Properties translated = load("messages_" + language + ".properties");
            translated.stringPropertyNames().forEach(key -> assertThat(countBeforeWord.matcher(translated.getProperty(key)).find())
                    .as(language + " " + key + ": " + translated.getProperty(key)).isFalse());
        }
    }

    @Test
    void everyStatusAndPersonnelCategoryHasItsText() throws IOException {
        Properties english = load("messages.properties");
        for (AllegationStatus status : AllegationStatus.values()) {
            assertThat(english).containsKeys("status." + status, "status." + status + ".description");
        }
        for (PersonnelCategory category : PersonnelCategory.values()) {
            assertThat(english).containsKey("personnel." + category);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WebFormMessagesTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
