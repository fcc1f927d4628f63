package dev.frontline.training.api;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Named trainers' availability over real HTTP: HR replaces it, planners read it, refusals name the field. */
@FrontlineIntegrationTest
class TrainerApiTest {

    static final String NAME = "Api trainer";
    static final String PATH = "/api/v1/training/trainers/Api trainer";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;

    @BeforeEach
    void aCourseNamesTheTrainer() {
        ctx.insertInto(TRAINING_COURSE).set(TRAINING_COURSE.CODE, "TRN-API").set(TRAINING_COURSE.NAME, "Trainer API")
                .set(TRAINING_COURSE.GRANTS, TrainingGrant.NONE).set(TRAINING_COURSE.TOTAL_HOURS, new BigDecimal("4"))
                .set(TRAINING_COURSE.SESSION_MINUTES, 120).set(TRAINING_COURSE.DELIVERY, TrainingDelivery.VIRTUAL)
                .set(TRAINING_COURSE.TRAINER_NAME, NAME).set(TRAINING_COURSE.OFF_PHONE_HOURS, new BigDecimal("4"))
                .execute();
    }

    @AfterEach
    void cleanUp() {
        ctx.deleteFrom(TRAINING_COURSE).where(TRAINING_COURSE.CODE.eq("TRN-API")).execute();
        ctx.deleteFrom(TRAINING_TRAINER).where(TRAINING_TRAINER.NAME.eq(NAME)).execute();
    }

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    private JsonNode listed(String user) {
        Response answer = call(HttpMethod.GET, user, "/api/v1/training/trainers", null);
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode t : json.readTree(answer.body())) {
            if (t.get("name").asString().equals(NAME)) {
                return t;
            }
        }
        throw new AssertionError(NAME + " is not listed");
    }

    @Test
    void hrReplacesATrainersWeekAndPlannersReadIt() {
        JsonNode before = listed("planner");
        assertThat(before.get("anyTime").asBoolean()).isTrue();
        assertThat(before.get("version").asInt()).isZero();

        Response saved = call(HttpMethod.PUT, "hr.lead", PATH, """
                {"version":0,"hours":[{"weekday":"MONDAY","from":"09:00","to":"17:00"},
                 {"weekday":"wednesday","from":"10:00","to":"12:30"}],
                 "away":[{"day":"2030-01-07","reason":"Conference"}]}""");
        assertThat(saved.status()).isEqualTo(200);

        JsonNode after = listed("planner");
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(after.get("anyTime").asBoolean()).isFalse();
        assertThat(after.get("hours").get(1).get("weekday").asString()).isEqualTo("WEDNESDAY");
        assertThat(after.get("hours").get(1).get("to").asString()).startsWith("12:30");
        assertThat(after.get("away").get(0).get("day").asString()).isEqualTo("2030-01-07");
        assertThat(after.get("away").get(0).get("reason").asString()).isEqualTo("Conference");

        // the same version again was changed meanwhile
        assertThat(call(HttpMethod.PUT, "hr.lead", PATH, "{\"version\":0,\"hours\":[],\"away\":[]}")
                .problem(409).get("field").asString()).isEqualTo("version");
        // emptied: any time again
        assertThat(call(HttpMethod.PUT, "hr.lead", PATH, "{\"version\":1,\"hours\":[],\"away\":[]}").status())
                .isEqualTo(200);
        assertThat(listed("hr.lead").get("anyTime").asBoolean()).isTrue();
    }

    @Test
    void onlyHrChangesItAndAgentsDoNotReadIt() {
        assertThat(call(HttpMethod.PUT, "planner", PATH, "{\"version\":0,\"hours\":[],\"away\":[]}").status())
                .isEqualTo(403);
        String agent = ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.STATUS.eq(AgentStatus.ACTIVE))
                .orderBy(AGENT.EMPLOYEE_NUMBER).limit(1).fetchSingle(AGENT.EMPLOYEE_NUMBER).toLowerCase(Locale.ROOT);
        assertThat(call(HttpMethod.GET, agent, "/api/v1/training/trainers", null).status()).isEqualTo(403);
        assertThat(call(HttpMethod.PUT, agent, PATH, "{\"version\":0,\"hours\":[],\"away\":[]}").status())
                .isEqualTo(403);
        assertThat(ctx.fetchCount(TRAINING_TRAINER, TRAINING_TRAINER.NAME.eq(NAME))).isZero();
    }

    @Test
    void refusalsNameTheFieldInTheReadersLanguage() {
        JsonNode backwards = call(HttpMethod.PUT, "hr.lead", PATH, """
                {"version":0,"hours":[{"weekday":"MONDAY","from":"17:00","to":"09:00"}],"away":[]}""")
                .problem(400);
        assertThat(backwards.get("field").asString()).isEqualTo("hours[0].to");
        assertThat(backwards.get("rule").asString()).isEqualTo("window-backwards");
        assertThat(backwards.get("detail").asString())
                .isEqualTo("hours[0].to: The window ends at 09:00, which is not after its start at 17:00.");

        Response turkish = new ApiCalls(port).call(HttpMethod.PUT, "hr.lead", PATH, """
                {"version":0,"hours":[{"weekday":"FUNDAY","from":"09:00","to":"17:00"}],"away":[]}""", "tr");
        assertThat(turkish.status()).isEqualTo(400);
        JsonNode problem = json.readTree(turkish.body());
        assertThat(problem.get("field").asString()).isEqualTo("hours[0].weekday");
        assertThat(problem.get("detail").asString())
                .isEqualTo("hours[0].weekday: FUNDAY bir hafta günü değil (MONDAY ile SUNDAY arası).");

        Response polish = new ApiCalls(port).call(HttpMethod.PUT, "hr.lead",
                "/api/v1/training/trainers/Nobody at all", "{\"version\":0,\"hours\":[],\"away\":[]}", "pl");
        assertThat(polish.status()).isEqualTo(404);
        assertThat(json.readTree(polish.body()).get("detail").asString())
                .isEqualTo("name: Żaden kurs nie wskazuje trenera Nobody at all.");

        JsonNode twice = call(HttpMethod.PUT, "hr.lead", PATH, """
                {"version":0,"hours":[],"away":[{"day":"2030-01-07"},{"day":"2030-01-07","reason":"Again"}]}""")
                .problem(400);
        assertThat(twice.get("field").asString()).isEqualTo("away[1].day");
        assertThat(ctx.fetchCount(TRAINING_TRAINER, TRAINING_TRAINER.NAME.eq(NAME))).isZero();
    }
}
