package dev.frontline.training.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.shared.ui.Formats;
import dev.frontline.training.TrainingException;
import dev.frontline.training.PathProgress;
import dev.frontline.training.engine.Refusal;

/** The training texts views share: refusals, statuses and phases worded from the bundles in the user's language. */
final class TrainingTexts {

    private TrainingTexts() {
    }

    /** A refusal in planners' words: {@code training.refusal.<rule>} with its arguments (dates formatted). */
    static String refusal(Component view, Refusal refusal) {
        Object[] args = refusal.args().stream().map(a -> a instanceof LocalDate d ? Formats.date(d) : a).toArray();
        return view.getTranslation("training.refusal." + refusal.code(), args);
    }

    static String refusals(Component view, TrainingException refused) {
        return refused.refusals().stream().map(r -> refusal(view, r)).collect(Collectors.joining(" · "));
    }

    static String status(Component view, EnrolmentStatus status) {
        return view.getTranslation("training.status." + status.name().toLowerCase(Locale.ROOT));
    }

    static String phase(Component view, PathProgress progress) {
        return view.getTranslation("training.phase." + progress.phase().name().toLowerCase(Locale.ROOT));
    }

    static String date(LocalDate date) {
        return date == null ? "" : Formats.date(date);
    }
}
