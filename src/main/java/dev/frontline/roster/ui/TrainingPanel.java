package dev.frontline.roster.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterTrainingSession;
import dev.frontline.roster.service.RosterTrainingSessions;

/**
 * "Training in this roster": each session the roster places, in the planner's words — "Tue 15 Dec 10:00–12:00 Chat
 * basics (2 of 3): 8 agents off the phones, under-coverage +1.2 agent-hours" — with where, the trainer and the people;
 * then the sessions it has not placed. The cost is what the session adds to the under-coverage after breaks against
 * its people on the phones instead.
 */
class TrainingPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final RosterTrainingSessions sessions;
    final Span summary = new Span();
    final Div list = new Div();

    TrainingPanel(RosterTrainingSessions sessions) {
        this.sessions = sessions;
        setId("roster-training");
        summary.setId("roster-training-summary");
        list.setId("roster-training-sessions");
        list.setWidthFull();
        add(summary, list);
    }

    void clear() {
        summary.setText("");
        list.removeAll();
    }

    void show(LoadedRoster loaded) {
        clear();
        if (loaded == null) {
            return;
        }
        List<RosterTrainingSession> all = sessions.of(loaded);
        if (all.isEmpty()) {
            summary.setText(getTranslation("roster.training.none"));
            return;
        }
        long placed = all.stream().filter(RosterTrainingSession::placed).count();
        double cost = all.stream().mapToDouble(RosterTrainingSession::coverageCostAgentHours).sum();
        summary.setText(getTranslation("roster.training.summary", placed, all.size() - placed, cost));
        for (RosterTrainingSession s : all) {
            Div session = new Div();
            session.addClassName("roster-training-session");
            Div headline = new Div(s.placed()
                    ? getTranslation("roster.training.session", RosterTexts.date(s.date(), getLocale()),
                            s.start().format(TIME), s.end().format(TIME), s.courseName(), s.sessionNumber(),
                            s.sessionCount(), s.offThePhones(), s.coverageCostAgentHours())
                    : getTranslation("roster.training.unplaced", s.courseName(), s.sessionNumber(), s.sessionCount(),
                            s.offThePhones()));
            headline.addClassName(s.placed() ? "roster-training-placed" : "roster-training-unplaced");
            String where = s.virtual() ? getTranslation("roster.training.virtual")
                    : getTranslation("roster.training.classroom", s.siteName(), s.siteCode());
            Div details = new Div(where + " · " + getTranslation("roster.training.trainer", s.trainerName()) + " · "
                    + getTranslation("roster.training.people", String.join(", ", s.attendees().stream()
                            .map(p -> p.name() + " (" + p.employeeNumber() + ")").toList())));
            details.addClassName("fl-muted");
            session.add(headline, details);
            list.add(session);
        }
    }
}
