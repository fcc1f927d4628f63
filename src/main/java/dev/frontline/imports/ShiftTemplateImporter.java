package dev.frontline.imports;

import static dev.frontline.db.Tables.SHIFT_TEMPLATE;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import dev.frontline.imports.csv.CsvFile;
import dev.frontline.imports.csv.CsvRow;
import dev.frontline.shared.audit.AuditTrail;

/** Shift templates by code; {@code lengths_minutes} lists the allowed lengths separated by ';' (e.g. 480;540). */
@Component
class ShiftTemplateImporter extends MasterDataImporter<ShiftTemplateImporter.Row> {

    record Row(String code, String name, LocalTime earliestStart, LocalTime latestStart, Integer startStepMinutes,
            List<Integer> lengthsMinutes, Integer breakCount, Integer breakMinutes, Integer lunchMinutes,
            Integer breakEarliestAfterStart, Integer breakLatestBeforeEnd, Integer minMinutesBetweenBreaks) {
    }

    private static final List<String> COLUMNS = List.of("code", "name", "earliest_start", "latest_start",
            "start_step_minutes", "lengths_minutes", "break_count", "break_minutes", "lunch_minutes",
            "break_earliest_after_start", "break_latest_before_end", "min_minutes_between_breaks");

    private final DSLContext ctx;

    ShiftTemplateImporter(DSLContext ctx, AuditTrail audit) {
        super(audit);
        this.ctx = ctx;
    }

    @Override
    ImportKind kind() {
        return ImportKind.SHIFT_TEMPLATES;
    }

    @Override
    CsvFile.Layout layout() {
        return new CsvFile.Layout(COLUMNS.subList(0, 6), COLUMNS.subList(6, COLUMNS.size()));
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    String entityType() {
        return "shift_template";
    }

    @Override
    void load() {
    }

    @Override
    Row read(CsvRow r) {
        String code = r.code("code", ContractImporter.CODE, ContractImporter.CODE_RULE);
        String name = r.text("name", true);
        LocalTime earliest = r.time("earliest_start", true);
        LocalTime latest = r.time("latest_start", true);
        Integer step = r.integer("start_step_minutes", true, 15, 60);
        if (step != null && step != 15 && step != 30 && step != 60) {
            r.error("start_step_minutes", step + " is not allowed; use 15, 30 or 60");
        }
        List<Integer> lengths = lengths(r);
        Integer breaks = value(r, "break_count", 0, 4, 0);
        Integer breakMinutes = quarterHours(r, "break_minutes", 60, 15);
        Integer lunch = quarterHours(r, "lunch_minutes", 120, 0);
        Integer earliestBreak = value(r, "break_earliest_after_start", 0, 600, 60);
        Integer latestBreak = value(r, "break_latest_before_end", 0, 600, 60);
        Integer between = value(r, "min_minutes_between_breaks", 0, 600, 60);
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            r.error("latest_start", latest + " is before earliest_start " + earliest);
        }
        if (r.hasErrors()) {
            return null;
        }
        return new Row(code, name, earliest, latest, step, lengths, breaks, breakMinutes, lunch, earliestBreak,
                latestBreak, between);
    }

    private static Integer value(CsvRow r, String column, int min, int max, int fallback) {
        Integer value = r.integer(column, false, min, max);
        return value == null && r.raw(column).isEmpty() ? Integer.valueOf(fallback) : value;
    }

    private static Integer quarterHours(CsvRow r, String column, int max, int fallback) {
        Integer value = value(r, column, 0, max, fallback);
        if (value != null && value % 15 != 0) {
            r.error(column, value + " is not a multiple of 15 minutes");
            return null;
        }
        return value;
    }

    private static List<Integer> lengths(CsvRow r) {
        String text = r.text("lengths_minutes", true);
        if (text == null) {
            return null;
        }
        List<Integer> lengths = new ArrayList<>();
        for (String part : text.split(";")) {
            try {
                int length = Integer.parseInt(part.strip());
                if (length < 60 || length > 960) {
                    r.error("lengths_minutes", length + " minutes is not allowed; a shift lasts 60 to 960 minutes");
                    return null;
                }
                lengths.add(length);
            } catch (NumberFormatException e) {
                r.error("lengths_minutes", "'" + part.strip() + "' is not a whole number of minutes (list them as 480;540)");
                return null;
            }
        }
        if (lengths.size() > 12) {
            r.error("lengths_minutes", lengths.size() + " lengths; at most 12 are allowed");
            return null;
        }
        return List.copyOf(lengths);
    }

    @Override
    String key(Row item) {
        return item.code();
    }

    @Override
    Map<String, Row> stored() {
        Map<String, Row> stored = new LinkedHashMap<>();
        exportRows().forEach(row -> stored.put(row.code(), row));
        return stored;
    }

    @Override
    List<Row> exportRows() {
        var t = SHIFT_TEMPLATE;
        return ctx.selectFrom(t).orderBy(t.CODE).fetch(r -> new Row(r.getCode(), r.getName(), r.getEarliestStart(),
                r.getLatestStart(), r.getStartStepMinutes(), List.of(r.getLengthsMinutes()), r.getBreakCount(),
                r.getBreakMinutes(), r.getLunchMinutes(), r.getBreakEarliestAfterStart(), r.getBreakLatestBeforeEnd(),
                r.getMinMinutesBetweenBreaks()));
    }

    @Override
    List<String> cells(Row r) {
        return List.of(r.code(), r.name(), text(r.earliestStart()), text(r.latestStart()), text(r.startStepMinutes()),
                r.lengthsMinutes().stream().map(String::valueOf).collect(Collectors.joining(";")), text(r.breakCount()),
                text(r.breakMinutes()), text(r.lunchMinutes()), text(r.breakEarliestAfterStart()),
                text(r.breakLatestBeforeEnd()), text(r.minMinutesBetweenBreaks()));
    }

    @Override
    void write(Row r, Row stored) {
        var t = SHIFT_TEMPLATE;
        var values = new LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(t.NAME, r.name());
        values.put(t.EARLIEST_START, r.earliestStart());
        values.put(t.LATEST_START, r.latestStart());
        values.put(t.START_STEP_MINUTES, r.startStepMinutes());
        values.put(t.LENGTHS_MINUTES, r.lengthsMinutes().toArray(Integer[]::new));
        values.put(t.BREAK_COUNT, r.breakCount());
        values.put(t.BREAK_MINUTES, r.breakMinutes());
        values.put(t.LUNCH_MINUTES, r.lunchMinutes());
        values.put(t.BREAK_EARLIEST_AFTER_START, r.breakEarliestAfterStart());
        values.put(t.BREAK_LATEST_BEFORE_END, r.breakLatestBeforeEnd());
        values.put(t.MIN_MINUTES_BETWEEN_BREAKS, r.minMinutesBetweenBreaks());
        if (stored == null) {
            ctx.insertInto(t).set(t.CODE, r.code()).set(values).execute();
        } else {
            ctx.update(t).set(values).set(t.VERSION, t.VERSION.plus(1)).where(t.CODE.eq(r.code())).execute();
        }
    }
}
