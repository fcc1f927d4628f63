package dev.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;
import dev.frontline.shared.text.Messages;

/**
 * The build fails when a UI text exists in one language and not in another: English (translations.properties),
 * Turkish and Polish have the same keys, every text parses as an ICU message with the same arguments in every
 * language, and the Bean Validation messages are complete in the three languages too.
 */
class BundleCompletenessTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"tr", "pl"})
    void everyUiTextIsTranslated(String language) {
        Map<String, String> english = load("vaadin-i18n/translations.properties");
        Map<String, String> other = load("vaadin-i18n/translations_" + language + ".properties");
        assertThat(missing(english, other)).as("keys of translations.properties missing in _%s", language).isEmpty();
        assertThat(missing(other, english)).as("keys of translations_%s.properties that English lacks", language)
                .isEmpty();
        assertThat(other.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey))
                .as("empty texts in _%s", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_tr", "_pl"})
    void everyTextIsAnIcuMessageWithTheArgumentsOfTheEnglishOne(String suffix) {
        Map<String, String> english = load("vaadin-i18n/translations.properties");
        Map<String, String> texts = load("vaadin-i18n/translations" + suffix + ".properties");
        Map<String, String> problems = new TreeMap<>();
        texts.forEach((key, text) -> {
            try {
                new MessageFormat(text, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                problems.put(key, "not an ICU message: " + e.getMessage());
                return;
            }
            if (english.containsKey(key) && !arguments(text).equals(arguments(english.get(key)))) {
                problems.put(key, "arguments " + arguments(text) + ", English has " + arguments(english.get(key)));
            }
        });
        assertThat(problems).as("texts of translations%s.properties", suffix).isEmpty();
    }

    @Test
    void englishIsTheBaseBundleEvenOnAServerWhoseDefaultLocaleIsAnother() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Map<String, String> english = load("vaadin-i18n/translations.properties");
            english.forEach((key, text) -> assertThat(Messages.pattern(key, Locale.ENGLISH)).as(key).contains(text));
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "pl"})
    void everyValidationMessageIsTranslated(String language) {
        Map<String, String> english = load("ValidationMessages.properties");
        Map<String, String> other = load("ValidationMessages_" + language + ".properties");
        assertThat(missing(english, other)).as("ValidationMessages keys missing in _%s", language).isEmpty();
        assertThat(missing(other, english)).as("ValidationMessages_%s keys that English lacks", language).isEmpty();
    }

    private static Set<String> missing(Map<String, String> from, Map<String, String> in) {
        Set<String> keys = new TreeSet<>(from.keySet());
        keys.removeAll(in.keySet());
        return keys;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
