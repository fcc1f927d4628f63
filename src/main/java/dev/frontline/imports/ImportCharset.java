package dev.frontline.imports;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/**
 * The character sets an import file may be read in. UTF-8 (with or without a byte-order mark) is the default and is
 * decoded strictly: a file with a byte that is not UTF-8 is refused naming its line, never silently mangled. Older
 * ACDs and spreadsheets in Turkish and Polish centres write the Windows or ISO code pages named here; the planner picks
 * one explicitly.
 */
public enum ImportCharset {
    UTF_8("UTF-8"),
    WINDOWS_1254("windows-1254"),
    WINDOWS_1250("windows-1250"),
    ISO_8859_9("ISO-8859-9"),
    ISO_8859_2("ISO-8859-2");

    private final String label;

    ImportCharset(String label) {
        this.label = label;
    }

    /** The name users type and see: {@code UTF-8}, {@code windows-1254}, ... */
    public String label() {
        return label;
    }

    public Charset charset() {
        return Charset.forName(label);
    }

    /** The character set a user named (any case, "_" or "-"); null or blank is UTF-8. */
    public static ImportCharset named(String name) {
        if (name == null || name.isBlank()) {
            return UTF_8;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(c -> c.label.toUpperCase(Locale.ROOT).equals(wanted)
                        || c.label.toUpperCase(Locale.ROOT).replace("WINDOWS-", "CP").equals(wanted))
                .findFirst()
                .orElseThrow(() -> new RefusedValueException("charset", Phrase.of("imports.error.charset", name,
                        Arrays.stream(values()).map(ImportCharset::label).collect(Collectors.joining(", ")))));
    }
}
