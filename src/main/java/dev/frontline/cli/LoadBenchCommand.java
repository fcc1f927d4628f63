package dev.frontline.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.frontline.shared.bench.BenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A load benchmark against a running app (the demo centre): API readers and planners loading pages at the same time
 * for a fixed time, each user one virtual thread sending its next request when the last one answered (a closed
 * loop, no think time, so the figures are the server's capacity, not a traffic model). API readers sign in with HTTP
 * basic on every request (as scripts do) or a bearer token; planners sign in once through the form, with its CSRF
 * token, and then load Vaadin pages: the page itself and, unless the page carries it, the request that builds its UI
 * on the server. Prints throughput, latency percentiles and errors per kind and writes them to docs/benchmarks.md.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load a running app: concurrent API readers and planners' page loads; throughput, p95 and errors.")
public class LoadBenchCommand implements Callable<Integer> {

    private static final List<String> API_READS = List.of("/api/v1/agents", "/api/v1/queues", "/api/v1/sites",
            "/api/v1/teams", "/api/v1/skills", "/api/v1/contracts", "/api/v1/shift-templates");
    private static final List<String> PLANNER_PAGES = List.of("planner", "forecast", "requirements", "roster", "agents",
            "queues", "imports");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF_NAME = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The running app (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--readers", defaultValue = "100", description = "Concurrent API readers (default ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--planners", defaultValue = "20", description = "Concurrent planners loading pages (default ${DEFAULT-VALUE}).")
    int planners;

    @Option(names = "--seconds", defaultValue = "60", description = "How long the load lasts (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--user", defaultValue = "planner", description = "Planner login of readers and page loads (default ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", defaultValue = "frontline", description = "Its password (default: the demo's).")
    String password;

    @Option(names = "--token", description = "API readers send this bearer token instead of basic auth.")
    String token;

    @Option(names = "--no-report", description = "Print only; do not write docs/benchmarks.md.")
    boolean noReport;

    /** Latencies (ms) and failures of one kind of request. */
    static final class Tally {
        private final List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong errors = new AtomicLong();
        private final ConcurrentHashMap<String, AtomicLong> reasons = new ConcurrentHashMap<>();

        void ok(long startedNanos) {
            millis.add((System.nanoTime() - startedNanos) / 1e6);
        }

        void error(long startedNanos, String reason) {
            millis.add((System.nanoTime() - startedNanos) / 1e6);
            errors.incrementAndGet();
            reasons.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
        }

        long count() {
            return millis.size();
        }

        double percentile(double p) {
            double[] sorted;
            synchronized (millis) {
                sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            }
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        String reasons() {
            return reasons.isEmpty() ? "" : reasons.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                    .sorted().reduce((a, b) -> a + ", " + b).orElse("");
        }
    }

    @Override
    public Integer call() throws Exception {
        if (readers < 0 || planners < 0 || readers + planners == 0 || seconds < 1) {
            throw new IllegalArgumentException("bench load: --readers and --planners must not be negative, not both 0,"
                    + " and --seconds at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String authorization = token != null ? "Bearer " + token : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        // fail fast, before any load, when the app is not there or the credentials are wrong
        int probe = http.send(HttpRequest.newBuilder(URI.create(base + API_READS.getFirst()))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (probe != 200) {
            throw new IllegalArgumentException("bench load: GET " + base + API_READS.getFirst() + " answered " + probe
                    + "; start the app with the demo profile and check --user/--password/--token");
        }

        Tally api = new Tally();
        Tally pages = new Tally();
        Tally signIns = new Tally();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        out.printf(Locale.ROOT, "Loading %s for %d s: %d API readers (%s), %d planners loading pages…%n", base, seconds,
                readers, token != null ? "bearer token" : "basic auth", planners);
        out.flush();
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                int offset = i;
                running.add(users.submit(() -> reader(http, base, authorization, offset, end, api)));
            }
            for (int i = 0; i < planners; i++) {
                int offset = i;
                running.add(users.submit(() -> planner(http, base, offset, end, signIns, pages)));
            }
            for (Future<?> user : running) {
                user.get();
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;

        String table = String.format(Locale.ROOT, """
                | requests | count | per second | p50 | p95 | p99 | errors |
                |---|---|---|---|---|---|---|
                %s
                %s
                %s
                """, row("API reads (" + readers + " readers, " + (token != null ? "bearer" : "basic auth") + ")", api, elapsed),
                row("planner page loads (" + planners + " planners)", pages, elapsed),
                row("planner sign-ins (form, once each)", signIns, elapsed));
        out.println(table);
        for (var kind : List.of(api, pages, signIns)) {
            if (!kind.reasons().isEmpty()) {
                out.println("errors: " + kind.reasons());
            }
        }
        if (!noReport) {
            BenchmarkReport.inWorkingDirectory().writeSection("load", "Load: API readers and planners' page loads",
                    "java -jar target/frontline.jar bench load --url " + base + " --readers " + readers + " --planners "
                            + planners + " --seconds " + seconds + (token != null ? " --token flt_…" : ""),
                    String.format(Locale.ROOT, """
                            %d API readers and %d planners at once for %.0f s against the app with the demo centre, on
                            the same 2-core machine as the load generator (so both share the CPU). Each user sends its
                            next request when the last one answered. API reads rotate over %s; a page load is one of
                            %s (the page and, when the page does not carry it, the request that builds its UI). An
                            error is any answer other than 200, or no answer within 60 s. Load average of the
                            machine (1, 5, 15 min) before the run: %s; after: %s.

                            %s
                            %s
                            """, readers, planners, elapsed, String.join(", ", API_READS),
                            String.join(", ", PLANNER_PAGES.stream().map(p -> "/" + p).toList()), loadBefore, loadAverage(), table,
                            api.reasons().isEmpty() && pages.reasons().isEmpty() ? "No errors."
                                    : "Errors: " + (api.reasons() + " " + pages.reasons()).strip()));
        }
        return api.errors.get() + pages.errors.get() + signIns.errors.get() == 0 ? 0 : 1;
    }

    /** The machine's load average as /proc/loadavg gives it, or "unknown" off Linux. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String row(String what, Tally tally, double elapsed) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f ms | %.0f ms | %.0f ms | %d |", what, tally.count(),
                tally.count() / elapsed, tally.percentile(0.50), tally.percentile(0.95), tally.percentile(0.99),
                tally.errors.get());
    }

    private static void reader(HttpClient http, String base, String authorization, int offset, long end, Tally api) {
        for (int i = offset; System.nanoTime() < end; i++) {
            String path = API_READS.get(i % API_READS.size());
            long started = System.nanoTime();
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", authorization).header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    api.ok(started);
                } else {
                    api.error(started, "HTTP " + response.statusCode());
                }
            } catch (Exception e) {
                api.error(started, e.getClass().getSimpleName());
            }
        }
    }

    private void planner(HttpClient http, String base, int offset, long end, Tally signIns, Tally pages) {
        String session;
        long signInStarted = System.nanoTime();
        try {
            session = signIn(http, base);
            signIns.ok(signInStarted);
        } catch (Exception e) {
            signIns.error(signInStarted, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        for (int i = offset; System.nanoTime() < end; i++) {
            String page = PLANNER_PAGES.get(i % PLANNER_PAGES.size());
            long started = System.nanoTime();
            try {
                HttpResponse<String> html = http.send(get(base + "/" + page, session), HttpResponse.BodyHandlers.ofString());
                if (html.statusCode() != 200) {
                    pages.error(started, "page HTTP " + html.statusCode());
                    continue;
                }
                // a page that does not carry its UI (Vaadin's "TypeScript.initial") has it built by an init request
                if (!html.body().contains("\"initial\"")) {
                    HttpResponse<String> init = http.send(get(base + "/?v-r=init&location="
                            + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&query=", session),
                            HttpResponse.BodyHandlers.ofString());
                    if (init.statusCode() != 200 || !init.body().contains("uidl")) {
                        pages.error(started, "UI init HTTP " + init.statusCode());
                        continue;
                    }
                }
                pages.ok(started);
            } catch (Exception e) {
                pages.error(started, e.getClass().getSimpleName());
            }
        }
    }

    private static HttpRequest get(String target, String session) {
        return HttpRequest.newBuilder(URI.create(target)).header("Cookie", "JSESSIONID=" + session)
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** Signs in through the form as a browser does: the login page's session and CSRF token, then the POST. */
    private String signIn(HttpClient http, String base) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(page).orElseThrow(() -> new IllegalStateException("the login page set no session"));
        Matcher name = CSRF_NAME.matcher(page.body());
        Matcher value = CSRF_TOKEN.matcher(page.body());
        if (!name.find() || !value.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&" + name.group(1) + "=" + URLEncoder.encode(value.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in refused (" + answer.statusCode() + " → " + location + ")");
        }
        return cookie(answer).orElse(session);
    }

    private static java.util.Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }
}
