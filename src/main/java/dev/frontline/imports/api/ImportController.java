package dev.frontline.imports.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportCharset;
import dev.frontline.imports.ImportFileRefusedException;
import dev.frontline.imports.ImportJobs;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportLimits;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportService;
import dev.frontline.imports.ImportTooLargeException;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.jobs.JobRecord;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CSV imports and exports for scripted loads: planners every kind, HR the agents' daily KPIs too. A preview ({@code commit=false}) and a commit run the
 * same checks; a refused file answers 422 with an RFC 7807 problem whose {@code errors} list every bad row. A refused
 * parameter (an unknown kind, charset, queue or time zone) is a {@link RefusedValueException}, answered 400 by the
 * shared advice in the reader's language and naming the parameter.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Imports and exports", description = "CSV files of agents, contracts, shift templates, interval history, "
        + "agents' daily KPIs and queue service actuals")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class ImportController {

    private final ImportService imports;
    private final ImportJobs commits;
    private final ImportLimits limits;
    private final Duration answerWithin;

    /** @param answerWithin how long a commit request waits for its job before answering 202 with the job to follow */
    ImportController(ImportService imports, ImportJobs commits, ImportLimits limits,
                     @Value("${frontline.imports.answer-within:60s}") Duration answerWithin) {
        this.imports = imports;
        this.commits = commits;
        this.limits = limits;
        this.answerWithin = answerWithin;
    }

    @PostMapping(path = "/imports/{kind}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Operation(summary = "Preview or import a CSV file",
            description = "The body is the CSV file, UTF-8 unless charset says otherwise (columns and limits in "
                    + "docs/workforce-data.md; agent-kpis and queue-service in docs/quality.md). With commit=false nothing "
                    + "is written; with commit=true a clean file is written in one transaction, by a background job on "
                    + "any node: the answer waits for it up to frontline.imports.answer-within (60 s), or is 202 with "
                    + "the job to follow at /api/v1/imports/jobs/{id}. Re-importing the same file changes nothing. agent-kpis "
                    + "and queue-service replace the stored agent-day or queue-interval a row names: the answer counts "
                    + "new rows as created and replaced ones (other values) as changed. Planners import every kind; HR "
                    + "may import agent-kpis (403 for any other kind).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Preview or result",
                            content = @Content(schema = @Schema(implementation = ImportResult.class))),
                    @ApiResponse(responseCode = "202", description = "A commit still running; follow its job"),
                    @ApiResponse(responseCode = "403", description = "The role may not import this kind"),
                    @ApiResponse(responseCode = "409", description = "A record of the file was created or changed by "
                            + "someone else while the commit wrote; key names it, nothing was imported",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "413", description = "The body is larger than "
                            + "frontline.imports.max-file-size (default 40 MB); nothing was read further",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "422", description = "The file is refused; errors lists every bad row",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    ResponseEntity<Object> importFile(
            @Parameter(description = "agents, contracts, shift-templates, history, agent-kpis or queue-service",
                    schema = @Schema(allowableValues = {"agents", "contracts", "shift-templates", "history",
                            "agent-kpis", "queue-service"}))
            @PathVariable String kind,
            @Parameter(description = "false: preview only; true: write a clean file") @RequestParam(defaultValue = "false") boolean commit,
            @Parameter(description = "history: the queue of every row (then the queue column may be left out)")
            @RequestParam(required = false) String queue,
            @Parameter(description = "history: time zone of local times (default: the queue's own)")
            @RequestParam(required = false) String timeZone,
            @Parameter(description = "history: interval length in minutes, 5, 6, 15, 30 or 60 (default: detected)")
            @RequestParam(required = false) Integer grain,
            @Parameter(description = "the file's character set: UTF-8 (default; a byte-order mark is fine), "
                    + "windows-1254, windows-1250, ISO-8859-9 or ISO-8859-2. A file that is not valid in it is refused "
                    + "naming the first bad line.",
                    schema = @Schema(allowableValues = {"UTF-8", "windows-1254", "windows-1250", "ISO-8859-9",
                            "ISO-8859-2"}))
            @RequestParam(required = false) String charset,
            HttpServletRequest request, Locale locale) throws IOException, InterruptedException {
        ImportKind importKind = ImportKind.fromPath(kind);
        ImportCharset fileCharset = ImportCharset.named(charset);
        HistoryOptions options = new HistoryOptions(queue, zone(timeZone), grain);
        // refused before a byte of the body is read
        limits.checkAnnouncedSize(request.getContentLengthLong());
        if (commit) {
            JobRecord job;
            try {
                job = commits.commit(importKind, importKind.path() + ".csv", request.getInputStream(), fileCharset,
                        options);
            } catch (ImportFileRefusedException refused) {
                return answer(refused.result(), request, locale);
            }
            return answer(commits.awaitEnd(job.id(), answerWithin), request, locale);
        }
        return answer(imports.importFile(importKind, request.getInputStream(), fileCharset,
                Math.max(0, request.getContentLengthLong()), options, false, Progress.NONE, Cancellation.NONE), request,
                locale);
    }

    @GetMapping(path = "/imports/jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    @Operation(summary = "The outcome of a commit that was still running when its POST answered",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Imported",
                            content = @Content(schema = @Schema(implementation = ImportResult.class))),
                    @ApiResponse(responseCode = "202", description = "Still running: the job's state and progress"),
                    @ApiResponse(responseCode = "422", description = "The file was refused; errors lists every bad row"),
                    @ApiResponse(responseCode = "409", description = "The commit was stopped; nothing was imported"),
                    @ApiResponse(responseCode = "500", description = "The commit failed; nothing was imported"),
                    @ApiResponse(responseCode = "404", description = "No import commit has this id")})
    ResponseEntity<Object> commitJob(@PathVariable long id, HttpServletRequest request, Locale locale) {
        return commits.job(id).map(job -> answer(job, request, locale)).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A commit job as an answer: its result once it has ended, else 202 with where to ask again. */
    private ResponseEntity<Object> answer(JobRecord job, HttpServletRequest request, Locale locale) {
        return switch (job.state()) {
            case QUEUED, RUNNING -> ResponseEntity.accepted()
                    .location(URI.create("/api/v1/imports/jobs/" + job.id()))
                    .body(new CommitRunning(job.id(), job.state().name(), job.progress()));
            case DONE -> answer(commits.result(job).orElseThrow(), request, locale);
            case CANCELLED -> problem(HttpStatus.CONFLICT, Phrase.of("imports.problem.stopped.title").render(locale),
                    Phrase.of("imports.problem.stopped").render(locale), request);
            case FAILED -> problem(HttpStatus.INTERNAL_SERVER_ERROR, Phrase.of("imports.problem.failed.title").render(locale),
                    Phrase.of("imports.job.failed", job.failure(locale)).render(locale), request);
        };
    }

    /** A commit still running: its job, to ask {@code GET /api/v1/imports/jobs/{jobId}} about later. */
    record CommitRunning(long jobId, String state, double progress) {
    }

    /**
     * One refused row as the API answers it: the line and column as the file has them, and why in the reader's
     * language.
     */
    record RowError(long line, String column, String message) {

        static List<RowError> of(List<ImportError> errors, Locale locale) {
            return errors.stream().map(e -> new RowError(e.line(), e.column(), e.message(locale))).toList();
        }
    }

    private static ResponseEntity<Object> answer(ImportResult result, HttpServletRequest request, Locale locale) {
        if (result.conflictKey() != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, result.errors().isEmpty()
                    ? Phrase.of("imports.problem.conflict", result.conflictKey()).render(locale)
                    : Phrase.of(result.errors().get(0).column().isEmpty() ? "imports.problem.line" : "imports.problem.row",
                            result.errors().get(0).line(), result.errors().get(0).column(),
                            result.errors().get(0).reason()).render(locale));
            problem.setTitle(Phrase.of("imports.problem.conflict.title").render(locale));
            problem.setType(URI.create("https://frontline.dev/problems/import-conflict"));
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("key", result.conflictKey());
            problem.setProperty("errors", RowError.of(result.errors(), locale));
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        if (!result.valid()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    Phrase.of("imports.problem.invalid", Phrase.of("imports.kind." + result.kind().path()),
                            result.errorCount()).render(locale));
            problem.setTitle(Phrase.of("imports.problem.invalid.title").render(locale));
            problem.setType(URI.create("https://frontline.dev/problems/invalid-import"));
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("errors", RowError.of(result.errors(), locale));
            problem.setProperty("errorCount", result.errorCount());
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(result);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
                                                  HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping(path = "/exports/{kind}", produces = "text/csv")
    @PreAuthorize("hasRole('PLANNER')")
    @Operation(summary = "Export as CSV in the form the import reads",
            description = "history needs queue and takes optional from/to local dates ([from, to)). agent-kpis and "
                    + "queue-service are imported only (400).")
    void export(@PathVariable String kind,
                @RequestParam(required = false) String queue,
                @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to,
                HttpServletResponse response) throws IOException {
        ImportKind exportKind = ImportKind.fromPath(kind);
        if (!imports.exportable(exportKind)) {
            throw new RefusedValueException("kind", Phrase.of("imports.error.import-only", exportKind.path()));
        }
        if (exportKind == ImportKind.HISTORY && (queue == null || queue.isBlank())) {
            throw new RefusedValueException("queue", Phrase.of("imports.error.export-needs-queue"));
        }
        if (exportKind == ImportKind.HISTORY && !imports.queueCodes().contains(queue)) {
            throw new RefusedValueException("queue", Phrase.of("imports.error.unknown-queue", queue));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + exportKind.path()
                + (queue == null ? "" : "-" + queue) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        if (exportKind == ImportKind.HISTORY) {
            imports.exportHistory(queue, from, to, out);
        } else {
            imports.exportMasterData(exportKind, out);
        }
        out.flush();
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new RefusedValueException("timeZone", Phrase.of("imports.error.time-zone", timeZone));
        }
    }

    /** A body beyond frontline.imports.max-file-size: 413, naming the limit. */
    @ExceptionHandler(ImportTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ImportTooLargeException e, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.reason().render(locale));
        problem.setTitle(Phrase.of("imports.problem.too-large.title").render(locale));
        problem.setType(URI.create("https://frontline.dev/problems/import-too-large"));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("limitBytes", e.limitBytes());
        problem.setProperty("setting", ImportLimits.MAX_FILE_SIZE);
        // the rest of the body is not read: tell the client that this connection ends here
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
