package dev.frontline.training.persistence;

import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_TRAINER;
import static dev.frontline.db.Tables.TRAINING_TRAINER_AWAY;
import static dev.frontline.db.Tables.TRAINING_TRAINER_HOURS;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.db.tables.records.TrainingTrainerRecord;
import dev.frontline.training.Trainer;

/** Named trainers of the catalogue and their weekly hours and days away (V34). */
@Repository
public class TrainerRepository {

    private final DSLContext ctx;

    TrainerRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Every distinct trainer name the courses write, in order. */
    public List<String> namedTrainers() {
        return ctx.selectDistinct(TRAINING_COURSE.TRAINER_NAME).from(TRAINING_COURSE)
                .where(TRAINING_COURSE.TRAINER_NAME.isNotNull())
                .orderBy(TRAINING_COURSE.TRAINER_NAME)
                .fetch(TRAINING_COURSE.TRAINER_NAME);
    }

    /** Every named trainer of the catalogue with their availability; one with no record is "any time" at version 0. */
    public List<Trainer> trainers() {
        Map<String, TrainingTrainerRecord> stored = new HashMap<>();
        ctx.selectFrom(TRAINING_TRAINER).forEach(r -> stored.put(r.getName(), r));
        Map<Long, List<Trainer.Hours>> hours = new HashMap<>();
        ctx.selectFrom(TRAINING_TRAINER_HOURS).orderBy(TRAINING_TRAINER_HOURS.WEEKDAY)
                .forEach(h -> hours.computeIfAbsent(h.getTrainerId(), k -> new ArrayList<>())
                        .add(new Trainer.Hours(DayOfWeek.of(h.getWeekday()), h.getFromTime(), h.getToTime())));
        Map<Long, List<Trainer.Away>> away = new HashMap<>();
        ctx.selectFrom(TRAINING_TRAINER_AWAY).orderBy(TRAINING_TRAINER_AWAY.DAY)
                .forEach(a -> away.computeIfAbsent(a.getTrainerId(), k -> new ArrayList<>())
                        .add(new Trainer.Away(a.getDay(), a.getReason())));
        return namedTrainers().stream().map(name -> {
            TrainingTrainerRecord r = stored.get(name);
            return r == null ? new Trainer(name, 0, List.of(), List.of())
                    : new Trainer(name, r.getVersion(), hours.getOrDefault(r.getId(), List.of()),
                            away.getOrDefault(r.getId(), List.of()));
        }).toList();
    }

    private Optional<TrainingTrainerRecord> trainer(String name) {
        return ctx.selectFrom(TRAINING_TRAINER).where(TRAINING_TRAINER.NAME.eq(name)).fetchOptional();
    }

    /** The trainer's id, their record created at version 0 if there is none yet (two first edits at once make one). */
    public long trainerIdOrNew(String name) {
        ctx.insertInto(TRAINING_TRAINER).set(TRAINING_TRAINER.NAME, name).onConflictDoNothing().execute();
        return trainer(name).orElseThrow().getId();
    }

    /** Moves the trainer to the next version if still at {@code version}; false when changed meanwhile. */
    public boolean bumpVersion(long id, int version) {
        return ctx.update(TRAINING_TRAINER).set(TRAINING_TRAINER.VERSION, TRAINING_TRAINER.VERSION.plus(1))
                .where(TRAINING_TRAINER.ID.eq(id)).and(TRAINING_TRAINER.VERSION.eq(version)).execute() == 1;
    }

    public void replace(long id, List<Trainer.Hours> hours, List<Trainer.Away> away) {
        ctx.deleteFrom(TRAINING_TRAINER_HOURS).where(TRAINING_TRAINER_HOURS.TRAINER_ID.eq(id)).execute();
        ctx.deleteFrom(TRAINING_TRAINER_AWAY).where(TRAINING_TRAINER_AWAY.TRAINER_ID.eq(id)).execute();
        for (Trainer.Hours h : hours) {
            ctx.insertInto(TRAINING_TRAINER_HOURS).set(TRAINING_TRAINER_HOURS.TRAINER_ID, id)
                    .set(TRAINING_TRAINER_HOURS.WEEKDAY, (short) h.weekday().getValue())
                    .set(TRAINING_TRAINER_HOURS.FROM_TIME, h.from()).set(TRAINING_TRAINER_HOURS.TO_TIME, h.to())
                    .execute();
        }
        for (Trainer.Away a : away) {
            ctx.insertInto(TRAINING_TRAINER_AWAY).set(TRAINING_TRAINER_AWAY.TRAINER_ID, id)
                    .set(TRAINING_TRAINER_AWAY.DAY, a.day()).set(TRAINING_TRAINER_AWAY.REASON, a.reason())
                    .execute();
        }
    }
}
