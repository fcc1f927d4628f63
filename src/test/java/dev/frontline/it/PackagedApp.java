package dev.frontline.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** The packaged {@code target/frontline.jar} run as a separate process, the way a user starts it. */
final class PackagedApp implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("frontline.jar", "target/frontline.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Packaged jar not found at " + jar + "; run mvn verify");
        }
        return jar;
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * Asks for the demo's past plans (forecasts, requirements and published rosters of the last weeks, and service
     * actuals), which add a minute to the first start: only the shared browser app, whose pages show them, asks.
     */
    static final String WITH_PAST_PLANS = "--frontline.demo.past-plans=true";

    /**
     * Starts the web app with the demo centre on a free port over the given database and waits until it answers;
     * without the past plans unless {@link #WITH_PAST_PLANS} is among the arguments.
     */
    static PackagedApp startDemo(Map<String, String> environment, String... arguments) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(Path.of("target"), "frontline-app", ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-jar", jar().toString(),
                "--server.port=" + port, "--spring.profiles.active=demo"));
        if (!List.of(arguments).contains(WITH_PAST_PLANS)) {
            // nor the demo's published coming period with its swaps and open shifts: only the shared app shows them
            command.add("--frontline.demo.past-plans=false");
            command.add("--frontline.demo.swaps=false");
            command.add("--frontline.demo.capacity=false");
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PackagedApp app = new PackagedApp(builder.start(), log, port);
        app.awaitLoginPage(Duration.ofSeconds(Long.getLong("frontline.it.start-seconds", 240)));
        return app;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    private void awaitLoginPage(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await("the app on " + baseUrl()).atMost(timeout).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> answersLoginPage(http));
        } catch (ConditionTimeoutException slow) {
            throw new IllegalStateException("The app did not answer on " + baseUrl() + " in " + timeout + ":\n" + logTail(),
                    slow);
        }
    }

    /** Whether the login page answers yet; an app that exited fails at once, with the end of its log. */
    private boolean answersLoginPage(HttpClient http) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("The app exited with " + process.exitValue() + ":\n" + logTail());
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            // still starting
            return false;
        }
    }

    String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: no shutdown hooks, no goodbye to the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
