package dev.frontline.staffing.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import com.vaadin.flow.component.Component;

/** What the planner reads when a background requirement job (compute, recompute, simulate) did not finish. */
final class JobFailures {

    private JobFailures() {
    }

    /** "Stopped" for a stop the planner asked for, otherwise the cause's own message. */
    static String describe(Component where, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return where.getTranslation("requirements.stopped");
        }
        return where.getTranslation("requirements.failed", cause.getMessage());
    }
}
