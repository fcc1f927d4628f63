package dev.frontline.training.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.training.Course;
import dev.frontline.training.Enrolment;
import dev.frontline.training.EnrolmentRequest;
import dev.frontline.training.PathEnrolment;
import dev.frontline.training.TrainingPath;
import dev.frontline.training.TrainingService;
import dev.frontline.training.CourseDraft;
import dev.frontline.training.PathDraft;

/** The training catalogue, paths and enrolments for HR and planners. */
@RestController
@RequestMapping("/api/v1/training")
@PreAuthorize("hasAnyRole('HR', 'PLANNER')")
@Tag(name = "Training", description = "Courses with prerequisites, paths, enrolments and results")
class TrainingController {

    private final TrainingService training;

    TrainingController(TrainingService training) {
        this.training = training;
    }

    @GetMapping("/courses")
    @Operation(summary = "The catalogue: every course with what it grants, hours, sessions, delivery, trainer, "
            + "validity and prerequisites")
    List<Course> courses() {
        return training.courses();
    }

    @PostMapping("/courses")
    @Operation(summary = "Add a course", description = "201 with the course; 400 a field breaks a rule (e.g. a "
            + "classroom with 0 seats); 409 the prerequisites would form a cycle (named) or the code is taken")
    ResponseEntity<Course> createCourse(@RequestBody CourseDraft draft) {
        Course course = training.createCourse(draft);
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + course.id())).body(course);
    }

    @PutMapping("/courses/{id}")
    @Operation(summary = "Change a course at the version read", description = "409 when changed meanwhile or when "
            + "the prerequisites would form a cycle")
    Course updateCourse(@PathVariable long id, @RequestParam int version, @RequestBody CourseDraft draft) {
        return training.updateCourse(id, version, draft);
    }

    @GetMapping("/paths")
    @Operation(summary = "Paths: ordered courses for a purpose, onboarding with its nesting weeks")
    List<TrainingPath> paths() {
        return training.paths();
    }

    @PostMapping("/paths")
    @Operation(summary = "Add a path", description = "400 when a course comes before its prerequisite or is unknown")
    ResponseEntity<TrainingPath> createPath(@RequestBody PathDraft draft) {
        TrainingPath path = training.createPath(draft);
        return ResponseEntity.created(URI.create("/api/v1/training/paths/" + path.id())).body(path);
    }

    @PutMapping("/paths/{id}")
    @Operation(summary = "Change a path at the version read")
    TrainingPath updatePath(@PathVariable long id, @RequestParam int version, @RequestBody PathDraft draft) {
        return training.updatePath(id, version, draft);
    }

    @GetMapping("/enrolments")
    @Operation(summary = "Enrolments on courses (optionally of one team, by name), each with its status as seen "
            + "today, expiry, overdue and expiring-soon flags")
    List<Enrolment> enrolments(@RequestParam(required = false) String team) {
        return training.enrolments(team);
    }

    @GetMapping("/enrolments/paths")
    @Operation(summary = "Enrolments on paths with progress (courses done, next course, nesting weeks)")
    List<PathEnrolment> pathEnrolments(@RequestParam(required = false) String team) {
        return training.pathEnrolments(team);
    }

    @GetMapping("/enrolments/attention")
    @Operation(summary = "Overdue enrolments and compliance completions expired or expiring within 60 days")
    List<Enrolment> attention() {
        return training.attention();
    }

    @PostMapping("/enrolments")
    @Operation(summary = "Enrol agents (one or a cohort) on a course or a path, all or none", description = "201 "
            + "with the enrolments; 409 names every refusal: a prerequisite missing, an agent who left, a session "
            + "longer than the agent's longest shift, an agent already enrolled; 404 an unknown agent or code")
    ResponseEntity<List<Enrolment>> enrol(@RequestBody EnrolmentRequest request) {
        return ResponseEntity.status(201).body(training.enrol(request));
    }

    record StatusBody(EnrolmentStatus status, int version) {
    }

    @PutMapping("/enrolments/{id}/status")
    @Operation(summary = "Move an enrolment along (PLANNED, SCHEDULED, IN_PROGRESS) or mark a completion EXPIRED; "
            + "COMPLETED or FAILED record today's result")
    Enrolment status(@PathVariable long id, @RequestBody StatusBody body) {
        return training.setStatus(id, body.version(), body.status());
    }

    record CompleteBody(LocalDate completedOn, boolean passed, BigDecimal score, int version) {
    }

    @PostMapping("/enrolments/{id}/complete")
    @Operation(summary = "Record a result: passed adds or raises the course's skill; refused when a prerequisite "
            + "is not completed by that day or the day is on or after the agent's exit")
    Enrolment complete(@PathVariable long id, @RequestBody CompleteBody body) {
        return training.complete(id, body.version(), body.completedOn() == null ? training.today() : body.completedOn(),
                body.passed(), body.score());
    }
}
