package dev.frontline.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Skips a {@link RequiresSharedData} class or method, with the reason, when its data is not on this machine. */
public final class SharedDataCondition implements ExecutionCondition {

    /** Next to the project, as the benchmarks expect it; relative to the directory the tests run in. */
    static final Path ROOT = Path.of("../shared/data");

    /** A file or folder of the third-party data, e.g. {@code "callcenter_us_bank_2003_5min/calls_5min.csv"}. */
    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getElement()
                .flatMap(element -> AnnotationSupport.findAnnotation(element, RequiresSharedData.class))
                .map(required -> {
                    Path data = path(required.value()).toAbsolutePath().normalize();
                    if (Files.exists(data)) {
                        return ConditionEvaluationResult.enabled("third-party data found at " + data);
                    }
                    String reason = "third-party data missing: " + data
                            + " (see ../shared/data/README.md); skipped instead of passing without it";
                    // the build log lists skipped tests only by count, so name the reason there once per class or test
                    System.err.println("[skipped] " + context.getDisplayName() + ": " + reason);
                    return ConditionEvaluationResult.disabled(reason);
                })
                .orElseGet(() -> ConditionEvaluationResult.enabled("needs no third-party data"));
    }
}
