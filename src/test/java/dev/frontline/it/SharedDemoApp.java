package dev.frontline.it;

import java.util.Map;

import dev.frontline.testing.ScratchDatabase;

/**
 * One packaged app with the demo centre for all browser tests of a run: starting and seeding it is the slow part,
 * so the browser tests share it (each signs in with its own browser) and it stops when the test JVM exits.
 */
final class SharedDemoApp {

    private static ScratchDatabase database;
    private static PackagedApp app;

    private SharedDemoApp() {
    }

    static synchronized PackagedApp get() throws Exception {
        if (app == null) {
            Browsers.requireInstalled();
            database = ScratchDatabase.create("frontline_browser");
            app = PackagedApp.startDemo(Map.of("SPRING_DATASOURCE_URL", database.url(),
                    "SPRING_DATASOURCE_USERNAME", ScratchDatabase.USER,
                    "SPRING_DATASOURCE_PASSWORD", ScratchDatabase.PASSWORD), PackagedApp.WITH_PAST_PLANS);
            Runtime.getRuntime().addShutdownHook(new Thread(SharedDemoApp::stop));
        }
        return app;
    }

    /** The app's database, for tests that set up data the UI then shows. */
    static synchronized String databaseUrl() throws Exception {
        get();
        return database.url();
    }

    private static synchronized void stop() {
        try {
            app.close();
        } catch (Exception e) {
            System.err.println("Could not stop the demo app: " + e.getMessage());
        } finally {
            database.close();
        }
    }
}
