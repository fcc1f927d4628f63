package dev.frontline.security.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.AppRole;
import dev.frontline.security.AgentWithoutLogin;
import dev.frontline.security.NewAccount;
import dev.frontline.security.UserAccount;
import dev.frontline.security.UserSummary;

/**
 * Logins in {@code app_user}: looked up at sign-in (by name, id, identity-provider subject or e-mail), listed and
 * changed by admins, created by the admin pages, the command line, company sign-in and the demo seeder. Reads the
 * {@code agent} table only to link AGENT logins to their agent.
 */
@Repository
public class UserAccountRepository {

    private final DSLContext ctx;

    UserAccountRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    private SelectJoinStep<Record10<Long, String, String, AppRole, String, Long, Boolean, Boolean, Boolean, String>> accounts() {
        return ctx.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.ROLE, APP_USER.DISPLAY_NAME,
                        APP_USER.AGENT_ID, APP_USER.ENABLED, APP_USER.DEMO, APP_USER.PASSWORD_CHANGE_REQUIRED,
                        APP_USER.EMAIL)
                .from(APP_USER);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return accounts().where(APP_USER.USERNAME.eq(username)).fetchOptional(Records.mapping(UserAccount::new));
    }

    public Optional<UserAccount> findById(long id) {
        return accounts().where(APP_USER.ID.eq(id)).fetchOptional(Records.mapping(UserAccount::new));
    }

    public Optional<UserAccount> findByOidcSubject(String subject) {
        return accounts().where(APP_USER.OIDC_SUBJECT.eq(subject)).fetchOptional(Records.mapping(UserAccount::new));
    }

    /** The login with this e-mail (stored in lower case) that no identity-provider subject has claimed yet. */
    public Optional<UserAccount> findUnlinkedByEmail(String email) {
        return accounts().where(APP_USER.EMAIL.eq(email)).and(APP_USER.OIDC_SUBJECT.isNull())
                .fetchOptional(Records.mapping(UserAccount::new));
    }

    /** A plain login (not demo, no e-mail); the password hash must come from the application's {@code PasswordEncoder}. */
    public long create(String username, String passwordHash, AppRole role, String displayName, Long agentId) {
        return create(new NewAccount(username, passwordHash, role, displayName, agentId, null, false, false));
    }

    public long create(NewAccount account) {
        return ctx.insertInto(APP_USER)
                .set(APP_USER.USERNAME, account.username())
                .set(APP_USER.PASSWORD_HASH, account.passwordHash())
                .set(APP_USER.ROLE, account.role())
                .set(APP_USER.DISPLAY_NAME, account.displayName())
                .set(APP_USER.AGENT_ID, account.agentId())
                .set(APP_USER.EMAIL, account.email())
                .set(APP_USER.DEMO, account.demo())
                .set(APP_USER.PASSWORD_CHANGE_REQUIRED, account.passwordChangeRequired())
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    /** Every login, by username, with the employee number of a linked agent. */
    public List<UserSummary> summaries() {
        return summaryQuery(DSL.trueCondition()).orderBy(APP_USER.USERNAME).fetch(Records.mapping(UserSummary::new));
    }

    public Optional<UserSummary> summary(long id) {
        return summaryQuery(APP_USER.ID.eq(id)).fetchOptional(Records.mapping(UserSummary::new));
    }

    private org.jooq.SelectConditionStep<org.jooq.Record14<Long, String, String, AppRole, Long, String, String, Boolean,
            Boolean, Boolean, Boolean, Boolean, OffsetDateTime, OffsetDateTime>> summaryQuery(org.jooq.Condition condition) {
        return ctx.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, APP_USER.AGENT_ID,
                        AGENT.EMPLOYEE_NUMBER, APP_USER.EMAIL, APP_USER.ENABLED, APP_USER.DEMO,
                        APP_USER.PASSWORD_HASH.isNotNull(), APP_USER.OIDC_SUBJECT.isNotNull(),
                        APP_USER.PASSWORD_CHANGE_REQUIRED, APP_USER.CREATED_AT, APP_USER.LAST_SIGN_IN_AT)
                .from(APP_USER)
                .leftJoin(AGENT).on(AGENT.ID.eq(APP_USER.AGENT_ID))
                .where(condition);
    }

    /** Serialises the first-admin check of the setup page and the command line: one creator at a time. */
    public void lockForAdminBootstrap() {
        ctx.execute("lock table app_user in share row exclusive mode");
    }

    public boolean usernameTaken(String username) {
        return ctx.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public boolean emailTaken(String email, Long exceptUserId) {
        return ctx.fetchExists(APP_USER, APP_USER.EMAIL.eq(email)
                .and(exceptUserId == null ? DSL.trueCondition() : APP_USER.ID.ne(exceptUserId)));
    }

    /** The username of the (non-demo) login already linked to an agent, if any. */
    public Optional<String> loginOfAgent(long agentId, Long exceptUserId) {
        return ctx.select(APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.AGENT_ID.eq(agentId)).and(APP_USER.DEMO.isFalse())
                .and(exceptUserId == null ? DSL.trueCondition() : APP_USER.ID.ne(exceptUserId))
                .limit(1).fetchOptional(APP_USER.USERNAME);
    }

    public boolean enabledAdminExists() {
        return ctx.fetchExists(APP_USER, APP_USER.ROLE.eq(AppRole.ADMIN).and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.DEMO.isFalse()));
    }

    /** Enabled admins other than the given login: the last one may not be disabled or demoted. */
    public int otherEnabledAdmins(long userId) {
        return ctx.fetchCount(APP_USER, APP_USER.ROLE.eq(AppRole.ADMIN).and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.ID.ne(userId)));
    }

    /** Takes a row lock on the admins so two concurrent demotions cannot both pass the last-admin check. */
    public void lockAdmins() {
        ctx.select(APP_USER.ID).from(APP_USER).where(APP_USER.ROLE.eq(AppRole.ADMIN)).forUpdate().fetch();
    }

    public boolean setEnabled(long userId, boolean enabled) {
        return ctx.update(APP_USER).set(APP_USER.ENABLED, enabled).where(APP_USER.ID.eq(userId)).execute() > 0;
    }

    public boolean setPassword(long userId, String passwordHash, boolean changeRequired) {
        return ctx.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PASSWORD_CHANGE_REQUIRED, changeRequired)
                .where(APP_USER.ID.eq(userId)).execute() > 0;
    }

    public boolean setRole(long userId, AppRole role, Long agentId) {
        return ctx.update(APP_USER).set(APP_USER.ROLE, role).set(APP_USER.AGENT_ID, agentId)
                .where(APP_USER.ID.eq(userId)).execute() > 0;
    }

    public boolean setEmail(long userId, String email) {
        return ctx.update(APP_USER).set(APP_USER.EMAIL, email).where(APP_USER.ID.eq(userId)).execute() > 0;
    }

    public void linkOidcSubject(long userId, String subject) {
        ctx.update(APP_USER).set(APP_USER.OIDC_SUBJECT, subject).where(APP_USER.ID.eq(userId)).execute();
    }

    public void markSignedIn(long userId, OffsetDateTime at) {
        ctx.update(APP_USER).set(APP_USER.LAST_SIGN_IN_AT, at).where(APP_USER.ID.eq(userId)).execute();
    }

    /** Current agents (not left) without a login of their own, by employee number; {@code only} narrows to ids. */
    public List<AgentWithoutLogin> agentsWithoutLogin(List<Long> only) {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME),
                        AGENT.EMAIL)
                .from(AGENT)
                .where(AGENT.STATUS.ne(AgentStatus.LEFT))
                .and(only == null ? DSL.trueCondition() : AGENT.ID.in(only))
                .andNotExists(DSL.selectOne().from(APP_USER)
                        .where(APP_USER.AGENT_ID.eq(AGENT.ID)).and(APP_USER.DEMO.isFalse()))
                .orderBy(AGENT.EMPLOYEE_NUMBER)
                .fetch(Records.mapping(AgentWithoutLogin::new));
    }

    /** An agent by id, as a login would link to it: employee number, full name, e-mail. */
    public Optional<AgentWithoutLogin> agent(long agentId) {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME),
                        AGENT.EMAIL)
                .from(AGENT).where(AGENT.ID.eq(agentId))
                .fetchOptional(Records.mapping(AgentWithoutLogin::new));
    }

    /** A current agent by e-mail (case-insensitive), for a company sign-in whose claims make them an agent. */
    public Optional<AgentWithoutLogin> currentAgentByEmail(String email) {
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME),
                        AGENT.EMAIL)
                .from(AGENT).where(DSL.lower(AGENT.EMAIL).eq(email)).and(AGENT.STATUS.ne(AgentStatus.LEFT))
                .fetchOptional(Records.mapping(AgentWithoutLogin::new));
    }
}
