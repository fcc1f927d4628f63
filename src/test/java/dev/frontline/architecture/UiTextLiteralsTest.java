package dev.frontline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The build fails when a view passes a user-facing text to a component as a Java string instead of a bundle key: every
 * string literal in a {@code ..ui..} package (comments skipped) that reads like words is reported, unless it is an
 * i18n key, a component id or CSS, a format pattern, or a developer's message (exceptions, logs). What a user reads
 * comes from vaadin-i18n/translations*.properties, in their language.
 */
class UiTextLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/frontline");

    /** Two words, or one capitalised word, or a word glued to spaces (" min", "Week "): prose or a piece of it. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9]+[ \u00a0]+[A-Za-z]{2,}|^[A-Z][a-z]{2,}$|^\\s+[A-Za-z]{2,}|[A-Za-z]{2,}\\s+$");

    /** Keys, ids, CSS, date and number patterns, attribute names, paths and media types. */
    private static final List<Pattern> NOT_TEXT = List.of(
            Pattern.compile("^[a-z0-9_-]+(\\.[A-Za-z0-9_{}-]+)+\\.?$"), // i18n key or key prefix
            Pattern.compile("^[a-z0-9-]+$"), // id, class name, theme variant
            Pattern.compile("^--?[a-z-]+|var\\(|[0-9.]+(px|em|rem|%|vw|vh)\\b|^[a-z-]+: |calc\\("), // CSS
            Pattern.compile("^[EMdyHhmsSaXxzZuLQw ,.:/'-]+$"), // date-time pattern
            Pattern.compile("^[#0.,%‰ ]+$"), // number pattern
            Pattern.compile("^(text|application|image)/"), // media type
            Pattern.compile("^[A-Z_]+$")); // enum constant name

    /** Literals that are fine in views, each with why. */
    private static final Set<String> ALLOWED = Set.of(
            "Frontline" // the product's name, the same in every language
    );

    private static final Pattern DEVELOPER_CONTEXT = Pattern.compile(
            "(Exception|Error)\\([^;]*$|\\blog(ger)?\\.[a-z]+\\([^;]*$|LOG\\.[a-z]+\\([^;]*$|assert[^;]*$|"
                    + "requireNonNull\\([^;]*$|executeJs\\([^;]*$|callJsFunction\\([^;]*$|@[A-Za-z]+\\([^)]*$|"
                    + "fieldByEngineName\\.put\\([^;]*$|\\bcase\\s*$|setProperty\\([^;]*$|setAttribute\\([^;]*$|getStyle\\(\\)[^;]*$|addClassName[^;]*$");

    @Test
    void viewsTakeTheirTextsFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/ui/"))
                    .forEach(p -> found.addAll(scan(p)));
        }
        assertThat(found).as("user-facing literals in views; put them in vaadin-i18n/translations*.properties")
                .isEmpty();
    }

    @Test
    void theScanTellsTextFromKeysIdsAndCss() {
        assertThat(List.of("Save", "Who could take this gap?", " min", "Week ", "1 days"))
                .allMatch(UiTextLiteralsTest::isText);
        assertThat(List.of("roster.title", "roster-solve", "var(--lumo-space-m)", "EEE d MMM", "#,##0.0", "ACTIVE",
                "Frontline", "width: 100%", "text/csv", "x")).noneMatch(UiTextLiteralsTest::isText);
    }

    static List<String> scan(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>();
        StringBuilder code = new StringBuilder(); // the source without comments, literals kept, for context
        int line = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
                line++;
                code.append('\n');
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end + 1;
            } else if (c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != '\'') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                code.append(source, i, end + 1);
                i = end;
            } else if (c == '"') {
                if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                    code.append("\"\"");
                    i = end + 2;
                    continue;
                }
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String literal = source.substring(i + 1, end);
                String before = code.substring(Math.max(0, code.length() - 300));
                if (isText(literal) && !DEVELOPER_CONTEXT.matcher(before).find()) {
                    found.add(SOURCES.relativize(file) + ":" + line + " \"" + literal + "\"");
                }
                code.append('"').append(literal).append('"');
                i = end;
            } else {
                code.append(c);
            }
        }
        return found;
    }

    static boolean isText(String literal) {
        String text = literal.strip();
        if (text.isEmpty() || ALLOWED.contains(text) || !WORDS.matcher(literal).find()) {
            return false;
        }
        boolean fragment = !text.equals(literal); // " min", "Week ": a piece of a sentence glued together in code
        return fragment || NOT_TEXT.stream().noneMatch(p -> p.matcher(text).find());
    }
}
