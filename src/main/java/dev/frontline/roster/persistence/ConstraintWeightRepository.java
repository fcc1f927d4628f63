package dev.frontline.roster.persistence;

import static dev.frontline.db.Tables.ROSTER_CONSTRAINT_WEIGHT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.frontline.roster.engine.RosterWeights;
import dev.frontline.roster.service.ConstraintWeight;

/** The planner's overrides of soft-rule weights; a rule without a row keeps the engine's default weight. */
@Repository
public class ConstraintWeightRepository {

    private final DSLContext ctx;

    ConstraintWeightRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The stored overrides among the given rules, each with the engine's default next to it. */
    public List<ConstraintWeight> overrides(Collection<String> constraintNames) {
        return ctx.selectFrom(ROSTER_CONSTRAINT_WEIGHT)
                .where(ROSTER_CONSTRAINT_WEIGHT.CONSTRAINT_NAME.in(constraintNames))
                .fetch(w -> new ConstraintWeight(w.getConstraintName(), RosterWeights.defaultSoftWeight(w.getConstraintName()),
                        w.getWeight(), w.getUpdatedAt(), w.getUpdatedBy()));
    }

    /** Removes a rule's override; false when it had none. */
    public boolean reset(String constraintName) {
        return ctx.deleteFrom(ROSTER_CONSTRAINT_WEIGHT)
                .where(ROSTER_CONSTRAINT_WEIGHT.CONSTRAINT_NAME.eq(constraintName)).execute() > 0;
    }

    /** Inserts or replaces a rule's override. */
    public void save(String constraintName, long weight, String user, OffsetDateTime at) {
        ctx.insertInto(ROSTER_CONSTRAINT_WEIGHT).set(ROSTER_CONSTRAINT_WEIGHT.CONSTRAINT_NAME, constraintName)
                .set(ROSTER_CONSTRAINT_WEIGHT.WEIGHT, weight).set(ROSTER_CONSTRAINT_WEIGHT.UPDATED_BY, user)
                .set(ROSTER_CONSTRAINT_WEIGHT.UPDATED_AT, at)
                .onConflict(ROSTER_CONSTRAINT_WEIGHT.CONSTRAINT_NAME).doUpdate()
                .set(ROSTER_CONSTRAINT_WEIGHT.WEIGHT, weight).set(ROSTER_CONSTRAINT_WEIGHT.UPDATED_BY, user)
                .set(ROSTER_CONSTRAINT_WEIGHT.UPDATED_AT, at).execute();
    }
}
