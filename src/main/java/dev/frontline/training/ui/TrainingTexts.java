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

    /** A refusal in planners' words and the user's language (dates as the locale writes them). */
    static String refusal(Refusal refusal) {
        return refusal.phrase().render(Formats.locale());
    }

    static String refusals(TrainingException refused) {
        return refused.refusals().stream().map(TrainingTexts::refusal).collect(Collectors.joining(" · "));
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
