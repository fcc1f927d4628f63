package dev.frontline.security.persistence;

import static dev.frontline.db.Tables.LOGIN_THROTTLE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.security.ThrottleCounter;
import dev.frontline.security.ThrottleCounter.Scope;

/** The {@code login_throttle} counters every node shares. */
@Repository
public class LoginThrottleRepository {

    private final DSLContext ctx;

    LoginThrottleRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The counters of the given scopes and keys that exist; a missing one has never seen a failure or success. */
    public List<ThrottleCounter> find(Collection<ThrottleCounter> keys) {
        List<Row2<String, String>> rows = keys.stream().map(k -> DSL.row(k.scope().name(), k.key())).toList();
        return ctx.select(LOGIN_THROTTLE.SCOPE, LOGIN_THROTTLE.KEY, LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.WINDOW_START,
                        LOGIN_THROTTLE.LOCKOUTS, LOGIN_THROTTLE.LOCKED_UNTIL, LOGIN_THROTTLE.LAST_FAILURE,
                        LOGIN_THROTTLE.LAST_SUCCESS, LOGIN_THROTTLE.NEXT_ATTEMPT_AT)
                .from(LOGIN_THROTTLE)
                .where(DSL.row(LOGIN_THROTTLE.SCOPE, LOGIN_THROTTLE.KEY).in(rows))
                .fetch(LoginThrottleRepository::counter);
    }

    /**
     * The counter of one scope and key, created when missing and locked for update until the surrounding transaction
     * ends, so two nodes counting the same failure at once both count.
     */
    public ThrottleCounter lock(Scope scope, String key, Instant now) {
        ctx.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.SCOPE, scope.name())
                .set(LOGIN_THROTTLE.KEY, key)
                .set(LOGIN_THROTTLE.WINDOW_START, time(now))
                .onConflictDoNothing()
                .execute();
        return ctx.select(LOGIN_THROTTLE.SCOPE, LOGIN_THROTTLE.KEY, LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.WINDOW_START,
                        LOGIN_THROTTLE.LOCKOUTS, LOGIN_THROTTLE.LOCKED_UNTIL, LOGIN_THROTTLE.LAST_FAILURE,
                        LOGIN_THROTTLE.LAST_SUCCESS, LOGIN_THROTTLE.NEXT_ATTEMPT_AT)
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SCOPE.eq(scope.name()), LOGIN_THROTTLE.KEY.eq(key))
                .forUpdate()
                .fetchSingle(LoginThrottleRepository::counter);
    }

    /** Writes a counter's failures and lock back. */
    public void save(ThrottleCounter counter) {
        ctx.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.FAILURES, counter.failures())
                .set(LOGIN_THROTTLE.WINDOW_START, time(counter.windowStart()))
                .set(LOGIN_THROTTLE.LOCKOUTS, counter.lockouts())
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, time(counter.lockedUntil()))
                .set(LOGIN_THROTTLE.LAST_FAILURE, time(counter.lastFailure()))
                .where(LOGIN_THROTTLE.SCOPE.eq(counter.scope().name()), LOGIN_THROTTLE.KEY.eq(counter.key()))
                .execute();
    }

    /** A successful sign-in of a pair: its failures and lockouts are forgotten and the address becomes known. */
    public void succeeded(String pairKey, Instant now) {
        ctx.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.SCOPE, Scope.PAIR.name())
                .set(LOGIN_THROTTLE.KEY, pairKey)
                .set(LOGIN_THROTTLE.WINDOW_START, time(now))
                .set(LOGIN_THROTTLE.LAST_SUCCESS, time(now))
                .onConflict(LOGIN_THROTTLE.SCOPE, LOGIN_THROTTLE.KEY)
                .doUpdate()
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .set(LOGIN_THROTTLE.WINDOW_START, time(now))
                .set(LOGIN_THROTTLE.LOCKOUTS, 0)
                .setNull(LOGIN_THROTTLE.LOCKED_UNTIL)
                .set(LOGIN_THROTTLE.LAST_SUCCESS, time(now))
                .execute();
    }

    /**
     * Takes the next turn of an account under attack for an unknown address: true when the turn was free (and the
     * following one is now {@code next}), false when another attempt holds it.
     */
    public boolean takeTurn(String accountKey, Instant now, Instant next) {
        return ctx.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.NEXT_ATTEMPT_AT, time(next))
                .where(LOGIN_THROTTLE.SCOPE.eq(Scope.ACCOUNT.name()), LOGIN_THROTTLE.KEY.eq(accountKey))
                .and(LOGIN_THROTTLE.NEXT_ATTEMPT_AT.isNull().or(LOGIN_THROTTLE.NEXT_ATTEMPT_AT.le(time(now))))
                .execute() == 1;
    }

    /** Drops counters without a failure since {@code quietSince} whose pair (if any) signed in before {@code knownSince}. */
    public int purge(Instant quietSince, Instant knownSince) {
        return ctx.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.LAST_FAILURE.isNull().or(LOGIN_THROTTLE.LAST_FAILURE.lt(time(quietSince))))
                .and(LOGIN_THROTTLE.LOCKED_UNTIL.isNull().or(LOGIN_THROTTLE.LOCKED_UNTIL.lt(time(quietSince))))
                .and(LOGIN_THROTTLE.LAST_SUCCESS.isNull().or(LOGIN_THROTTLE.LAST_SUCCESS.lt(time(knownSince))))
                .execute();
    }

    /** Forgets every counter of a username (an administrator's unlock, and tests). */
    public int forgetUsername(String username) {
        return ctx.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SCOPE.eq(Scope.ACCOUNT.name()).and(LOGIN_THROTTLE.KEY.eq(username)))
                .or(LOGIN_THROTTLE.SCOPE.eq(Scope.PAIR.name()).and(LOGIN_THROTTLE.KEY.startsWith(username + " ")))
                .execute();
    }

    /** Forgets an address's own counter. */
    public int forgetAddress(String address) {
        return ctx.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SCOPE.eq(Scope.ADDRESS.name()), LOGIN_THROTTLE.KEY.eq(address))
                .execute();
    }

    private static ThrottleCounter counter(Record9<String, String, Integer, OffsetDateTime, Integer, OffsetDateTime,
            OffsetDateTime, OffsetDateTime, OffsetDateTime> r) {
        return new ThrottleCounter(Scope.valueOf(r.value1()), r.value2(), r.value3(), r.value4().toInstant(), r.value5(),
                instant(r.value6()), instant(r.value7()), instant(r.value8()), instant(r.value9()));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
