package dev.frontline.selfservice.bidding.ui;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import dev.frontline.selfservice.bidding.BidAward;
import dev.frontline.selfservice.bidding.BidLine;
import dev.frontline.selfservice.bidding.engine.LineSummary;
import dev.frontline.shared.ui.Formats;

/** A line and an award in the reader's words: weekdays, times on the centre's clock, hours a week, home and office. */
final class BidTexts {

    private BidTexts() {
    }

    /** "Mon, Tue, Wed, Thu, Fri" in the reader's language, Monday first. */
    static String weekdays(LineSummary summary, Locale locale) {
        return summary.weekdays().keySet().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale)).collect(Collectors.joining(", "));
    }

    /** "07:00–15:00, 09:00–17:00", the commonest first. */
    static String times(LineSummary summary) {
        return summary.times().stream().map(t -> clock(t.startMinute()) + "–" + clock(t.endMinute()))
                .collect(Collectors.joining(", "));
    }

    private static String clock(int minute) {
        int m = Math.floorMod(minute, 24 * 60);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    static String weekly(LineSummary summary) {
        return Formats.decimal(summary.weeklyMinutes() / 60.0, 1);
    }

    /** The lines' every description part, one per row of a card. */
    static List<String> describe(Component view, BidLine line, String zone) {
        LineSummary s = line.summary();
        Locale locale = Formats.locale();
        List<String> rows = new java.util.ArrayList<>();
        rows.add(view.getTranslation("selfservice.bidding.line.days", weekdays(s, locale)) + " · "
                + view.getTranslation("selfservice.bidding.line.weekends", s.weekendDays()));
        rows.add(times(s) + " (" + zone + ")");
        rows.add(view.getTranslation("selfservice.bidding.line.weekly", weekly(s)) + " · "
                + view.getTranslation("selfservice.bidding.line.places", s.homeDays(), s.officeDays()));
        if (!s.sites().isEmpty()) {
            rows.add(view.getTranslation("selfservice.bidding.line.sites", String.join(", ", s.sites())));
        }
        return rows;
    }

    /** The award in the agent's words: "You got your 2nd choice: line 7." */
    static String award(Component view, BidAward award) {
        return switch (award.reason()) {
            case "RANKED" -> view.getTranslation("selfservice.bidding.award.RANKED", award.rank(), award.lineNumber());
            case "NONE_LEFT" -> view.getTranslation("selfservice.bidding.award.NONE_LEFT");
            default -> view.getTranslation("selfservice.bidding.award." + award.reason(), award.lineNumber());
        };
    }

    /** Why an award is what it is, for the planner's review. */
    static String reason(Component view, BidAward award) {
        List<String> args = award.reasonArgs();
        return switch (award.reason()) {
            case "RANKED" -> view.getTranslation("selfservice.bids.reason.RANKED", Integer.parseInt(args.get(0)),
                    Integer.parseInt(args.get(1)), Integer.parseInt(args.get(2)));
            case "RANKED_ALL_GONE" -> view.getTranslation("selfservice.bids.reason.RANKED_ALL_GONE",
                    Integer.parseInt(args.get(0)));
            default -> view.getTranslation("selfservice.bids.reason." + award.reason());
        };
    }
}
