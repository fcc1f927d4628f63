package dev.frontline.jobs.persistence;

import static dev.frontline.db.Tables.BACKGROUND_JOB;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.jobs.JobPoint;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobState;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhraseJson;

/** The job rows every node reads and writes; each change is one statement, so no node sees a half-written job. */
@Repository
public class JobRepository {

    private static final TypeReference<List<JobPoint>> POINTS = new TypeReference<>() {
    };
    private static final List<dev.frontline.db.enums.JobState> ACTIVE = List.of(dev.frontline.db.enums.JobState.QUEUED,
            dev.frontline.db.enums.JobState.RUNNING);

    private final DSLContext ctx;
    private final JsonMapper json;

    public JobRepository(DSLContext ctx, JsonMapper json) {
        this.ctx = ctx;
        this.json = json;
    }

    /** A new queued job; fails with a duplicate key when the subject already has an active job of the kind. */
    public long insert(String kind, long subjectId, String parameters, String requestedBy) {
        return ctx.insertInto(BACKGROUND_JOB)
                .set(BACKGROUND_JOB.KIND, kind)
                .set(BACKGROUND_JOB.SUBJECT_ID, subjectId)
                .set(BACKGROUND_JOB.PARAMETERS, JSONB.valueOf(parameters))
                .set(BACKGROUND_JOB.REQUESTED_BY, requestedBy)
                .returning(BACKGROUND_JOB.ID)
                .fetchSingle(BACKGROUND_JOB.ID);
    }

    public Optional<JobRecord> find(long id) {
        return ctx.selectFrom(BACKGROUND_JOB).where(BACKGROUND_JOB.ID.eq(id)).fetchOptional(this::toRecord);
    }

    public List<JobRecord> findAll(Collection<Long> ids) {
        return ctx.selectFrom(BACKGROUND_JOB).where(BACKGROUND_JOB.ID.in(ids)).fetch(this::toRecord);
    }

    /** The newest job of a kind for a subject, e.g. the last solve of a roster version. */
    public Optional<JobRecord> latest(String kind, long subjectId) {
        return ctx.selectFrom(BACKGROUND_JOB)
                .where(BACKGROUND_JOB.KIND.eq(kind), BACKGROUND_JOB.SUBJECT_ID.eq(subjectId))
                .orderBy(BACKGROUND_JOB.ID.desc())
                .limit(1)
                .fetchOptional(this::toRecord);
    }

    /** The newest queued or running job of a kind that a user asked for, e.g. their import still being committed. */
    public Optional<JobRecord> latestActive(String kind, String requestedBy) {
        return ctx.selectFrom(BACKGROUND_JOB)
                .where(BACKGROUND_JOB.KIND.eq(kind), BACKGROUND_JOB.REQUESTED_BY.eq(requestedBy),
                        BACKGROUND_JOB.STATE.in(ACTIVE))
                .orderBy(BACKGROUND_JOB.ID.desc())
                .limit(1)
                .fetchOptional(this::toRecord);
    }

    /** Marks the job as running on {@code node} and counts the attempt; false when it ended meanwhile. */
    public boolean start(long id, String node) {
        return ctx.update(BACKGROUND_JOB)
                .set(BACKGROUND_JOB.STATE, dev.frontline.db.enums.JobState.RUNNING)
                .set(BACKGROUND_JOB.NODE, node)
                .set(BACKGROUND_JOB.ATTEMPTS, BACKGROUND_JOB.ATTEMPTS.plus(1))
                .set(BACKGROUND_JOB.STARTED_AT, DSL.coalesce(BACKGROUND_JOB.STARTED_AT, DSL.currentOffsetDateTime()))
                .where(BACKGROUND_JOB.ID.eq(id), BACKGROUND_JOB.STATE.in(ACTIVE))
                .execute() == 1;
    }

    public void progress(long id, double progress, Phrase message) {
        ctx.update(BACKGROUND_JOB)
                .set(BACKGROUND_JOB.PROGRESS, progress)
                .set(BACKGROUND_JOB.MESSAGE_PHRASE, message == null ? null : JSONB.valueOf(PhraseJson.encode(message)))
                .where(BACKGROUND_JOB.ID.eq(id))
                .execute();
    }

    public void addPoints(long id, List<JobPoint> points) {
        ctx.update(BACKGROUND_JOB)
                .set(BACKGROUND_JOB.POINTS, DSL.field("{0} || {1}::jsonb", JSONB.class, BACKGROUND_JOB.POINTS,
                        DSL.val(json.writeValueAsString(points))))
                .where(BACKGROUND_JOB.ID.eq(id))
                .execute();
    }

    /** Ends a job that did not fail: done or cancelled, with what it produced. */
    public void finish(long id, JobState state, Long resultId) {
        finish(id, state, resultId, null, null);
    }

    /**
     * Ends a job: done, failed or cancelled, with what it produced and, when it failed, why: {@code failure} for its
     * readers in their language, {@code error} the technical text (the exception's message).
     */
    public void finish(long id, JobState state, Long resultId, Phrase failure, String error) {
        ctx.update(BACKGROUND_JOB)
                .set(BACKGROUND_JOB.STATE, dev.frontline.db.enums.JobState.valueOf(state.name()))
                .set(BACKGROUND_JOB.FINISHED_AT, DSL.currentOffsetDateTime())
                .set(BACKGROUND_JOB.RESULT_ID, resultId)
                .set(BACKGROUND_JOB.ERROR, error)
                .set(BACKGROUND_JOB.ERROR_PHRASE, failure == null ? null : JSONB.valueOf(PhraseJson.encode(failure)))
                .set(BACKGROUND_JOB.PROGRESS, state == JobState.DONE ? DSL.inline(1.0) : BACKGROUND_JOB.PROGRESS)
                .where(BACKGROUND_JOB.ID.eq(id))
                .execute();
    }

    /** Cancels a job no node has started yet; false when one has (or it ended). */
    public boolean cancelQueued(long id) {
        return ctx.update(BACKGROUND_JOB)
                .set(BACKGROUND_JOB.STATE, dev.frontline.db.enums.JobState.CANCELLED)
                .set(BACKGROUND_JOB.CANCEL_REQUESTED, true)
                .set(BACKGROUND_JOB.FINISHED_AT, DSL.currentOffsetDateTime())
                .where(BACKGROUND_JOB.ID.eq(id), BACKGROUND_JOB.STATE.eq(dev.frontline.db.enums.JobState.QUEUED))
                .execute() == 1;
    }

    /** Asks the node running the job to stop it; false when the job is not active. */
    public boolean requestCancel(long id) {
        return ctx.update(BACKGROUND_JOB)
                .set(BACKGROUND_JOB.CANCEL_REQUESTED, true)
                .where(BACKGROUND_JOB.ID.eq(id), BACKGROUND_JOB.STATE.in(ACTIVE))
                .execute() == 1;
    }

    public boolean cancelRequested(long id) {
        return ctx.select(BACKGROUND_JOB.CANCEL_REQUESTED).from(BACKGROUND_JOB).where(BACKGROUND_JOB.ID.eq(id))
                .fetchOptional(BACKGROUND_JOB.CANCEL_REQUESTED).orElse(false);
    }

    private JobRecord toRecord(Record r) {
        return new JobRecord(r.get(BACKGROUND_JOB.ID), r.get(BACKGROUND_JOB.KIND), r.get(BACKGROUND_JOB.SUBJECT_ID),
                r.get(BACKGROUND_JOB.PARAMETERS).data(), r.get(BACKGROUND_JOB.REQUESTED_BY),
                instant(r.get(BACKGROUND_JOB.REQUESTED_AT)), JobState.valueOf(r.get(BACKGROUND_JOB.STATE).name()),
                r.get(BACKGROUND_JOB.NODE), r.get(BACKGROUND_JOB.ATTEMPTS), instant(r.get(BACKGROUND_JOB.STARTED_AT)),
                instant(r.get(BACKGROUND_JOB.FINISHED_AT)), r.get(BACKGROUND_JOB.PROGRESS), message(r.get(BACKGROUND_JOB.MESSAGE_PHRASE)),
                json.readValue(r.get(BACKGROUND_JOB.POINTS).data(), POINTS), r.get(BACKGROUND_JOB.RESULT_ID),
                r.get(BACKGROUND_JOB.ERROR), message(r.get(BACKGROUND_JOB.ERROR_PHRASE)),
                r.get(BACKGROUND_JOB.CANCEL_REQUESTED));
    }

    private static Phrase message(JSONB stored) {
        return stored == null ? null : PhraseJson.decode(stored.data());
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
