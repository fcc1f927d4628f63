package dev.frontline.shared.database;

import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TRAINING_TRAINER;
import static dev.frontline.db.Tables.TRAINING_TRAINER_HOURS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The schema is the last line against bad data: it refuses what the application must never write. */
@FrontlineIntegrationTest
@Transactional
class SchemaConstraintsTest {

    @Autowired
    DSLContext ctx;

    @Test
    void aVoiceQueueNeedsAServiceLevelGoal() {
        long skill = ctx.select(SKILL.ID).from(SKILL).limit(1).fetchSingle(SKILL.ID);
        assertThatThrownBy(() -> ctx.insertInto(QUEUE)
                .set(QUEUE.CODE, "NO_GOAL").set(QUEUE.NAME, "No goal").set(QUEUE.CHANNEL, ChannelType.VOICE)
                .set(QUEUE.LANGUAGE, "en").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, "Europe/London")
                .set(QUEUE.COUNTRY_CODE, "GB").execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("queue_goal_matches_channel");
    }

    @Test
    void anAgentLoginMustBeLinkedToAnAgent() {
        assertThatThrownBy(() -> ctx.insertInto(APP_USER)
                .set(APP_USER.USERNAME, "loose.agent").set(APP_USER.PASSWORD_HASH, "{bcrypt}x")
                .set(APP_USER.ROLE, AppRole.AGENT).set(APP_USER.DISPLAY_NAME, "Loose").execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("app_user_agent_link");
    }

    @Test
    void contactCountsCannotBeNegative() {
        long queue = ctx.select(QUEUE.ID).from(QUEUE).limit(1).fetchSingle(QUEUE.ID);
        assertThatThrownBy(() -> ctx.insertInto(INTERVAL_HISTORY)
                .set(INTERVAL_HISTORY.QUEUE_ID, queue)
                .set(INTERVAL_HISTORY.INTERVAL_START, OffsetDateTime.parse("2020-01-01T10:00:00Z"))
                .set(INTERVAL_HISTORY.INTERVAL_MINUTES, (short) 15)
                .set(INTERVAL_HISTORY.OFFERED, -1).set(INTERVAL_HISTORY.HANDLED, 0)
                .set(INTERVAL_HISTORY.ABANDONED, 0).execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("offered");
    }

    @Test
    void intervalsOnlyComeInTheSupportedGrains() {
        long queue = ctx.select(QUEUE.ID).from(QUEUE).limit(1).fetchSingle(QUEUE.ID);
        assertThatThrownBy(() -> ctx.insertInto(INTERVAL_HISTORY)
                .set(INTERVAL_HISTORY.QUEUE_ID, queue)
                .set(INTERVAL_HISTORY.INTERVAL_START, OffsetDateTime.parse("2020-01-01T10:00:00Z"))
                .set(INTERVAL_HISTORY.INTERVAL_MINUTES, (short) 20)
                .set(INTERVAL_HISTORY.OFFERED, 1).set(INTERVAL_HISTORY.HANDLED, 1)
                .set(INTERVAL_HISTORY.ABANDONED, 0).execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("interval_minutes");
    }

    private long trainer() {
        return ctx.insertInto(TRAINING_TRAINER).set(TRAINING_TRAINER.NAME, "Schema trainer")
                .returning(TRAINING_TRAINER.ID).fetchSingle(TRAINING_TRAINER.ID);
    }

    @Test
    void aTrainersWindowEndsAfterItStarts() {
        long trainer = trainer();
        assertThatThrownBy(() -> ctx.insertInto(TRAINING_TRAINER_HOURS).set(TRAINING_TRAINER_HOURS.TRAINER_ID, trainer)
                .set(TRAINING_TRAINER_HOURS.WEEKDAY, (short) 1).set(TRAINING_TRAINER_HOURS.FROM_TIME, LocalTime.of(17, 0))
                .set(TRAINING_TRAINER_HOURS.TO_TIME, LocalTime.of(9, 0)).execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("training_trainer_hours_forward");
    }

    @Test
    void aTrainersWeekdayIsIsoOneToSeven() {
        long trainer = trainer();
        assertThatThrownBy(() -> ctx.insertInto(TRAINING_TRAINER_HOURS).set(TRAINING_TRAINER_HOURS.TRAINER_ID, trainer)
                .set(TRAINING_TRAINER_HOURS.WEEKDAY, (short) 8).set(TRAINING_TRAINER_HOURS.FROM_TIME, LocalTime.of(9, 0))
                .set(TRAINING_TRAINER_HOURS.TO_TIME, LocalTime.of(17, 0)).execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("training_trainer_hours_weekday");
    }
}
