package dev.frontline.training.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.AGENT_SKILL_GAIN;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TEAM;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;
import static dev.frontline.db.Tables.TRAINING_PATH;
import static dev.frontline.db.Tables.TRAINING_PATH_COURSE;
import static dev.frontline.db.Tables.TRAINING_PATH_ENROLMENT;
import static dev.frontline.db.Tables.TRAINING_PREREQUISITE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.TrainingPathPurpose;
import dev.frontline.db.tables.Agent;
import dev.frontline.db.tables.TrainingCourse;
import dev.frontline.training.Course;
import dev.frontline.training.TrainingPath;
import dev.frontline.training.CourseDraft;
import dev.frontline.training.PathDraft;

/** The training tables: catalogue, paths, enrolments, and the skills a completion adds or raises. */
@Repository
public class TrainingRepository {

    private final DSLContext ctx;

    TrainingRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    // ------------------------------------------------------------------ catalogue

    public List<Course> courses() {
        Map<Long, List<String>> prerequisites = new LinkedHashMap<>();
        TrainingCourse pre = TRAINING_COURSE.as("pre");
        ctx.select(TRAINING_PREREQUISITE.COURSE_ID, pre.CODE).from(TRAINING_PREREQUISITE)
                .join(pre).on(pre.ID.eq(TRAINING_PREREQUISITE.PREREQUISITE_ID)).orderBy(pre.CODE)
                .forEach(r -> prerequisites.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Agent trainer = AGENT.as("trainer");
        TrainingCourse c = TRAINING_COURSE;
        return ctx.select(c.ID, c.VERSION, c.CODE, c.NAME, c.GRANTS, SKILL.CODE, c.PROFICIENCY, c.TOTAL_HOURS,
                        c.SESSION_MINUTES, c.DELIVERY, SITE.CODE, c.ROOM_SEATS, trainer.EMPLOYEE_NUMBER, c.TRAINER_NAME,
                        c.VALIDITY_MONTHS, c.OFF_PHONE_HOURS)
                .from(c).leftJoin(SKILL).on(SKILL.ID.eq(c.SKILL_ID)).leftJoin(SITE).on(SITE.ID.eq(c.SITE_ID))
                .leftJoin(trainer).on(trainer.ID.eq(c.TRAINER_AGENT_ID))
                .orderBy(c.CODE)
                .fetch(r -> {
                    CourseDraft draft = new CourseDraft(r.get(c.CODE), r.get(c.NAME), r.get(c.GRANTS), r.get(SKILL.CODE),
                            r.get(c.PROFICIENCY), r.get(c.TOTAL_HOURS), r.get(c.SESSION_MINUTES), r.get(c.DELIVERY),
                            r.get(SITE.CODE), r.get(c.ROOM_SEATS), r.get(trainer.EMPLOYEE_NUMBER), r.get(c.TRAINER_NAME),
                            r.get(c.VALIDITY_MONTHS), r.get(c.OFF_PHONE_HOURS),
                            prerequisites.getOrDefault(r.get(c.ID), List.of()));
                    return new Course(r.get(c.ID), r.get(c.VERSION), draft, draft.sessions());
                });
    }

    public Optional<Long> courseId(String code) {
        return ctx.select(TRAINING_COURSE.ID).from(TRAINING_COURSE).where(TRAINING_COURSE.CODE.eq(code))
                .fetchOptional(TRAINING_COURSE.ID);
    }

    public Optional<Long> skillId(String code) {
        return ctx.select(SKILL.ID).from(SKILL).where(SKILL.CODE.eq(code)).fetchOptional(SKILL.ID);
    }

    public Optional<Long> siteId(String code) {
        return ctx.select(SITE.ID).from(SITE).where(SITE.CODE.eq(code)).fetchOptional(SITE.ID);
    }

    public List<String> skillCodes() {
        return ctx.select(SKILL.CODE).from(SKILL).orderBy(SKILL.CODE).fetch(SKILL.CODE);
    }

    /** Each skill's name by its code, in code order: what a course grants, said in the planner's words. */
    public java.util.Map<String, String> skillNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        ctx.select(SKILL.CODE, SKILL.NAME).from(SKILL).orderBy(SKILL.CODE).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    public List<String> siteCodes() {
        return ctx.select(SITE.CODE).from(SITE).orderBy(SITE.CODE).fetch(SITE.CODE);
    }

    /** The ids a course row refers to, resolved from their codes by the service. */
    public record CourseRefs(Long skillId, Long siteId, Long trainerAgentId) {
    }

    public long insertCourse(CourseDraft d, CourseRefs refs) {
        return ctx.insertInto(TRAINING_COURSE)
                .set(TRAINING_COURSE.CODE, d.code()).set(TRAINING_COURSE.NAME, d.name())
                .set(TRAINING_COURSE.GRANTS, d.grants()).set(TRAINING_COURSE.SKILL_ID, refs.skillId())
                .set(TRAINING_COURSE.PROFICIENCY, d.proficiency()).set(TRAINING_COURSE.TOTAL_HOURS, d.totalHours())
                .set(TRAINING_COURSE.SESSION_MINUTES, d.sessionMinutes()).set(TRAINING_COURSE.DELIVERY, d.delivery())
                .set(TRAINING_COURSE.SITE_ID, refs.siteId()).set(TRAINING_COURSE.ROOM_SEATS, d.roomSeats())
                .set(TRAINING_COURSE.TRAINER_AGENT_ID, refs.trainerAgentId())
                .set(TRAINING_COURSE.TRAINER_NAME, blankToNull(d.trainerName()))
                .set(TRAINING_COURSE.VALIDITY_MONTHS, d.validityMonths())
                .set(TRAINING_COURSE.OFF_PHONE_HOURS, d.offPhoneHours())
                .returning(TRAINING_COURSE.ID).fetchSingle(TRAINING_COURSE.ID);
    }

    /** Updates a course at the version read; false when someone changed it meanwhile. */
    public boolean updateCourse(long id, int version, CourseDraft d, CourseRefs refs) {
        return ctx.update(TRAINING_COURSE)
                .set(TRAINING_COURSE.CODE, d.code()).set(TRAINING_COURSE.NAME, d.name())
                .set(TRAINING_COURSE.GRANTS, d.grants()).set(TRAINING_COURSE.SKILL_ID, refs.skillId())
                .set(TRAINING_COURSE.PROFICIENCY, d.proficiency()).set(TRAINING_COURSE.TOTAL_HOURS, d.totalHours())
                .set(TRAINING_COURSE.SESSION_MINUTES, d.sessionMinutes()).set(TRAINING_COURSE.DELIVERY, d.delivery())
                .set(TRAINING_COURSE.SITE_ID, refs.siteId()).set(TRAINING_COURSE.ROOM_SEATS, d.roomSeats())
                .set(TRAINING_COURSE.TRAINER_AGENT_ID, refs.trainerAgentId())
                .set(TRAINING_COURSE.TRAINER_NAME, blankToNull(d.trainerName()))
                .set(TRAINING_COURSE.VALIDITY_MONTHS, d.validityMonths())
                .set(TRAINING_COURSE.OFF_PHONE_HOURS, d.offPhoneHours())
                .set(TRAINING_COURSE.VERSION, version + 1)
                .where(TRAINING_COURSE.ID.eq(id)).and(TRAINING_COURSE.VERSION.eq(version)).execute() == 1;
    }

    public void replacePrerequisites(long courseId, List<Long> prerequisiteIds) {
        ctx.deleteFrom(TRAINING_PREREQUISITE).where(TRAINING_PREREQUISITE.COURSE_ID.eq(courseId)).execute();
        for (long prerequisite : prerequisiteIds) {
            ctx.insertInto(TRAINING_PREREQUISITE).set(TRAINING_PREREQUISITE.COURSE_ID, courseId)
                    .set(TRAINING_PREREQUISITE.PREREQUISITE_ID, prerequisite).execute();
        }
    }

    /** Every course's prerequisites by code. */
    public Map<String, List<String>> prerequisiteCodes() {
        TrainingCourse pre = TRAINING_COURSE.as("pre");
        Map<String, List<String>> byCourse = new LinkedHashMap<>();
        ctx.select(TRAINING_COURSE.CODE).from(TRAINING_COURSE).orderBy(TRAINING_COURSE.CODE)
                .forEach(r -> byCourse.put(r.value1(), new ArrayList<>()));
        ctx.select(TRAINING_COURSE.CODE, pre.CODE).from(TRAINING_PREREQUISITE)
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_PREREQUISITE.COURSE_ID))
                .join(pre).on(pre.ID.eq(TRAINING_PREREQUISITE.PREREQUISITE_ID))
                .forEach(r -> byCourse.get(r.value1()).add(r.value2()));
        return byCourse;
    }

    // ------------------------------------------------------------------ paths

    public List<TrainingPath> paths() {
        Map<Long, List<String>> courses = new LinkedHashMap<>();
        ctx.select(TRAINING_PATH_COURSE.PATH_ID, TRAINING_COURSE.CODE).from(TRAINING_PATH_COURSE)
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_PATH_COURSE.COURSE_ID))
                .orderBy(TRAINING_PATH_COURSE.PATH_ID, TRAINING_PATH_COURSE.POSITION)
                .forEach(r -> courses.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return ctx.selectFrom(TRAINING_PATH).orderBy(TRAINING_PATH.CODE)
                .fetch(r -> new TrainingPath(r.getId(), r.getVersion(), new PathDraft(r.getCode(), r.getName(),
                        r.getPurpose(), r.getNestingWeeks(), r.getNestingProficiency(),
                        courses.getOrDefault(r.getId(), List.of()))));
    }

    public Optional<Long> pathId(String code) {
        return ctx.select(TRAINING_PATH.ID).from(TRAINING_PATH).where(TRAINING_PATH.CODE.eq(code))
                .fetchOptional(TRAINING_PATH.ID);
    }

    public long insertPath(PathDraft d) {
        return ctx.insertInto(TRAINING_PATH).set(TRAINING_PATH.CODE, d.code()).set(TRAINING_PATH.NAME, d.name())
                .set(TRAINING_PATH.PURPOSE, d.purpose()).set(TRAINING_PATH.NESTING_WEEKS, d.nestingWeeks())
                .set(TRAINING_PATH.NESTING_PROFICIENCY, d.nestingProficiency())
                .returning(TRAINING_PATH.ID).fetchSingle(TRAINING_PATH.ID);
    }

    public boolean updatePath(long id, int version, PathDraft d) {
        return ctx.update(TRAINING_PATH).set(TRAINING_PATH.CODE, d.code()).set(TRAINING_PATH.NAME, d.name())
                .set(TRAINING_PATH.PURPOSE, d.purpose()).set(TRAINING_PATH.NESTING_WEEKS, d.nestingWeeks())
                .set(TRAINING_PATH.NESTING_PROFICIENCY, d.nestingProficiency())
                .set(TRAINING_PATH.VERSION, version + 1)
                .where(TRAINING_PATH.ID.eq(id)).and(TRAINING_PATH.VERSION.eq(version)).execute() == 1;
    }

    public void replacePathCourses(long pathId, List<Long> courseIds) {
        ctx.deleteFrom(TRAINING_PATH_COURSE).where(TRAINING_PATH_COURSE.PATH_ID.eq(pathId)).execute();
        for (int i = 0; i < courseIds.size(); i++) {
            ctx.insertInto(TRAINING_PATH_COURSE).set(TRAINING_PATH_COURSE.PATH_ID, pathId)
                    .set(TRAINING_PATH_COURSE.POSITION, (short) (i + 1))
                    .set(TRAINING_PATH_COURSE.COURSE_ID, courseIds.get(i)).execute();
        }
    }

    // ------------------------------------------------------------------ agents

    /**
     * What the enrolment rules need of an agent: the exit date (first day no longer employed), the contract and the
     * longest shift its templates allow (null when the contract has no templates, so the rule cannot be checked).
     */
    public record AgentFacts(long id, String employeeNumber, String name, LocalDate hireDate, LocalDate exitDate,
            String contractCode, Integer longestShiftMinutes, Long teamId) {
    }

    public Optional<AgentFacts> agent(String employeeNumber) {
        return agentWhere(AGENT.EMPLOYEE_NUMBER.eq(employeeNumber));
    }

    public Optional<AgentFacts> agent(long id) {
        return agentWhere(AGENT.ID.eq(id));
    }

    private Optional<AgentFacts> agentWhere(Condition condition) {
        var longest = DSL.select(DSL.max(DSL.field("l", Integer.class)))
                .from(CONTRACT_SHIFT_TEMPLATE.join(SHIFT_TEMPLATE).on(SHIFT_TEMPLATE.ID.eq(CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID))
                        .crossJoin(DSL.unnest(SHIFT_TEMPLATE.LENGTHS_MINUTES).as("u", "l")))
                .where(CONTRACT_SHIFT_TEMPLATE.CONTRACT_ID.eq(AGENT.CONTRACT_ID));
        return ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME),
                        AGENT.HIRE_DATE, AGENT.EXIT_DATE, CONTRACT.CODE, longest.asField("longest"), AGENT.TEAM_ID)
                .from(AGENT).join(CONTRACT).on(CONTRACT.ID.eq(AGENT.CONTRACT_ID))
                .where(condition)
                .fetchOptional(r -> new AgentFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), (Integer) r.value7(), r.value8()));
    }

    /** Employee numbers of agents employed on {@code day}, optionally of one team (by name), in number order. */
    public List<String> employedAgents(LocalDate day, String teamName) {
        Condition team = teamName == null ? DSL.trueCondition()
                : AGENT.TEAM_ID.in(DSL.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(teamName)));
        return ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT)
                .where(AGENT.HIRE_DATE.le(day)).and(AGENT.EXIT_DATE.isNull().or(AGENT.EXIT_DATE.gt(day))).and(team)
                .orderBy(AGENT.EMPLOYEE_NUMBER).fetch(AGENT.EMPLOYEE_NUMBER);
    }

    public List<String> teamNames() {
        return ctx.select(TEAM.NAME).from(TEAM).orderBy(TEAM.NAME).fetch(TEAM.NAME);
    }

    // ------------------------------------------------------------------ enrolments

    /** An enrolment as stored, with what the service needs to read it as of a day. */
    public record EnrolmentRow(long id, int version, long agentId, String employeeNumber, String agentName,
            String teamName, String courseCode, String courseName, Integer validityMonths, String pathCode,
            Long pathEnrolmentId, LocalDate enrolledOn, LocalDate dueDate, EnrolmentStatus status,
            LocalDate completedOn, BigDecimal score, LocalDate agentExitDate) {
    }

    public List<EnrolmentRow> enrolments(Long agentId, String teamName) {
        Condition condition = DSL.trueCondition();
        if (agentId != null) {
            condition = condition.and(TRAINING_ENROLMENT.AGENT_ID.eq(agentId));
        }
        if (teamName != null) {
            condition = condition.and(TEAM.NAME.eq(teamName));
        }
        return enrolmentsWhere(condition);
    }

    public Optional<EnrolmentRow> enrolment(long id) {
        return enrolmentsWhere(TRAINING_ENROLMENT.ID.eq(id)).stream().findFirst();
    }

    private List<EnrolmentRow> enrolmentsWhere(Condition condition) {
        var e = TRAINING_ENROLMENT;
        return ctx.select(e.ID, e.VERSION, e.AGENT_ID, AGENT.EMPLOYEE_NUMBER,
                        DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME), TEAM.NAME, TRAINING_COURSE.CODE,
                        TRAINING_COURSE.NAME, TRAINING_COURSE.VALIDITY_MONTHS, TRAINING_PATH.CODE, e.PATH_ENROLMENT_ID,
                        e.ENROLLED_ON, e.DUE_DATE, e.STATUS, e.COMPLETED_ON, e.SCORE, AGENT.EXIT_DATE)
                .from(e).join(AGENT).on(AGENT.ID.eq(e.AGENT_ID)).leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(e.COURSE_ID))
                .leftJoin(TRAINING_PATH_ENROLMENT).on(TRAINING_PATH_ENROLMENT.ID.eq(e.PATH_ENROLMENT_ID))
                .leftJoin(TRAINING_PATH).on(TRAINING_PATH.ID.eq(TRAINING_PATH_ENROLMENT.PATH_ID))
                .leftJoin(TRAINING_PATH_COURSE).on(TRAINING_PATH_COURSE.PATH_ID.eq(TRAINING_PATH.ID)
                        .and(TRAINING_PATH_COURSE.COURSE_ID.eq(e.COURSE_ID)))
                .where(condition)
                .orderBy(AGENT.EMPLOYEE_NUMBER, e.PATH_ENROLMENT_ID.nullsLast(), TRAINING_PATH_COURSE.POSITION,
                        e.DUE_DATE, e.ID)
                .fetch(Records.mapping(EnrolmentRow::new));
    }

    /** A path enrolment as stored, with its path's nesting. */
    public record PathEnrolmentRow(long id, long agentId, String employeeNumber, String agentName, String teamName,
            String pathCode, String pathName, TrainingPathPurpose purpose, int nestingWeeks, LocalDate enrolledOn,
            LocalDate dueDate) {
    }

    public List<PathEnrolmentRow> pathEnrolments(Long agentId) {
        var p = TRAINING_PATH_ENROLMENT;
        return ctx.select(p.ID, p.AGENT_ID, AGENT.EMPLOYEE_NUMBER,
                        DSL.concat(AGENT.FIRST_NAME, DSL.inline(" "), AGENT.LAST_NAME), TEAM.NAME, TRAINING_PATH.CODE,
                        TRAINING_PATH.NAME, TRAINING_PATH.PURPOSE, TRAINING_PATH.NESTING_WEEKS, p.ENROLLED_ON, p.DUE_DATE)
                .from(p).join(AGENT).on(AGENT.ID.eq(p.AGENT_ID)).leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .join(TRAINING_PATH).on(TRAINING_PATH.ID.eq(p.PATH_ID))
                .where(agentId == null ? DSL.trueCondition() : p.AGENT_ID.eq(agentId))
                .orderBy(AGENT.EMPLOYEE_NUMBER, p.ENROLLED_ON, p.ID)
                .fetch(Records.mapping(PathEnrolmentRow::new));
    }

    /** Courses (by code) the agent completed on or before {@code day}, expired ones included. */
    public Set<String> completedCourses(long agentId, LocalDate day) {
        return new HashSet<>(ctx.select(TRAINING_COURSE.CODE).from(TRAINING_ENROLMENT)
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_ENROLMENT.COURSE_ID))
                .where(TRAINING_ENROLMENT.AGENT_ID.eq(agentId))
                .and(TRAINING_ENROLMENT.STATUS.in(EnrolmentStatus.COMPLETED, EnrolmentStatus.EXPIRED))
                .and(TRAINING_ENROLMENT.COMPLETED_ON.le(day))
                .fetch(TRAINING_COURSE.CODE));
    }

    /** Courses (by code) the agent has an open enrolment on. */
    public Set<String> openCourses(long agentId) {
        return new HashSet<>(ctx.select(TRAINING_COURSE.CODE).from(TRAINING_ENROLMENT)
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_ENROLMENT.COURSE_ID))
                .where(TRAINING_ENROLMENT.AGENT_ID.eq(agentId))
                .and(TRAINING_ENROLMENT.STATUS.in(EnrolmentStatus.PLANNED, EnrolmentStatus.SCHEDULED,
                        EnrolmentStatus.IN_PROGRESS))
                .fetch(TRAINING_COURSE.CODE));
    }

    /** The agent's open enrolment on a course, if any. */
    public Optional<EnrolmentRow> openEnrolment(long agentId, String courseCode) {
        return enrolmentsWhere(TRAINING_ENROLMENT.AGENT_ID.eq(agentId).and(TRAINING_COURSE.CODE.eq(courseCode))
                .and(TRAINING_ENROLMENT.STATUS.in(EnrolmentStatus.PLANNED, EnrolmentStatus.SCHEDULED,
                        EnrolmentStatus.IN_PROGRESS))).stream().findFirst();
    }

    public long insertPathEnrolment(long agentId, long pathId, LocalDate enrolledOn, LocalDate dueDate, String by) {
        return ctx.insertInto(TRAINING_PATH_ENROLMENT).set(TRAINING_PATH_ENROLMENT.AGENT_ID, agentId)
                .set(TRAINING_PATH_ENROLMENT.PATH_ID, pathId).set(TRAINING_PATH_ENROLMENT.ENROLLED_ON, enrolledOn)
                .set(TRAINING_PATH_ENROLMENT.DUE_DATE, dueDate).set(TRAINING_PATH_ENROLMENT.ENROLLED_BY, by)
                .returning(TRAINING_PATH_ENROLMENT.ID).fetchSingle(TRAINING_PATH_ENROLMENT.ID);
    }

    public long insertEnrolment(long agentId, long courseId, Long pathEnrolmentId, LocalDate enrolledOn,
                                LocalDate dueDate, EnrolmentStatus status, LocalDate completedOn, BigDecimal score,
                                String by) {
        return ctx.insertInto(TRAINING_ENROLMENT).set(TRAINING_ENROLMENT.AGENT_ID, agentId)
                .set(TRAINING_ENROLMENT.COURSE_ID, courseId).set(TRAINING_ENROLMENT.PATH_ENROLMENT_ID, pathEnrolmentId)
                .set(TRAINING_ENROLMENT.ENROLLED_ON, enrolledOn).set(TRAINING_ENROLMENT.DUE_DATE, dueDate)
                .set(TRAINING_ENROLMENT.STATUS, status).set(TRAINING_ENROLMENT.COMPLETED_ON, completedOn)
                .set(TRAINING_ENROLMENT.SCORE, score).set(TRAINING_ENROLMENT.ENROLLED_BY, by)
                .returning(TRAINING_ENROLMENT.ID).fetchSingle(TRAINING_ENROLMENT.ID);
    }

    /** Sets an enrolment's status (and result) at the version read; false when someone changed it meanwhile. */
    public boolean setStatus(long id, int version, EnrolmentStatus status, LocalDate completedOn, BigDecimal score) {
        return ctx.update(TRAINING_ENROLMENT).set(TRAINING_ENROLMENT.STATUS, status)
                .set(TRAINING_ENROLMENT.COMPLETED_ON, completedOn).set(TRAINING_ENROLMENT.SCORE, score)
                .set(TRAINING_ENROLMENT.VERSION, version + 1)
                .where(TRAINING_ENROLMENT.ID.eq(id)).and(TRAINING_ENROLMENT.VERSION.eq(version)).execute() == 1;
    }

    /** What a course grants, for recording a completion. */
    public record CourseGrant(long courseId, String code, dev.frontline.db.enums.TrainingGrant grants, Long skillId,
            BigDecimal proficiency) {
    }

    public Optional<CourseGrant> grant(String courseCode) {
        return ctx.select(TRAINING_COURSE.ID, TRAINING_COURSE.CODE, TRAINING_COURSE.GRANTS, TRAINING_COURSE.SKILL_ID,
                        TRAINING_COURSE.PROFICIENCY)
                .from(TRAINING_COURSE).where(TRAINING_COURSE.CODE.eq(courseCode))
                .fetchOptional(Records.mapping(CourseGrant::new));
    }

    // ------------------------------------------------------------------ skills

    public Optional<BigDecimal> proficiency(long agentId, long skillId) {
        return ctx.select(AGENT_SKILL.PROFICIENCY).from(AGENT_SKILL)
                .where(AGENT_SKILL.AGENT_ID.eq(agentId)).and(AGENT_SKILL.SKILL_ID.eq(skillId))
                .fetchOptional(AGENT_SKILL.PROFICIENCY);
    }

    /** Adds the skill at {@code proficiency} or raises it to that level; never lowers it. */
    public void raiseSkill(long agentId, long skillId, BigDecimal proficiency) {
        ctx.insertInto(AGENT_SKILL).set(AGENT_SKILL.AGENT_ID, agentId).set(AGENT_SKILL.SKILL_ID, skillId)
                .set(AGENT_SKILL.PROFICIENCY, proficiency)
                .onConflict(AGENT_SKILL.AGENT_ID, AGENT_SKILL.SKILL_ID).doUpdate()
                .set(AGENT_SKILL.PROFICIENCY, DSL.greatest(AGENT_SKILL.PROFICIENCY, DSL.excluded(AGENT_SKILL.PROFICIENCY)))
                .execute();
    }

    public void recordGain(long agentId, long skillId, LocalDate on, BigDecimal before, BigDecimal after,
                           Long enrolmentId) {
        ctx.insertInto(AGENT_SKILL_GAIN).set(AGENT_SKILL_GAIN.AGENT_ID, agentId).set(AGENT_SKILL_GAIN.SKILL_ID, skillId)
                .set(AGENT_SKILL_GAIN.GAINED_ON, on).set(AGENT_SKILL_GAIN.PROFICIENCY_BEFORE, before)
                .set(AGENT_SKILL_GAIN.PROFICIENCY_AFTER, after).set(AGENT_SKILL_GAIN.ENROLMENT_ID, enrolmentId)
                .execute();
    }

    /** A skill gained by a completion. */
    public record SkillGain(String employeeNumber, String skillCode, LocalDate gainedOn, BigDecimal before,
            BigDecimal after) {
    }

    public List<SkillGain> gains(long agentId) {
        return ctx.select(AGENT.EMPLOYEE_NUMBER, SKILL.CODE, AGENT_SKILL_GAIN.GAINED_ON,
                        AGENT_SKILL_GAIN.PROFICIENCY_BEFORE, AGENT_SKILL_GAIN.PROFICIENCY_AFTER)
                .from(AGENT_SKILL_GAIN).join(AGENT).on(AGENT.ID.eq(AGENT_SKILL_GAIN.AGENT_ID))
                .join(SKILL).on(SKILL.ID.eq(AGENT_SKILL_GAIN.SKILL_ID))
                .where(AGENT_SKILL_GAIN.AGENT_ID.eq(agentId)).orderBy(AGENT_SKILL_GAIN.GAINED_ON)
                .fetch(Records.mapping(SkillGain::new));
    }

    // ------------------------------------------------------------------ reads for other features

    /**
     * Each agent's onboarding path (the name of the first onboarding path they were enrolled on), by employee number;
     * agents without one are absent.
     */
    public Map<String, String> onboardingPathByAgent() {
        Map<String, String> byAgent = new LinkedHashMap<>();
        ctx.select(AGENT.EMPLOYEE_NUMBER, TRAINING_PATH.NAME).from(TRAINING_PATH_ENROLMENT)
                .join(AGENT).on(AGENT.ID.eq(TRAINING_PATH_ENROLMENT.AGENT_ID))
                .join(TRAINING_PATH).on(TRAINING_PATH.ID.eq(TRAINING_PATH_ENROLMENT.PATH_ID))
                .where(TRAINING_PATH.PURPOSE.eq(TrainingPathPurpose.ONBOARDING))
                .orderBy(AGENT.EMPLOYEE_NUMBER, TRAINING_PATH_ENROLMENT.ENROLLED_ON, TRAINING_PATH_ENROLMENT.ID)
                .forEach(r -> byAgent.putIfAbsent(r.value1(), r.value2()));
        return byAgent;
    }

    /** A recorded result as the completions import compares it. */
    public record ResultRow(String employeeNumber, String courseCode, LocalDate completedOn, EnrolmentStatus status,
            BigDecimal score) {
    }

    public List<ResultRow> results() {
        return ctx.select(AGENT.EMPLOYEE_NUMBER, TRAINING_COURSE.CODE, TRAINING_ENROLMENT.COMPLETED_ON,
                        TRAINING_ENROLMENT.STATUS, TRAINING_ENROLMENT.SCORE)
                .from(TRAINING_ENROLMENT).join(AGENT).on(AGENT.ID.eq(TRAINING_ENROLMENT.AGENT_ID))
                .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_ENROLMENT.COURSE_ID))
                .where(TRAINING_ENROLMENT.COMPLETED_ON.isNotNull())
                .orderBy(AGENT.EMPLOYEE_NUMBER, TRAINING_COURSE.CODE, TRAINING_ENROLMENT.COMPLETED_ON)
                .fetch(Records.mapping(ResultRow::new));
    }

    public boolean hasCatalogue() {
        return ctx.fetchExists(TRAINING_COURSE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
