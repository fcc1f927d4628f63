package dev.frontline.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;

import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;
import dev.frontline.training.Trainer;

/** HR edits a named trainer's week in the catalogue and sees it listed; a window that runs backwards is refused. */
@FrontlineIntegrationTest
class TrainersPanelTest {

    static final String NAME = "UI trainer";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    @BeforeEach
    void open() {
        ctx.insertInto(TRAINING_COURSE).set(TRAINING_COURSE.CODE, "TRN-UI").set(TRAINING_COURSE.NAME, "Trainer UI")
                .set(TRAINING_COURSE.GRANTS, TrainingGrant.NONE).set(TRAINING_COURSE.TOTAL_HOURS, new BigDecimal("4"))
                .set(TRAINING_COURSE.SESSION_MINUTES, 120).set(TRAINING_COURSE.DELIVERY, TrainingDelivery.VIRTUAL)
                .set(TRAINING_COURSE.TRAINER_NAME, NAME).set(TRAINING_COURSE.OFF_PHONE_HOURS, new BigDecimal("4"))
                .execute();
        KaribuSession.open(context);
    }

    @AfterEach
    void close() {
        KaribuSession.close();
        ctx.deleteFrom(TRAINING_COURSE).where(TRAINING_COURSE.CODE.eq("TRN-UI")).execute();
        ctx.deleteFrom(TRAINING_TRAINER).where(TRAINING_TRAINER.NAME.eq(NAME)).execute();
    }

    private TrainersPanel panel() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate(TrainingCatalogueView.class);
        return _get(TrainingCatalogueView.class).trainers;
    }

    private Trainer listed(TrainersPanel panel) {
        return panel.grid.getGenericDataView().getItems().filter(t -> t.name().equals(NAME)).findFirst().orElseThrow();
    }

    @Test
    void hrSetsATrainersWeekAndDaysAwayAndSeesThemListed() {
        TrainersPanel panel = panel();
        assertThat(panel.week(listed(panel))).isEqualTo("any time");

        panel.grid.select(listed(panel));
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            panel.days.get(day).setValue(true);
            panel.froms.get(day).setValue(LocalTime.of(9, 0));
            panel.tos.get(day).setValue(LocalTime.of(17, 0));
        }
        panel.away.setValue("2030-01-07 Conference\n");
        panel.save.click();

        assertThat(panel.message.getText()).isEqualTo("Availability of UI trainer saved.");
        Trainer saved = listed(panel);
        assertThat(panel.week(saved)).isEqualTo("Mon–Fri 09:00–17:00");
        assertThat(panel.awayDays(saved)).isEqualTo("2030-01-07 (Conference)");
        assertThat(saved.version()).isEqualTo(1);
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefusedAtItsField() {
        TrainersPanel panel = panel();
        panel.grid.select(listed(panel));
        panel.days.get(DayOfWeek.SATURDAY).setValue(true);
        panel.froms.get(DayOfWeek.SATURDAY).setValue(LocalTime.of(14, 0));
        panel.tos.get(DayOfWeek.SATURDAY).setValue(LocalTime.of(10, 0));
        panel.save.click();

        assertThat(panel.message.getText())
                .isEqualTo("The window ends at 10:00, which is not after its start at 14:00.");
        assertThat(panel.tos.get(DayOfWeek.SATURDAY).isInvalid()).isTrue();
        assertThat(panel.week(listed(panel))).isEqualTo("any time");

        panel.days.get(DayOfWeek.SATURDAY).setValue(false);
        panel.away.setValue("next monday");
        panel.save.click();
        assertThat(panel.message.getText()).contains("next").contains("year-month-day");
        assertThat(panel.away.isInvalid()).isTrue();
    }
}
