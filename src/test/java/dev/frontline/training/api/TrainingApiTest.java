package dev.frontline.training.api;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.AGENT_SKILL_GAIN;
import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The training API over real HTTP on the demo centre: its rules, their problems, and who may see what. */
@FrontlineIntegrationTest
class TrainingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    private static String course(String code, String grants, String skill, String proficiency, int session,
                                 String delivery, String site, Integer seats, List<String> prerequisites) {
        return """
                {"code":"%s","name":"Course %s","grants":"%s","skillCode":%s,"proficiency":%s,"totalHours":12,
                 "sessionMinutes":%d,"delivery":"%s","siteCode":%s,"roomSeats":%s,"trainerName":"Test trainer",
                 "offPhoneHours":12,"prerequisites":[%s]}"""
                .formatted(code, code, grants, skill == null ? "null" : "\"" + skill + "\"",
                        proficiency == null ? "null" : proficiency, session, delivery,
                        site == null ? "null" : "\"" + site + "\"", seats == null ? "null" : seats,
                        String.join(",", prerequisites.stream().map(p -> "\"" + p + "\"").toList()));
    }

    private static String virtual(String code, List<String> prerequisites) {
        return course(code, "NONE", null, null, 240, "VIRTUAL", null, null, prerequisites);
    }

    /** The most recently hired employed agent without {@code skill}, by employee number. */
    private String employedAgentWithout(String skill) {
        return ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT)
                .where(AGENT.STATUS.eq(AgentStatus.ACTIVE))
                .andNotExists(ctx.selectOne().from(AGENT_SKILL).join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID))
                        .where(AGENT_SKILL.AGENT_ID.eq(AGENT.ID)).and(SKILL.CODE.eq(skill)))
                .orderBy(AGENT.EMPLOYEE_NUMBER.desc()).limit(1).fetchSingle(AGENT.EMPLOYEE_NUMBER);
    }

    @Test
    void aPrerequisiteCycleIsRefusedNamingTheCycle() {
        assertThat(call(HttpMethod.POST, "hr.lead", "/api/v1/training/courses", virtual("CYC-101", List.of())).status())
                .isEqualTo(201);
        Response second = call(HttpMethod.POST, "hr.lead", "/api/v1/training/courses",
                virtual("CYC-201", List.of("CYC-101")));
        assertThat(second.status()).isEqualTo(201);
        JsonNode first = json.readTree(call(HttpMethod.GET, "planner", "/api/v1/training/courses", null).body());
        JsonNode stored = null;
        for (JsonNode c : first) {
            if (c.get("course").get("code").asString().equals("CYC-101")) {
                stored = c;
            }
        }
        assertThat(stored).isNotNull();
        Response cycle = call(HttpMethod.PUT, "hr.lead", "/api/v1/training/courses/" + stored.get("id").asLong()
                + "?version=" + stored.get("version").asInt(), virtual("CYC-101", List.of("CYC-201")));
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.contentType()).isEqualTo("application/problem+json");
        assertThat(cycle.body()).contains("CYC-101 → CYC-201 → CYC-101").contains("\"field\":\"prerequisites\"")
                .contains("\"rule\":\"cycle\"");
    }

    @Test
    void aClassroomWithoutSeatsIsRefusedOnTheSeatsField() {
        Response refused = call(HttpMethod.POST, "planner", "/api/v1/training/courses",
                course("ROOM-0", "NONE", null, null, 240, "CLASSROOM", "IST", 0, List.of()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"roomSeats\"").contains("at least one seat");
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("detail").asString()).isEqualTo("roomSeats: A classroom needs at least one seat.");
        assertThat(problem.get("title").asString()).isEqualTo("Training rule refused the request");
    }

    @Test
    void aRefusalIsInTheReadersLanguage() {
        String body = course("ROOM-0", "NONE", null, null, 240, "CLASSROOM", "IST", 0, List.of());
        Response polish = new ApiCalls(port).call(HttpMethod.POST, "planner", "/api/v1/training/courses", body,
                "pl-PL,pl;q=0.9,en;q=0.5");
        assertThat(polish.status()).isEqualTo(400);
        JsonNode problem = json.readTree(polish.body());
        assertThat(problem.get("detail").asString()).isEqualTo("roomSeats: Sala musi mieć co najmniej jedno miejsce.");
        assertThat(problem.get("title").asString()).isEqualTo("Reguła szkoleń odrzuciła żądanie");
        assertThat(problem.get("field").asString()).isEqualTo("roomSeats");
        assertThat(problem.get("rule").asString()).isEqualTo("room-seats");
        assertThat(problem.get("refusals").get(0).get("message").asString())
                .isEqualTo("Sala musi mieć co najmniej jedno miejsce.");

        Response turkish = new ApiCalls(port).call(HttpMethod.POST, "hr.lead", "/api/v1/training/enrolments",
                "{\"employeeNumbers\":[\"E00001\"],\"courseCode\":\"NOPE-999\",\"dueDate\":\"2030-01-01\"}", "tr");
        assertThat(turkish.status()).isEqualTo(404);
        assertThat(json.readTree(turkish.body()).get("detail").asString())
                .isEqualTo("courseCode: NOPE-999 kodlu bir kurs yok.");
        assertThat(json.readTree(turkish.body()).get("title").asString()).isEqualTo("Eğitim kuralı isteği reddetti");
    }

    @Test
    void enrolmentNamesAMissingPrerequisiteAndCompletionRaisesTheSkill() {
        call(HttpMethod.POST, "hr.lead", "/api/v1/training/courses", virtual("PRE-101", List.of()));
        assertThat(call(HttpMethod.POST, "hr.lead", "/api/v1/training/courses",
                course("SKL-201", "SKILL", "CARE_EN_CHAT", "0.65", 240, "VIRTUAL", null, null, List.of("PRE-101")))
                .status()).isEqualTo(201);
        String agent = employedAgentWithout("CARE_EN_CHAT");
        String due = LocalDate.now().plusWeeks(4).toString();
        Response missing = call(HttpMethod.POST, "hr.lead", "/api/v1/training/enrolments",
                "{\"employeeNumbers\":[\"" + agent + "\"],\"courseCode\":\"SKL-201\",\"dueDate\":\"" + due + "\"}");
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.body()).contains("SKL-201 needs PRE-101 first").contains(agent)
                .contains("\"rule\":\"prerequisite-missing\"");

        // the prerequisite first, passed; then the course itself
        JsonNode pre = json.readTree(call(HttpMethod.POST, "hr.lead", "/api/v1/training/enrolments",
                "{\"employeeNumbers\":[\"" + agent + "\"],\"courseCode\":\"PRE-101\",\"dueDate\":\"" + due + "\"}").body());
        assertThat(pre.get(0).get("status").asString()).isEqualTo("PLANNED");
        String yesterday = LocalDate.now().minusDays(1).toString();
        Response passed = call(HttpMethod.POST, "hr.lead", "/api/v1/training/enrolments/" + pre.get(0).get("id").asLong()
                + "/complete", "{\"completedOn\":\"" + yesterday + "\",\"passed\":true,\"score\":91,\"version\":0}");
        assertThat(passed.status()).isEqualTo(200);
        assertThat(passed.body()).contains("\"status\":\"COMPLETED\"");
        JsonNode skill = json.readTree(call(HttpMethod.POST, "planner", "/api/v1/training/enrolments",
                "{\"employeeNumbers\":[\"" + agent + "\"],\"courseCode\":\"SKL-201\",\"dueDate\":\"" + due + "\"}").body());
        long id = skill.get(0).get("id").asLong();
        Response done = call(HttpMethod.POST, "planner", "/api/v1/training/enrolments/" + id + "/complete",
                "{\"passed\":true,\"version\":0}");
        assertThat(done.status()).isEqualTo(200);
        var proficiency = ctx.select(AGENT_SKILL.PROFICIENCY).from(AGENT_SKILL).join(AGENT).on(AGENT.ID.eq(AGENT_SKILL.AGENT_ID))
                .join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID))
                .where(AGENT.EMPLOYEE_NUMBER.eq(agent)).and(SKILL.CODE.eq("CARE_EN_CHAT")).fetchSingle(AGENT_SKILL.PROFICIENCY);
        assertThat(proficiency).isEqualByComparingTo("0.65");
        assertThat(ctx.fetchCount(AGENT_SKILL_GAIN, AGENT_SKILL_GAIN.ENROLMENT_ID.eq(id)
                .and(AGENT_SKILL_GAIN.GAINED_ON.eq(LocalDate.now())))).isEqualTo(1);
        // a second completion of a finished enrolment is refused
        assertThat(call(HttpMethod.POST, "planner", "/api/v1/training/enrolments/" + id + "/complete",
                "{\"passed\":true,\"version\":1}").status()).isEqualTo(409);
    }

    @Test
    void enrolmentAfterTheExitAndSessionsLongerThanAnyShiftAreRefused() {
        String left = ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.STATUS.eq(AgentStatus.LEFT))
                .orderBy(AGENT.EMPLOYEE_NUMBER).limit(1).fetchSingle(AGENT.EMPLOYEE_NUMBER);
        call(HttpMethod.POST, "hr.lead", "/api/v1/training/courses", virtual("EXIT-101", List.of()));
        String due = LocalDate.now().plusWeeks(2).toString();
        Response exited = call(HttpMethod.POST, "hr.lead", "/api/v1/training/enrolments",
                "{\"employeeNumbers\":[\"" + left + "\"],\"courseCode\":\"EXIT-101\",\"dueDate\":\"" + due + "\"}");
        assertThat(exited.status()).isEqualTo(409);
        assertThat(exited.body()).contains("Agent " + left + " left on").contains("\"rule\":\"after-exit\"");

        call(HttpMethod.POST, "hr.lead", "/api/v1/training/courses",
                course("LONG-101", "NONE", null, null, 720, "VIRTUAL", null, null, List.of()));
        String agent = employedAgentWithout("NO_SUCH_SKILL");
        Response tooLong = call(HttpMethod.POST, "hr.lead", "/api/v1/training/enrolments",
                "{\"employeeNumbers\":[\"" + agent + "\"],\"courseCode\":\"LONG-101\",\"dueDate\":\"" + due + "\"}");
        assertThat(tooLong.status()).isEqualTo(409);
        assertThat(tooLong.body()).contains("A session of 720 minutes of LONG-101 is longer than the longest shift")
                .contains("\"rule\":\"session-longer-than-shift\"");
        assertThat(ctx.fetchCount(TRAINING_ENROLMENT.join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_ENROLMENT.COURSE_ID)),
                TRAINING_COURSE.CODE.in("EXIT-101", "LONG-101"))).as("nothing half-written").isZero();
    }

    @Test
    void hrAndPlannersReadTheCatalogueAndAgentsOnlyTheirOwn() {
        for (String user : List.of("hr.lead", "planner")) {
            for (String path : List.of("/api/v1/training/courses", "/api/v1/training/paths",
                    "/api/v1/training/enrolments", "/api/v1/training/enrolments/paths",
                    "/api/v1/training/enrolments/attention")) {
                assertThat(call(HttpMethod.GET, user, path, null).status()).as(user + " " + path).isEqualTo(200);
            }
            assertThat(call(HttpMethod.GET, user, "/api/v1/me/training", null).status()).isEqualTo(403);
        }
        assertThat(call(HttpMethod.GET, "planner", "/api/v1/training/paths", null).body())
                .contains("ONB-3W").contains("ONB-5W").contains("\"nestingWeeks\":4");
        for (String path : List.of("/api/v1/training/courses", "/api/v1/training/enrolments")) {
            Response refused = call(HttpMethod.GET, "agent.ist", path, null);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(call(HttpMethod.POST, "agent.ist", "/api/v1/training/enrolments",
                "{\"employeeNumbers\":[\"E00001\"],\"courseCode\":\"GDPR-100\",\"dueDate\":\"2030-01-01\"}").status())
                .isEqualTo(403);
        Response mine = call(HttpMethod.GET, "agent.ist", "/api/v1/me/training", null);
        assertThat(mine.status()).isEqualTo(200);
        String own = ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).join(APP_USER).on(APP_USER.AGENT_ID.eq(AGENT.ID))
                .where(APP_USER.USERNAME.eq("agent.ist")).fetchSingle(AGENT.EMPLOYEE_NUMBER);
        JsonNode body = json.readTree(mine.body());
        assertThat(body.get("completed").size()).isPositive();
        for (String list : List.of("next", "completed")) {
            body.get(list).forEach(e -> assertThat(e.get("employeeNumber").asString()).isEqualTo(own));
        }
    }

    @Test
    void theOpenApiDescriptionListsTheTrainingPaths() {
        String docs = call(HttpMethod.GET, "planner", "/v3/api-docs", null).body();
        assertThat(docs).contains("/api/v1/training/courses").contains("/api/v1/training/paths")
                .contains("/api/v1/training/enrolments").contains("/api/v1/me/training");
    }
}
