package dev.frontline.app.persistence;

import static dev.frontline.db.Tables.APP_USER;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The UI language each user chose ({@code app_user.ui_language}; null: the browser's). */
@Repository
public class UserLanguageRepository {

    private final DSLContext ctx;

    UserLanguageRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Optional<String> find(long userId) {
        return ctx.select(APP_USER.UI_LANGUAGE).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.UI_LANGUAGE);
    }

    /** Stores the choice; false when there is no such user. */
    public boolean store(long userId, String language) {
        return ctx.update(APP_USER).set(APP_USER.UI_LANGUAGE, language).where(APP_USER.ID.eq(userId)).execute() == 1;
    }
}
