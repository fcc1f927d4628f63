package dev.frontline.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run its own empty PostgreSQL database: created when the JUnit session opens, handed to Spring
 * as {@code spring.datasource.url}, dropped when the session closes. Tests never touch the developer's data and
 * two runs never see each other's rows.
 */
public class FreshDatabasePerRun implements LauncherSessionListener {

    private ScratchDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("spring.datasource.url") != null) {
            return;
        }
        database = ScratchDatabase.create("frontline_test");
        System.setProperty("spring.datasource.url", database.url());
        System.setProperty("spring.datasource.username", ScratchDatabase.USER);
        System.setProperty("spring.datasource.password", ScratchDatabase.PASSWORD);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            System.clearProperty("spring.datasource.url");
        }
    }
}
