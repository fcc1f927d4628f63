package dev.frontline.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.training.TrainingException.Kind;
import dev.frontline.training.engine.PrerequisiteGraph;
import dev.frontline.training.engine.Refusal;
import dev.frontline.training.persistence.TrainingRepository;
import dev.frontline.training.persistence.TrainingRepository.AgentFacts;
import dev.frontline.training.persistence.TrainingRepository.CourseGrant;
import dev.frontline.training.persistence.TrainingRepository.CourseRefs;
import dev.frontline.training.persistence.TrainingRepository.EnrolmentRow;
import dev.frontline.shared.text.Phrase;

/**
 * Training for HR and planners (catalogue, paths, enrolments, results) and for agents (their own). Every rule is
 * checked here, before the database states it again: prerequisite cycles and a course before its prerequisite in a
 * path, a missing prerequisite at enrolment and at completion, an enrolment or a result after the agent's exit, a
 * session longer than the longest shift of the agent's contract, a classroom without seats. A completion adds or raises
 * the skill the course grants and records the gain with its date.
 */
@Service
public class TrainingService {

    static final String COURSE = "training course";
    static final String PATH = "training path";
    static final String ENROLMENT = "training enrolment";

    private final TrainingRepository repository;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<ScheduledSessions> scheduledSessions;
    /** How many of an agent's next sessions their training page lists. */
    static final int NEXT_SESSIONS = 10;

    /** The clock is the application's; the import command line, which has none, reads the system's in UTC as it. */
    TrainingService(TrainingRepository repository, CurrentUser currentUser, AuditTrail audit,
                    ObjectProvider<Clock> clock, List<ScheduledSessions> scheduledSessions) {
        this.repository = repository;
        this.scheduledSessions = List.copyOf(scheduledSessions);
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ catalogue

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<Course> courses() {
        return repository.courses();
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public Optional<Course> course(String code) {
        return repository.courses().stream().filter(c -> c.course().code().equals(code)).findFirst();
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<String> skillCodes() {
        return repository.skillCodes();
    }

    /** Each skill's name by its code. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public java.util.Map<String, String> skillNames() {
        return repository.skillNames();
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<String> siteCodes() {
        return repository.siteCodes();
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<String> teamNames() {
        return repository.teamNames();
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional
    public Course createCourse(CourseDraft draft) {
        CourseRefs refs = checkCourse(draft, null);
        long id;
        try {
            id = repository.insertCourse(draft, refs);
        } catch (DuplicateKeyException taken) {
            throw new TrainingException(Kind.CONFLICT, Refusal.of("code", "code-taken", draft.code()));
        }
        writePrerequisites(id, draft);
        audit.record(COURSE, draft.code(), AuditAction.CREATE, describe(draft));
        return stored(draft.code());
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional
    public Course updateCourse(long id, int version, CourseDraft draft) {
        Course current = repository.courses().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new TrainingException(Kind.NOT_FOUND,
                        Refusal.of("id", "unknown-course", String.valueOf(id))));
        CourseRefs refs = checkCourse(draft, current.course().code());
        try {
            if (!repository.updateCourse(id, version, draft, refs)) {
                throw new TrainingException(Kind.CONFLICT, Refusal.of("version", "stale", current.course().code()));
            }
        } catch (DuplicateKeyException taken) {
            throw new TrainingException(Kind.CONFLICT, Refusal.of("code", "code-taken", draft.code()));
        }
        writePrerequisites(id, draft);
        audit.record(COURSE, draft.code(), AuditAction.UPDATE, describe(draft));
        return stored(draft.code());
    }

    private Course stored(String code) {
        return repository.courses().stream().filter(c -> c.course().code().equals(code)).findFirst().orElseThrow();
    }

    private void writePrerequisites(long id, CourseDraft draft) {
        try {
            repository.replacePrerequisites(id, draft.prerequisites().stream()
                    .map(code -> repository.courseId(code).orElseThrow()).toList());
        } catch (DataIntegrityViolationException cycle) {
            // written meanwhile by someone else: the trigger names the cycle
            throw new TrainingException(Kind.CONFLICT, Refusal.of("prerequisites", "cycle",
                    String.valueOf(cycle.getMostSpecificCause().getMessage()).replaceFirst("(?s).*cycle: ", "")
                            .replaceFirst("(?s)\\n.*", "")));
        }
    }

    /** Checks a course against every rule; returns the ids its codes name. {@code oldCode} is null for a new course. */
    private CourseRefs checkCourse(CourseDraft draft, String oldCode) {
        List<Refusal> refusals = new ArrayList<>(draft.check());
        Long skill = null;
        Long site = null;
        Long trainer = null;
        if (draft.skillCode() != null && !draft.skillCode().isBlank()) {
            skill = repository.skillId(draft.skillCode()).orElse(null);
            if (skill == null) {
                refusals.add(Refusal.of("skillCode", "unknown-skill", draft.skillCode()));
            }
        }
        if (draft.siteCode() != null && !draft.siteCode().isBlank()) {
            site = repository.siteId(draft.siteCode()).orElse(null);
            if (site == null) {
                refusals.add(Refusal.of("siteCode", "unknown-site", draft.siteCode()));
            }
        }
        if (draft.trainerEmployeeNumber() != null && !draft.trainerEmployeeNumber().isBlank()) {
            trainer = repository.agent(draft.trainerEmployeeNumber()).map(AgentFacts::id).orElse(null);
            if (trainer == null) {
                refusals.add(Refusal.of("trainerEmployeeNumber", "unknown-agent", draft.trainerEmployeeNumber()));
            }
        }
        Map<String, List<String>> prerequisites = repository.prerequisiteCodes();
        for (String prerequisite : draft.prerequisites()) {
            if (!prerequisites.containsKey(prerequisite) && !prerequisite.equals(draft.code())) {
                refusals.add(Refusal.of("prerequisites", "unknown-course", prerequisite));
            }
        }
        if (refusals.isEmpty()) {
            if (oldCode != null && !oldCode.equals(draft.code())) {
                prerequisites.put(draft.code(), prerequisites.remove(oldCode));
                prerequisites.replaceAll((course, needs) -> needs.stream()
                        .map(n -> n.equals(oldCode) ? draft.code() : n).toList());
            }
            PrerequisiteGraph graph = new PrerequisiteGraph(prerequisites).with(draft.code(), draft.prerequisites());
            graph.cycleThrough(draft.code()).ifPresent(cycle -> refusals.add(
                    Refusal.of("prerequisites", "cycle", PrerequisiteGraph.describe(cycle))));
            if (refusals.isEmpty() && oldCode != null) {
                // a path holding this course may now have it before one of its new prerequisites
                for (TrainingPath path : repository.paths()) {
                    List<String> courses = path.path().courses().stream()
                            .map(c -> c.equals(oldCode) ? draft.code() : c).toList();
                    graph.checkOrder(courses).ifPresent(refusals::add);
                }
            }
        }
        if (!refusals.isEmpty()) {
            boolean conflict = refusals.stream().allMatch(r -> r.code().equals("cycle") || r.code().equals("path-order"));
            throw new TrainingException(conflict ? Kind.CONFLICT : Kind.BAD_INPUT, refusals);
        }
        return new CourseRefs(skill, site, trainer);
    }

    /** An enrolment status in the reader's words, as the training pages name it. */
    private static Phrase statusName(EnrolmentStatus status) {
        return Phrase.of("training.status." + status.getLiteral().toLowerCase(java.util.Locale.ROOT));
    }

    /** The names of courses given by code, as HR named them (a code no longer in the catalogue stays as it is). */
    private List<String> courseNames(List<String> codes) {
        Map<String, Course> catalogue = catalogue();
        return codes.stream().map(c -> catalogue.containsKey(c) ? catalogue.get(c).course().name() : c).toList();
    }

    /** A course as the audit trail keeps it: its name, what it grants, its hours and how it is given. */
    private Phrase describe(CourseDraft d) {
        return Phrase.of("audit.training.course", d.name(),
                Phrase.of("training.grant." + d.grants().getLiteral().toLowerCase(java.util.Locale.ROOT)),
                d.totalHours(), d.sessionMinutes() == null ? 0 : d.sessionMinutes(),
                Phrase.of("training.delivery." + d.delivery().getLiteral().toLowerCase(java.util.Locale.ROOT)),
                d.validityMonths() == null ? "" : Phrase.of("audit.training.course.valid", d.validityMonths()),
                d.prerequisites().isEmpty() ? "" : Phrase.of("audit.training.course.needs", courseNames(d.prerequisites())));
    }

    // ------------------------------------------------------------------ paths

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<TrainingPath> paths() {
        return repository.paths();
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional
    public TrainingPath createPath(PathDraft draft) {
        List<Long> courses = checkPath(draft);
        long id;
        try {
            id = repository.insertPath(draft);
        } catch (DuplicateKeyException taken) {
            throw new TrainingException(Kind.CONFLICT, Refusal.of("code", "code-taken", draft.code()));
        }
        repository.replacePathCourses(id, courses);
        audit.record(PATH, draft.code(), AuditAction.CREATE, Phrase.of("audit.training.path", draft.name(),
                String.join(" → ", courseNames(draft.courses()))));
        return storedPath(draft.code());
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional
    public TrainingPath updatePath(long id, int version, PathDraft draft) {
        TrainingPath current = repository.paths().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new TrainingException(Kind.NOT_FOUND,
                        Refusal.of("id", "unknown-path", String.valueOf(id))));
        List<Long> courses = checkPath(draft);
        try {
            if (!repository.updatePath(id, version, draft)) {
                throw new TrainingException(Kind.CONFLICT, Refusal.of("version", "stale", current.path().code()));
            }
        } catch (DuplicateKeyException taken) {
            throw new TrainingException(Kind.CONFLICT, Refusal.of("code", "code-taken", draft.code()));
        }
        repository.replacePathCourses(id, courses);
        audit.record(PATH, draft.code(), AuditAction.UPDATE, Phrase.of("audit.training.path", draft.name(),
                String.join(" → ", courseNames(draft.courses()))));
        return storedPath(draft.code());
    }

    private TrainingPath storedPath(String code) {
        return repository.paths().stream().filter(p -> p.path().code().equals(code)).findFirst().orElseThrow();
    }

    private List<Long> checkPath(PathDraft draft) {
        List<Refusal> refusals = new ArrayList<>(draft.check());
        List<Long> ids = new ArrayList<>();
        for (String course : draft.courses()) {
            repository.courseId(course).ifPresentOrElse(ids::add,
                    () -> refusals.add(Refusal.of("courses", "unknown-course", course)));
        }
        if (refusals.isEmpty()) {
            new PrerequisiteGraph(repository.prerequisiteCodes()).checkOrder(draft.courses()).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            throw new TrainingException(Kind.BAD_INPUT, refusals);
        }
        return ids;
    }

    // ------------------------------------------------------------------ enrolments

    /**
     * Enrols every agent of the request on its course or path, all or none: one refused agent refuses the cohort,
     * with every reason listed. Returns the enrolments written.
     */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional
    public List<Enrolment> enrol(EnrolmentRequest request) {
        LocalDate today = today();
        List<Refusal> refusals = new ArrayList<>();
        boolean course = request.courseCode() != null && !request.courseCode().isBlank();
        boolean path = request.pathCode() != null && !request.pathCode().isBlank();
        if (course == path) {
            throw new TrainingException(Kind.BAD_INPUT, Refusal.of("courseCode", "required"));
        }
        if (request.dueDate() == null) {
            throw new TrainingException(Kind.BAD_INPUT, Refusal.of("dueDate", "required"));
        }
        if (request.dueDate().isBefore(today)) {
            throw new TrainingException(Kind.BAD_INPUT,
                    Refusal.of("dueDate", "due-before-enrolled", request.dueDate(), today));
        }
        if (request.employeeNumbers() == null || request.employeeNumbers().isEmpty()) {
            throw new TrainingException(Kind.BAD_INPUT, Refusal.of("employeeNumbers", "required"));
        }
        List<String> courses;
        Long pathId = null;
        String pathName = null;
        if (path) {
            TrainingPath p = repository.paths().stream().filter(x -> x.path().code().equals(request.pathCode()))
                    .findFirst().orElseThrow(() -> new TrainingException(Kind.NOT_FOUND,
                            Refusal.of("pathCode", "unknown-path", request.pathCode())));
            courses = p.path().courses();
            pathId = p.id();
            pathName = p.path().name();
        } else {
            repository.courseId(request.courseCode()).orElseThrow(() -> new TrainingException(Kind.NOT_FOUND,
                    Refusal.of("courseCode", "unknown-course", request.courseCode())));
            courses = List.of(request.courseCode());
        }
        Map<String, Course> catalogue = catalogue();
        PrerequisiteGraph graph = new PrerequisiteGraph(repository.prerequisiteCodes());
        List<AgentFacts> agents = new ArrayList<>();
        for (String number : request.employeeNumbers().stream().distinct().toList()) {
            Optional<AgentFacts> agent = repository.agent(number);
            if (agent.isEmpty()) {
                refusals.add(Refusal.of("employeeNumbers", "unknown-agent", number));
                continue;
            }
            agents.add(agent.get());
            refusals.addAll(checkEnrolment(agent.get(), courses, request.dueDate(), catalogue, graph, today));
        }
        if (!refusals.isEmpty()) {
            boolean notFound = refusals.stream().allMatch(r -> r.code().startsWith("unknown-"));
            throw new TrainingException(notFound ? Kind.NOT_FOUND : Kind.CONFLICT, refusals);
        }
        String by = actor();
        List<Long> written = new ArrayList<>();
        for (AgentFacts agent : agents) {
            Long pathEnrolment = pathId == null ? null
                    : repository.insertPathEnrolment(agent.id(), pathId, today, request.dueDate(), by);
            for (String code : courses) {
                written.add(repository.insertEnrolment(agent.id(), catalogue.get(code).id(), pathEnrolment, today,
                        request.dueDate(), EnrolmentStatus.PLANNED, null, null, by));
            }
            String enrolledIn = path ? pathName : catalogue.get(request.courseCode()).course().name();
            audit.record(ENROLMENT, agent.employeeNumber(), AuditAction.CREATE, request.dueDate() == null
                    ? Phrase.of(path ? "audit.training.enrolled-path" : "audit.training.enrolled-course", enrolledIn)
                    : Phrase.of(path ? "audit.training.enrolled-path-due" : "audit.training.enrolled-course-due",
                            enrolledIn, request.dueDate()));
        }
        return written.stream().map(id -> view(repository.enrolment(id).orElseThrow(), today)).toList();
    }

    private Map<String, Course> catalogue() {
        Map<String, Course> byCode = new java.util.LinkedHashMap<>();
        repository.courses().forEach(c -> byCode.put(c.course().code(), c));
        return byCode;
    }

    /** The rules of enrolling one agent on courses taken in the given order. */
    private List<Refusal> checkEnrolment(AgentFacts agent, List<String> courses, LocalDate due,
                                         Map<String, Course> catalogue, PrerequisiteGraph graph, LocalDate today) {
        List<Refusal> refusals = new ArrayList<>();
        if (agent.exitDate() != null && (!agent.exitDate().isAfter(today) || !due.isBefore(agent.exitDate()))) {
            refusals.add(Refusal.of("employeeNumbers", "after-exit", agent.employeeNumber(), agent.exitDate()));
            return refusals;
        }
        Set<String> completed = repository.completedCourses(agent.id(), today);
        Set<String> open = repository.openCourses(agent.id());
        List<String> before = new ArrayList<>();
        for (String code : courses) {
            Course course = catalogue.get(code);
            if (open.contains(code)) {
                refusals.add(Refusal.of("employeeNumbers", "already-enrolled", agent.employeeNumber(), code));
            }
            if (agent.longestShiftMinutes() != null && course.course().sessionMinutes() > agent.longestShiftMinutes()) {
                refusals.add(Refusal.of("courseCode", "session-longer-than-shift", course.course().sessionMinutes(),
                        code, agent.longestShiftMinutes(), agent.employeeNumber(), agent.contractCode()));
            }
            for (String prerequisite : graph.prerequisitesOf(code).stream().sorted().toList()) {
                if (!completed.contains(prerequisite) && !open.contains(prerequisite) && !before.contains(prerequisite)) {
                    refusals.add(Refusal.of("courseCode", "prerequisite-missing", code, prerequisite,
                            agent.employeeNumber()));
                }
            }
            before.add(code);
        }
        return refusals;
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<Enrolment> enrolments(String teamName) {
        LocalDate today = today();
        return repository.enrolments(null, teamName).stream().map(r -> view(r, today)).toList();
    }

    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<PathEnrolment> pathEnrolments(String teamName) {
        return pathEnrolmentsOf(null).stream().filter(p -> teamName == null || teamName.equals(p.teamName())).toList();
    }

    /** Open enrolments past their due date and completions expired or expiring within the warning window. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<Enrolment> attention() {
        List<Enrolment> all = enrolments(null);
        return all.stream()
                .filter(e -> e.overdue() || e.expiringSoon()
                        || (e.status() == EnrolmentStatus.EXPIRED && e.employed()))
                .filter(e -> e.status() != EnrolmentStatus.EXPIRED || !renewed(e, all))
                .sorted(Comparator.comparing(e -> e.expiresOn() != null ? e.expiresOn() : e.dueDate()))
                .toList();
    }

    /** An expired completion needs nobody's attention once the agent is enrolled again or holds a newer completion. */
    private static boolean renewed(Enrolment expired, List<Enrolment> all) {
        return all.stream().anyMatch(e -> e.employeeNumber().equals(expired.employeeNumber())
                && e.courseCode().equals(expired.courseCode()) && e.id() != expired.id()
                && (Compliance.isOpen(e.status()) || (e.status() == EnrolmentStatus.COMPLETED
                && e.completedOn().isAfter(expired.completedOn()))));
    }

    /** Moves an enrolment along (planned → scheduled → in progress), or marks a completion expired. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional
    public Enrolment setStatus(long id, int version, EnrolmentStatus status) {
        EnrolmentRow row = repository.enrolment(id).orElseThrow(() -> new TrainingException(Kind.NOT_FOUND,
                Refusal.of("id", "unknown-enrolment", String.valueOf(id))));
        if (status == EnrolmentStatus.COMPLETED || status == EnrolmentStatus.FAILED) {
            return complete(id, version, today(), status == EnrolmentStatus.COMPLETED, null);
        }
        if (!Compliance.mayChange(row.status(), status)) {
            throw new TrainingException(Kind.CONFLICT,
                    Refusal.of("status", "status-change", statusName(row.status()), statusName(status)));
        }
        if (!repository.setStatus(id, version, status, row.completedOn(), row.score())) {
            throw new TrainingException(Kind.CONFLICT, Refusal.of("version", "stale", row.courseCode()));
        }
        audit.record(ENROLMENT, row.employeeNumber(), AuditAction.UPDATE, Phrase.of("audit.training.status",
                row.courseName(), statusName(row.status()), statusName(status)));
        return view(repository.enrolment(id).orElseThrow(), today());
    }

    /**
     * Records the result of an open enrolment on {@code on}: passed (completed, the course's skill added or raised) or
     * failed, with an optional score.
     */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional
    public Enrolment complete(long id, int version, LocalDate on, boolean passed, BigDecimal score) {
        EnrolmentRow row = repository.enrolment(id).orElseThrow(() -> new TrainingException(Kind.NOT_FOUND,
                Refusal.of("id", "unknown-enrolment", String.valueOf(id))));
        EnrolmentStatus to = passed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED;
        if (!Compliance.isOpen(row.status())) {
            throw new TrainingException(Kind.CONFLICT,
                    Refusal.of("status", "status-change", statusName(row.status()), statusName(to)));
        }
        Completion completion = new Completion(row.employeeNumber(), row.courseCode(), on, passed, score);
        List<Refusal> refusals = checkResult(completion, List.of());
        if (!refusals.isEmpty()) {
            throw new TrainingException(Kind.CONFLICT, refusals);
        }
        if (!repository.setStatus(id, version, to, on, score)) {
            throw new TrainingException(Kind.CONFLICT, Refusal.of("version", "stale", row.courseCode()));
        }
        grant(row.agentId(), row.courseCode(), on, id, passed);
        audit.record(ENROLMENT, row.employeeNumber(), AuditAction.UPDATE, score == null
                ? Phrase.of("audit.training.result", row.courseName(), statusName(to), on)
                : Phrase.of("audit.training.result-score", row.courseName(), statusName(to), on, score));
        return view(repository.enrolment(id).orElseThrow(), today());
    }

    /**
     * The rules of a result: a known agent and course, not in the future, not on or after the agent's exit, a score
     * from 0 to 100, and for a pass every prerequisite completed on or before it — in the database or among
     * {@code alsoRecorded} (earlier lines of the same import).
     */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<Refusal> checkResult(Completion c, Collection<Completion> alsoRecorded) {
        List<Refusal> refusals = new ArrayList<>();
        Optional<AgentFacts> agent = repository.agent(c.employeeNumber());
        Optional<CourseGrant> course = repository.grant(c.courseCode());
        if (agent.isEmpty()) {
            refusals.add(Refusal.of("employee_number", "unknown-agent", c.employeeNumber()));
        }
        if (course.isEmpty()) {
            refusals.add(Refusal.of("course_code", "unknown-course", c.courseCode()));
        }
        if (c.on() == null) {
            refusals.add(Refusal.of("completed_on", "required"));
            return refusals;
        }
        if (c.on().isAfter(today())) {
            refusals.add(Refusal.of("completed_on", "complete-in-future", c.on()));
        }
        if (c.score() != null && (c.score().signum() < 0 || c.score().compareTo(BigDecimal.valueOf(100)) > 0)) {
            refusals.add(Refusal.of("score", "score-range"));
        }
        if (agent.isEmpty() || course.isEmpty()) {
            return refusals;
        }
        AgentFacts a = agent.get();
        if (a.exitDate() != null && !c.on().isBefore(a.exitDate())) {
            refusals.add(Refusal.of("completed_on", "after-exit", a.employeeNumber(), a.exitDate()));
        }
        if (c.passed()) {
            Set<String> completed = repository.completedCourses(a.id(), c.on());
            for (String prerequisite : repository.prerequisiteCodes().getOrDefault(c.courseCode(), List.of())
                    .stream().sorted().toList()) {
                boolean inFile = alsoRecorded.stream().anyMatch(o -> o.passed()
                        && o.employeeNumber().equals(c.employeeNumber()) && o.courseCode().equals(prerequisite)
                        && o.on() != null && !o.on().isAfter(c.on()));
                if (!completed.contains(prerequisite) && !inFile) {
                    refusals.add(Refusal.of("course_code", "prerequisite-not-completed", c.courseCode(), prerequisite,
                            a.employeeNumber(), c.on()));
                }
            }
        }
        return refusals;
    }

    /**
     * Records a result reported by a trainer or an import: completes the agent's open enrolment on the course, or —
     * with none open — writes a finished enrolment of that day. Checks with {@link #checkResult} first.
     */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional
    public void recordResult(Completion c, Collection<Completion> alsoRecorded) {
        List<Refusal> refusals = checkResult(c, alsoRecorded);
        if (!refusals.isEmpty()) {
            throw new TrainingException(Kind.CONFLICT, refusals);
        }
        AgentFacts agent = repository.agent(c.employeeNumber()).orElseThrow();
        Optional<EnrolmentRow> open = repository.openEnrolment(agent.id(), c.courseCode());
        if (open.isPresent()) {
            complete(open.get().id(), open.get().version(), c.on(), c.passed(), c.score());
            return;
        }
        CourseGrant course = repository.grant(c.courseCode()).orElseThrow();
        long id = repository.insertEnrolment(agent.id(), course.courseId(), null, c.on(), c.on(),
                c.passed() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED, c.on(), c.score(),
                actor());
        grant(agent.id(), c.courseCode(), c.on(), id, c.passed());
        audit.record(ENROLMENT, agent.employeeNumber(), AuditAction.IMPORT, Phrase.of("audit.training.result",
                courseNames(List.of(c.courseCode())).get(0),
                statusName(c.passed() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED), c.on()));
    }

    /** A pass of a course that grants a skill adds it or raises it to the course's level, and records the gain. */
    private void grant(long agentId, String courseCode, LocalDate on, long enrolmentId, boolean passed) {
        CourseGrant course = repository.grant(courseCode).orElseThrow();
        if (!passed || course.grants() != TrainingGrant.SKILL) {
            return;
        }
        BigDecimal before = repository.proficiency(agentId, course.skillId()).orElse(null);
        if (before != null && before.compareTo(course.proficiency()) >= 0) {
            return;
        }
        repository.raiseSkill(agentId, course.skillId(), course.proficiency());
        repository.recordGain(agentId, course.skillId(), on, before, course.proficiency(), enrolmentId);
    }

    /** Recorded results, for the completions import to compare a file with. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<TrainingRepository.ResultRow> results() {
        return repository.results();
    }

    /** Skills gained by completions of an agent, oldest first. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<TrainingRepository.SkillGain> skillGains(String employeeNumber) {
        return repository.agent(employeeNumber).map(a -> repository.gains(a.id())).orElse(List.of());
    }

    /** Employee numbers of the agents employed today, optionally of one team by name (to enrol it as a cohort). */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<String> employedAgents(String teamName) {
        return repository.employedAgents(today(), teamName);
    }

    // ------------------------------------------------------------------ agents

    /** The signed-in agent's own training; nobody else's. */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional(readOnly = true)
    public MyTraining mine() {
        long agentId = currentUser.require().agentId()
                .orElseThrow(() -> new AccessDeniedException("Only an agent has training of their own"));
        LocalDate today = today();
        List<Enrolment> all = repository.enrolments(agentId, null).stream().map(r -> view(r, today)).toList();
        List<Enrolment> next = all.stream().filter(e -> Compliance.isOpen(e.status()))
                .sorted(Comparator.comparing(Enrolment::dueDate)).toList();
        List<Enrolment> done = all.stream()
                .filter(e -> e.status() == EnrolmentStatus.COMPLETED || e.status() == EnrolmentStatus.EXPIRED)
                .sorted(Comparator.comparing(Enrolment::completedOn).reversed()).toList();
        List<MySession> sessions = scheduledSessions.stream()
                .flatMap(s -> s.upcoming(agentId, today, NEXT_SESSIONS).stream())
                .sorted(Comparator.comparing(MySession::date).thenComparing(MySession::start))
                .limit(NEXT_SESSIONS).toList();
        return new MyTraining(pathEnrolmentsOf(agentId), next, done, sessions);
    }

    // ------------------------------------------------------------------ for other features

    /**
     * The onboarding path each agent took (by employee number; agents without one are absent), for attrition's
     * survival by training received.
     */
    @Transactional(readOnly = true)
    public Map<String, String> onboardingPathByAgent() {
        if (currentUser.require().role() == dev.frontline.db.enums.AppRole.AGENT) {
            throw new AccessDeniedException("Training records of all agents are for HR and planners");
        }
        return repository.onboardingPathByAgent();
    }

    // ------------------------------------------------------------------ reading

    /** Who enrols or records: the signed-in user, or "system" for the demo seeder and the command line. */
    private String actor() {
        return currentUser.get().map(u -> u.getUsername()).orElse(AuditTrail.SYSTEM_ACTOR);
    }

    private List<PathEnrolment> pathEnrolmentsOf(Long agentId) {
        LocalDate today = today();
        List<Enrolment> enrolments = repository.enrolments(agentId, null).stream().map(r -> view(r, today)).toList();
        return repository.pathEnrolments(agentId).stream().map(p -> {
            List<Enrolment> courses = enrolments.stream()
                    .filter(e -> e.pathEnrolmentId() != null && e.pathEnrolmentId() == p.id()).toList();
            PathProgress progress = PathProgress.of(courses.stream()
                    .map(e -> new PathProgress.Step(e.courseCode(), e.status(), e.completedOn())).toList(),
                    p.nestingWeeks(), today);
            return new PathEnrolment(p.id(), p.employeeNumber(), p.agentName(), p.teamName(), p.pathCode(),
                    p.pathName(), p.enrolledOn(), p.dueDate(), progress, courses);
        }).toList();
    }

    static Enrolment view(EnrolmentRow r, LocalDate today) {
        EnrolmentStatus status = Compliance.effective(r.status(), r.completedOn(), r.validityMonths(), today);
        return new Enrolment(r.id(), r.version(), r.employeeNumber(), r.agentName(), r.teamName(), r.courseCode(),
                r.courseName(), r.pathCode(), r.pathEnrolmentId(), r.enrolledOn(), r.dueDate(), status,
                r.completedOn(), r.score(),
                r.status() == EnrolmentStatus.COMPLETED ? Compliance.expiresOn(r.completedOn(), r.validityMonths()) : null,
                // the open work of an agent who left is history, not overdue
                r.agentExitDate() == null && Compliance.overdue(status, r.dueDate(), today),
                r.agentExitDate() == null && status == EnrolmentStatus.COMPLETED
                        && Compliance.expiringSoon(r.completedOn(), r.validityMonths(), today),
                r.agentExitDate() == null || r.agentExitDate().isAfter(today));
    }
}
