package dev.frontline.security.persistence;

import static dev.frontline.db.Tables.APP_USER;

import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.UserAccount;

/** Logins in {@code app_user}: looked up by name at sign-in and by id for API tokens, created by the demo seeder. */
@Repository
public class UserAccountRepository {

    private final DSLContext ctx;

    UserAccountRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return ctx.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.ROLE,
                        APP_USER.DISPLAY_NAME, APP_USER.AGENT_ID, APP_USER.ENABLED)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(Records.mapping(UserAccount::new));
    }

    public Optional<UserAccount> findById(long id) {
        return ctx.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.ROLE,
                        APP_USER.DISPLAY_NAME, APP_USER.AGENT_ID, APP_USER.ENABLED)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(Records.mapping(UserAccount::new));
    }

    /** Creates a login; the password hash must come from the application's {@code PasswordEncoder}. */
    public long create(String username, String passwordHash, AppRole role, String displayName, Long agentId) {
        return ctx.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.AGENT_ID, agentId)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }
}
