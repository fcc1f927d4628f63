package dev.frontline.selfservice.swaps.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import dev.frontline.selfservice.swaps.OpenShift;

/**
 * Words of the swap and open-shift screens: a rule's name in the reader's language (a roster rule or one of
 * self-service's own, {@code selfservice.rule.<slug>}) and a shift's times with their zone.
 */
final class ChoiceTexts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ChoiceTexts() {
    }

    static String rule(Component view, String rule) {
        return view.getTranslation("selfservice.rule." + slug(rule));
    }

    static String slug(String rule) {
        return rule.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** "07:00–15:00 (Europe/Istanbul)" on the given clock. */
    static String times(OpenShift shift, ZoneId zone) {
        return shift.startsAt().atZoneSameInstant(zone).format(CLOCK) + "–" + shift.endsAt().atZoneSameInstant(zone).format(CLOCK)
                + " (" + zone.getId() + ")";
    }
}
