package dev.frontline.imports;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.frontline.shared.csv.CsvLayout;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.text.Phrase;
import dev.frontline.workforce.masterdata.ShiftTemplateDraft;
import dev.frontline.workforce.masterdata.ShiftTemplateService;
import dev.frontline.workforce.masterdata.Stored;

/**
 * Shift templates by code, saved through {@link ShiftTemplateService} so the rules, messages, locking and audit are
 * the shift-template screen's; {@code lengths_minutes} lists the allowed lengths separated by ';' (e.g. 480;540). The
 * file has no forbidden successors: an update keeps the stored ones.
 */
@Component
class ShiftTemplateImporter extends CodedMasterDataImporter<ShiftTemplateDraft, ShiftTemplateImporter.Row> {

    /** A shift template as the file has it, one component per column. */
    record Row(String code, String name, LocalTime earliestStart, LocalTime latestStart, Integer startStepMinutes,
            List<Integer> lengthsMinutes, Integer breakCount, Integer breakMinutes, Integer lunchMinutes,
            Integer breakEarliestAfterStart, Integer breakLatestBeforeEnd, Integer minMinutesBetweenBreaks) {

        static Row of(ShiftTemplateDraft t) {
            return new Row(t.code(), t.name(), t.earliestStart(), t.latestStart(), t.startStepMinutes(),
                    t.lengthsMinutes(), t.breakCount(), t.breakMinutes(), t.lunchMinutes(), t.breakEarliestAfterStart(),
                    t.breakLatestBeforeEnd(), t.minMinutesBetweenBreaks());
        }

        ShiftTemplateDraft draft(Set<String> forbiddenSuccessors) {
            return new ShiftTemplateDraft(code, name, earliestStart, latestStart, startStepMinutes, lengthsMinutes,
                    breakCount, breakMinutes, lunchMinutes, breakEarliestAfterStart, breakLatestBeforeEnd,
                    minMinutesBetweenBreaks, forbiddenSuccessors);
        }
    }

    private static final List<String> COLUMNS = List.of("code", "name", "earliest_start", "latest_start",
            "start_step_minutes", "lengths_minutes", "break_count", "break_minutes", "lunch_minutes",
            "break_earliest_after_start", "break_latest_before_end", "min_minutes_between_breaks");

    private final ShiftTemplateService templates;

    ShiftTemplateImporter(ShiftTemplateService templates) {
        this.templates = templates;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SHIFT_TEMPLATES;
    }

    @Override
    protected CsvLayout layout() {
        return new CsvLayout(COLUMNS.subList(0, 6), COLUMNS.subList(6, COLUMNS.size()));
    }

    @Override
    protected List<String> columns() {
        return COLUMNS;
    }

    @Override
    protected Row read(CsvLine r) {
        ShiftTemplateDraft template = new ShiftTemplateDraft(r.text("code", true), r.text("name", true),
                r.time("earliest_start", true), r.time("latest_start", true), r.integer("start_step_minutes", true),
                lengths(r), orDefault(r, "break_count", 0), orDefault(r, "break_minutes", 15),
                orDefault(r, "lunch_minutes", 0), orDefault(r, "break_earliest_after_start", 60),
                orDefault(r, "break_latest_before_end", 60), orDefault(r, "min_minutes_between_breaks", 60), Set.of());
        report(templates.check(template), r);
        // read back from the record, which keeps lengths ascending, so a re-import of 540;480 changes nothing
        return r.hasErrors() ? null : Row.of(template);
    }

    /** The lengths cell as whole minutes; how many and how long is the record's rule. */
    private static List<Integer> lengths(CsvLine r) {
        String text = r.text("lengths_minutes", true);
        if (text == null) {
            return null;
        }
        List<Integer> lengths = new ArrayList<>();
        for (String part : text.split(";")) {
            try {
                lengths.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                r.error("lengths_minutes", Phrase.of("imports.shift-templates.lengths", CsvLine.shown(part.strip())));
                return null;
            }
        }
        return lengths;
    }

    @Override
    protected String key(Row item) {
        return item.code();
    }

    @Override
    protected List<String> cells(Row r) {
        return List.of(r.code(), r.name(), text(r.earliestStart()), text(r.latestStart()), text(r.startStepMinutes()),
                r.lengthsMinutes().stream().map(String::valueOf).collect(Collectors.joining(";")), text(r.breakCount()),
                text(r.breakMinutes()), text(r.lunchMinutes()), text(r.breakEarliestAfterStart()),
                text(r.breakLatestBeforeEnd()), text(r.minMinutesBetweenBreaks()));
    }

    @Override
    List<Stored<ShiftTemplateDraft>> all() {
        return templates.all();
    }

    @Override
    String code(ShiftTemplateDraft draft) {
        return draft.code();
    }

    @Override
    Row row(ShiftTemplateDraft draft) {
        return Row.of(draft);
    }

    @Override
    String noun() {
        return "shift template";
    }

    @Override
    void create(Row r) {
        templates.create(r.draft(Set.of()));
    }

    @Override
    void update(Stored<ShiftTemplateDraft> current, Row r) {
        templates.update(current.id(), current.version(), r.draft(current.data().forbiddenSuccessors()));
    }
}
