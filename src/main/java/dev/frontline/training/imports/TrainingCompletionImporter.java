package dev.frontline.training.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.MasterDataImporter;
import dev.frontline.imports.csv.ErrorList;
import dev.frontline.shared.csv.CsvLayout;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.text.Phrase;
import dev.frontline.training.Completion;
import dev.frontline.training.TrainingException;
import dev.frontline.training.TrainingService;
import dev.frontline.training.engine.Refusal;

/**
 * Training results a trainer or a learning system reports: {@code employee_number, course_code, completed_on,
 * result[, score]} with result {@code passed} or {@code failed}. Each row is checked by {@link TrainingService}'s rules
 * (a known agent and course, no result on or after the agent's exit, for a pass every prerequisite completed by then —
 * in the database or on an earlier day in the same file) and recorded through it, so a pass raises the course's skill
 * as a result typed in does. A result already recorded for the same agent, course and day is unchanged; one recorded
 * differently is refused rather than overwritten. Plugged into the import path as an
 * {@link dev.frontline.imports.ImportHandler}, so the import framework does not depend on training.
 */
@Component
class TrainingCompletionImporter extends MasterDataImporter<TrainingCompletionImporter.Row> {

    /** A result as the file has it; public, as the framework compares rows field by field through reflection. */
    public record Row(String employeeNumber, String courseCode, LocalDate completedOn, String result, BigDecimal score) {

        Completion completion() {
            return new Completion(employeeNumber, courseCode, completedOn, PASSED.equals(result), score);
        }
    }

    static final String PASSED = "passed";
    static final String FAILED = "failed";
    private static final List<String> COLUMNS = List.of("employee_number", "course_code", "completed_on", "result",
            "score");

    private final TrainingService training;
    private Map<String, Row> stored = Map.of();
    private List<Completion> inFile = List.of();

    TrainingCompletionImporter(TrainingService training) {
        this.training = training;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.TRAINING_COMPLETIONS;
    }

    @Override
    protected CsvLayout layout() {
        return new CsvLayout(COLUMNS.subList(0, 4), COLUMNS.subList(4, 5));
    }

    @Override
    protected List<String> columns() {
        return COLUMNS;
    }

    @Override
    protected void load() {
        stored = new LinkedHashMap<>();
        for (var r : training.results()) {
            Row row = new Row(r.employeeNumber(), r.courseCode(), r.completedOn(),
                    r.status() == EnrolmentStatus.FAILED ? FAILED : PASSED, r.score());
            stored.put(key(row), row);
        }
    }

    @Override
    protected Row read(CsvLine r) {
        String employee = r.text("employee_number", true);
        String course = r.text("course_code", true);
        LocalDate on = r.date("completed_on", true, Phrase.of("csv.expected.date-like", "2026-03-31"));
        String result = r.text("result", true);
        if (result != null) {
            result = result.toLowerCase(Locale.ROOT);
            if (!result.equals(PASSED) && !result.equals(FAILED)) {
                r.error("result", Phrase.of("imports.training.result", CsvLine.shown(result)));
            }
        }
        BigDecimal score = r.raw("score").isEmpty() ? null
                : r.decimal("score", false, BigDecimal.ZERO, BigDecimal.valueOf(100));
        return r.hasErrors() ? null : new Row(employee, course, on, result, score);
    }

    @Override
    protected String key(Row item) {
        return item.employeeNumber() + " " + item.courseCode() + " " + item.completedOn();
    }

    @Override
    protected String describe(String key) {
        return "result " + key;
    }

    @Override
    protected Map<String, Row> stored() {
        return stored;
    }

    /** Every rule of every row against the database and the file's other rows, each on its line and column. */
    @Override
    protected void crossCheck(List<Line<Row>> lines, Map<String, Row> stored, ErrorList errors) {
        List<Completion> completions = new ArrayList<>();
        lines.forEach(line -> completions.add(line.item().completion()));
        inFile = List.copyOf(completions);
        for (Line<Row> line : lines) {
            Row row = line.item();
            Row old = stored.get(key(row));
            if (old != null) {
                if (!differences(old, row).isEmpty()) {
                    errors.add(line.line(), "result", old.score() == null
                            ? Phrase.of("imports.training.recorded", row.courseCode(), row.completedOn(),
                                    row.employeeNumber(), old.result())
                            : Phrase.of("imports.training.recorded-score", row.courseCode(), row.completedOn(),
                                    row.employeeNumber(), old.result(), old.score().stripTrailingZeros().toPlainString()));
                }
                continue;
            }
            for (Refusal refusal : training.checkResult(row.completion(), completions)) {
                errors.add(line.line(), refusal.field(), refusal.phrase());
            }
        }
    }

    @Override
    protected void write(Row item, Row old) {
        try {
            training.recordResult(item.completion(), inFile);
        } catch (TrainingException refused) {
            throw new IllegalStateException(refused.getMessage(), refused);
        }
    }

    @Override
    protected List<Row> exportRows() {
        return List.copyOf(stored.values());
    }

    @Override
    protected List<String> cells(Row r) {
        return List.of(r.employeeNumber(), r.courseCode(), text(r.completedOn()), r.result(),
                r.score() == null ? "" : r.score().stripTrailingZeros().toPlainString());
    }
}
