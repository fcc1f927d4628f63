package dev.frontline.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/** What a file holds; the path segment names it in the REST API and the CLI. */
public enum ImportKind {
    CONTRACTS("contracts"),
    SHIFT_TEMPLATES("shift-templates"),
    AGENTS("agents"),
    HISTORY("history"),
    /** Training results (handled by {@code dev.frontline.training.imports}). */
    TRAINING_COMPLETIONS("training-completions"),
    /** Per-agent daily KPIs of a quality system (handled by {@code dev.frontline.quality.kpis}). */
    AGENT_KPIS("agent-kpis"),
    /** Per-queue interval service actuals of an ACD (handled by {@code dev.frontline.quality.kpis}). */
    QUEUE_SERVICE("queue-service");

    private final String path;

    ImportKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static ImportKind fromPath(String path) {
        for (ImportKind kind : values()) {
            if (kind.path.equals(path.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new RefusedValueException("kind", Phrase.of("imports.error.unknown-kind", path,
                Arrays.stream(values()).map(ImportKind::path).collect(Collectors.joining(", "))));
    }
}
