package dev.frontline.imports.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The lock that makes commits of one kind of import run one after the other on every node: a PostgreSQL
 * transaction-scoped advisory lock, released when the commit's transaction ends (commit, rollback or a dead node's
 * connection closing), so it can never be left behind.
 */
@Repository
public class ImportLockRepository {

    /** The first key of Frontline's import locks; the second is the kind's number. */
    private static final int IMPORT_LOCKS = 0x46_4c_49_4d;

    private final DSLContext ctx;

    ImportLockRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Waits for, then holds to the end of the current transaction, the lock of import kind {@code kind}. */
    public void lockForCommit(int kind) {
        ctx.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(IMPORT_LOCKS), DSL.val(kind))).fetch();
    }
}
