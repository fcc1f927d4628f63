package dev.frontline.imports.api;

import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportJobs;
import dev.frontline.imports.ImportKind;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Following a commit job over REST, as a script does after a commit answered 202: 202 while it runs, then how it
 * ended — imported, stopped or failed — and 404 for a job that is not an import commit.
 */
@FrontlineIntegrationTest
class ImportCommitJobApiTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;
    @Autowired
    ImportJobs commits;
    @Autowired
    JobService jobs;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;
    @Autowired
    JsonMapper json;

    record Response(int status, String location, String body) {
    }

    @BeforeEach
    void signIn() {
        UserDetails planner = users.loadUserByUsername("planner");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(planner, null, planner.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Response get(long jobId) {
        return get(jobId, "en-GB");
    }

    private Response get(long jobId, String acceptLanguage) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/v1/imports/jobs/" + jobId)
                .headers(h -> {
                    h.setBasicAuth("planner", "frontline");
                    h.set("Accept-Language", acceptLanguage);
                })
                .exchange((req, res) -> new Response(res.getStatusCode().value(),
                        res.getHeaders().getLocation() == null ? null : res.getHeaders().getLocation().toString(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private String queue() {
        String code = "IMPJOB_" + System.nanoTime() % 1_000_000_000L;
        long skill = ctx.select(SKILL.ID).from(SKILL).orderBy(SKILL.ID).limit(1).fetchSingle(SKILL.ID);
        ctx.insertInto(QUEUE).set(QUEUE.CODE, code).set(QUEUE.NAME, "API job test").set(QUEUE.CHANNEL, ChannelType.VOICE)
                .set(QUEUE.LANGUAGE, "en").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, "Europe/Istanbul")
                .set(QUEUE.COUNTRY_CODE, "TR").set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80"))
                .set(QUEUE.SL_THRESHOLD_SECONDS, 20).execute();
        return code;
    }

    private JobRecord commit(int rows) {
        StringBuilder file = new StringBuilder("interval_start,offered,handled,abandoned,aht_seconds\n");
        LocalDateTime t = LocalDateTime.of(2020, 1, 6, 0, 0);
        for (int i = 0; i < rows; i++, t = t.plusMinutes(15)) {
            file.append(t.format(LOCAL)).append(",12,11,1,190\n");
        }
        return commits.commit(ImportKind.HISTORY, "history.csv",
                new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                new HistoryOptions(queue(), ZoneId.of("UTC"), null));
    }

    private JobRecord awaitEnd(JobRecord job) {
        return Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.find(job.id()).orElseThrow(), row -> !row.active());
    }

    @Test
    void aRunningCommitIs202ThenItsStopIs409() throws Exception {
        JobRecord job = commit(200_000);

        Response running = get(job.id());
        assertThat(running.status()).isEqualTo(202);
        assertThat(running.location()).isEqualTo("/api/v1/imports/jobs/" + job.id());
        JsonNode body = json.readTree(running.body());
        assertThat(body.get("jobId").asLong()).isEqualTo(job.id());
        assertThat(body.get("state").asString()).isIn("QUEUED", "RUNNING");

        jobs.cancel(job.id());
        awaitEnd(job);
        Response stopped = get(job.id());
        assertThat(stopped.status()).isEqualTo(409);
        assertThat(json.readTree(stopped.body()).get("detail").asString()).isEqualTo("The import was stopped; nothing was imported.");
        assertThat(json.readTree(stopped.body()).get("title").asString()).isEqualTo("Import stopped");
        JsonNode polish = json.readTree(get(job.id(), "pl-PL,pl;q=0.9").body());
        assertThat(polish.get("title").asString()).isEqualTo("Import zatrzymany");
        assertThat(polish.get("detail").asString()).isEqualTo("Import został zatrzymany; nic nie zaimportowano.");
        assertThat(json.readTree(get(job.id(), "tr-TR").body()).get("detail").asString())
                .isEqualTo("İçe aktarma durduruldu; hiçbir şey içe aktarılmadı.");
    }

    @Test
    void anEndedCommitIsItsResultAndAFailedOneSaysWhy() throws Exception {
        JobRecord done = awaitEnd(commit(8));
        Response imported = get(done.id());
        assertThat(imported.status()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).get("created").asLong()).isEqualTo(8);
        assertThat(json.readTree(imported.body()).get("committed").asBoolean()).isTrue();

        // a commit job whose upload does not exist fails on the node that runs it
        JobRecord failed = awaitEnd(jobs.submit("IMPORT_COMMIT", Long.MAX_VALUE, java.util.Map.of()));
        Response failure = get(failed.id());
        assertThat(failure.status()).isEqualTo(500);
        assertThat(json.readTree(failure.body()).get("detail").asString())
                .isEqualTo("The import failed; nothing was imported: import upload #" + Long.MAX_VALUE
                        + " does not exist; upload the file again");
        JsonNode turkish = json.readTree(get(failed.id(), "tr-TR").body());
        assertThat(turkish.get("title").asString()).isEqualTo("İçe aktarma başarısız oldu");
        assertThat(turkish.get("detail").asString()).doesNotStartWith("The import failed");
        assertThat(json.readTree(get(failed.id(), "pl-PL").body()).get("title").asString())
                .isEqualTo("Import nie powiódł się");
    }

    @Test
    void aJobThatIsNotAnImportCommitIsNotFound() {
        assertThat(get(Long.MAX_VALUE).status()).isEqualTo(404);
    }
}
