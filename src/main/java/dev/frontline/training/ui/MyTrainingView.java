package dev.frontline.training.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.security.Roles;
import dev.frontline.training.Enrolment;
import dev.frontline.training.MySession;
import dev.frontline.training.MyTraining;
import dev.frontline.training.PathEnrolment;
import dev.frontline.training.TrainingService;

/**
 * The agent's own training, phone-first (one column at 390 px): each path with its progress and phase (nesting with
 * its last day), their next sessions as the published rosters placed them, what is next with due dates (overdue
 * marked), and what they completed with the day a compliance course expires.
 */
@Route("me/training")
@RolesAllowed(Roles.AGENT)
@Menu(title = "training.nav.mine", order = 6, icon = "vaadin:academy-cap")
public class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    final Div paths = new Div();
    final Div sessions = new Div();
    final Div next = new Div();
    final Div completed = new Div();

    public MyTrainingView(TrainingService training) {
        setId("my-training");
        addClassName("fl-phone-page");
        MyTraining mine = training.mine();
        paths.setId("my-training-paths");
        next.setId("my-training-next");
        sessions.setId("my-training-sessions");
        for (MySession s : mine.sessions()) {
            Div row = new Div();
            row.addClassName("my-training-item");
            Span name = new Span(getTranslation("training.mine.session", s.courseName(), s.sessionNumber(),
                    s.sessionCount()));
            name.addClassName("my-training-course");
            row.add(name, new Span(getTranslation("training.mine.session-when", TrainingTexts.date(s.date()),
                    s.start().toString(), s.end().toString(), s.siteCode() == null
                            ? getTranslation("training.mine.session-virtual")
                            : getTranslation("training.mine.session-room", s.siteName()), s.trainerName())));
            sessions.add(row);
        }
        if (mine.sessions().isEmpty()) {
            sessions.add(new Paragraph(getTranslation("training.mine.no-session")));
        }
        completed.setId("my-training-completed");
        for (PathEnrolment p : mine.paths()) {
            Div card = new Div();
            card.addClassName("my-training-path");
            ProgressBar bar = new ProgressBar(0, 1, p.progress().total() == 0 ? 1 : (double) p.progress().done()
                    / p.progress().total());
            card.add(new H3(p.pathName()), bar,
                    new Paragraph(getTranslation("training.progress", p.progress().done(), p.progress().total(),
                            p.progress().percent()) + " · " + TrainingTexts.phase(this, p.progress())));
            if (p.progress().nestingUntil() != null) {
                card.add(new Paragraph(getTranslation("training.mine.nesting",
                        TrainingTexts.date(p.progress().nestingFrom()), TrainingTexts.date(p.progress().nestingUntil()))));
            }
            if (p.progress().nextCourse() != null) {
                card.add(new Paragraph(getTranslation("training.mine.next-course", p.progress().nextCourse(),
                        TrainingTexts.date(p.dueDate()))));
            }
            paths.add(card);
        }
        if (mine.paths().isEmpty()) {
            paths.add(new Paragraph(getTranslation("training.mine.no-path")));
        }
        for (Enrolment e : mine.next()) {
            Div row = item(e);
            row.add(new Span(getTranslation("training.mine.due", TrainingTexts.date(e.dueDate()))));
            if (e.overdue()) {
                Span overdue = new Span(getTranslation("training.flag.overdue"));
                badge(overdue, "error");
                row.add(overdue);
            }
            next.add(row);
        }
        if (mine.next().isEmpty()) {
            next.add(new Paragraph(getTranslation("training.mine.nothing-next")));
        }
        for (Enrolment e : mine.completed()) {
            Div row = item(e);
            row.add(new Span(getTranslation("training.mine.completed-on", TrainingTexts.date(e.completedOn()))));
            if (e.expiresOn() != null) {
                Span expiry = new Span(getTranslation(e.status() == EnrolmentStatus.EXPIRED ? "training.mine.expired"
                        : "training.mine.expires", TrainingTexts.date(e.expiresOn())));
                if (e.status() == EnrolmentStatus.EXPIRED || e.expiringSoon()) {
                    badge(expiry, e.status() == EnrolmentStatus.EXPIRED ? "error" : "contrast");
                }
                row.add(expiry);
            }
            completed.add(row);
        }
        if (mine.completed().isEmpty()) {
            completed.add(new Paragraph(getTranslation("training.mine.nothing-completed")));
        }
        add(new H2(getTranslation("training.mine.title")), paths, new H3(getTranslation("training.mine.sessions")),
                sessions, new H3(getTranslation("training.mine.next")), next,
                new H3(getTranslation("training.mine.completed")), completed);
    }

    /** Lumo's badge look in the given variant. */
    private static void badge(Span span, String variant) {
        span.getElement().getThemeList().add("badge");
        span.getElement().getThemeList().add(variant);
    }

    private Div item(Enrolment e) {
        Div row = new Div();
        row.addClassName("my-training-item");
        Span name = new Span(e.courseName());
        name.addClassName("my-training-course");
        row.add(name, new Span(TrainingTexts.status(this, e.status())));
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.mine.title") + " | " + getTranslation("app.name");
    }
}
