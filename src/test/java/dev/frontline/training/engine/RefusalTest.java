package dev.frontline.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.frontline.shared.text.Messages;

/** A refusal is one sentence of the bundles, read in English by the CLI and logs and in the reader's language elsewhere. */
class RefusalTest {

    private static final Path TRAINING = Path.of("src/main/java/dev/frontline/training");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void theEnglishReadingIsTheBundlesEnglishWithTheLocalesDates() {
        Refusal refusal = Refusal.of("completed_on", "after-exit", "E01234", LocalDate.of(2026, 3, 31));
        assertThat(refusal.english())
                .isEqualTo("Agent E01234 left on Mar 31, 2026; nothing can be planned or recorded from then on.");
        assertThat(refusal.phrase().render(Locale.forLanguageTag("pl")))
                .isEqualTo("Konsultant E01234 odszedł 31 mar 2026; od tego dnia nie można niczego planować ani wpisywać.");
        assertThat(refusal.phrase().render(Locale.forLanguageTag("tr")))
                .startsWith("E01234 temsilcisi 31 Mar 2026 tarihinde ayrıldı;");
    }

    /** Every code a training rule refuses with (the second argument of each {@code Refusal.of}) is in every bundle. */
    @Test
    void everyCodeUsedHasASentenceInEveryLanguage() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TRAINING)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (int at = source.indexOf("Refusal.of("); at >= 0; at = source.indexOf("Refusal.of(", at + 1)) {
                    List<String> arguments = arguments(source, at + "Refusal.of(".length());
                    if (arguments.size() >= 2) {
                        Matcher literal = LITERAL.matcher(arguments.get(1));
                        while (literal.find()) {
                            codes.add(literal.group(1));
                        }
                    }
                }
            }
        }
        assertThat(codes).as("codes found in the sources").contains("cycle", "unknown-site", "unknown-team", "required")
                .hasSizeGreaterThan(30);
        for (String code : codes) {
            for (Locale language : Messages.LANGUAGES) {
                assertThat(Messages.pattern("training.refusal." + code, language))
                        .as(code + " in " + language).isPresent();
            }
        }
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                for (i++; source.charAt(i) != '"'; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                arguments.add(source.substring(start, i));
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(source.substring(start, i));
                start = i + 1;
            }
        }
        return arguments;
    }
}
