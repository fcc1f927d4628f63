package dev.frontline.imports;

import static dev.frontline.db.Tables.CONTRACT;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

import dev.frontline.imports.csv.CsvFile;
import dev.frontline.imports.csv.CsvRow;
import dev.frontline.shared.audit.AuditTrail;

/** Contracts by code. An empty optional cell (or a missing optional column) means the schema's default. */
@Component
class ContractImporter extends MasterDataImporter<ContractImporter.Row> {

    static final Pattern CODE = Pattern.compile("^[A-Z0-9_-]{2,20}$");
    static final String CODE_RULE = "2–20 capital letters, digits, '_' or '-'";

    record Row(String code, String name, Integer minMinutesPerWeek, Integer maxMinutesPerWeek, Integer minRestMinutes,
            Integer maxConsecutiveWorkingDays, Integer minConsecutiveWorkingDays, Integer minConsecutiveDaysOff,
            Integer maxWeekendsPer4Weeks, Integer maxNightShiftsPerWeek, Integer overtimeAfterMinutesPerWeek,
            Integer minOfficeDaysPerWeek, LocalTime nightStartsAt, LocalTime nightEndsAt) {
    }

    private static final List<String> COLUMNS = List.of("code", "name", "min_minutes_per_week", "max_minutes_per_week",
            "min_rest_minutes", "max_consecutive_working_days", "min_consecutive_working_days", "min_consecutive_days_off",
            "max_weekends_per_4_weeks", "max_night_shifts_per_week", "overtime_after_minutes_per_week",
            "min_office_days_per_week", "night_starts_at", "night_ends_at");

    private final DSLContext ctx;

    ContractImporter(DSLContext ctx, AuditTrail audit) {
        super(audit);
        this.ctx = ctx;
    }

    @Override
    ImportKind kind() {
        return ImportKind.CONTRACTS;
    }

    @Override
    CsvFile.Layout layout() {
        return new CsvFile.Layout(COLUMNS.subList(0, 4), COLUMNS.subList(4, COLUMNS.size()));
    }

    @Override
    List<String> columns() {
        return COLUMNS;
    }

    @Override
    String entityType() {
        return "contract";
    }

    @Override
    void load() {
    }

    @Override
    Row read(CsvRow r) {
        String code = r.code("code", CODE, CODE_RULE);
        String name = r.text("name", true);
        Integer min = r.integer("min_minutes_per_week", true, 0, 4800);
        Integer max = r.integer("max_minutes_per_week", true, 1, 4800);
        Integer rest = orDefault(r.integer("min_rest_minutes", false, 0, 1440), r, "min_rest_minutes", 660);
        Integer maxDays = orDefault(r.integer("max_consecutive_working_days", false, 1, 14), r, "max_consecutive_working_days", 6);
        Integer minDays = orDefault(r.integer("min_consecutive_working_days", false, 1, 7), r, "min_consecutive_working_days", 1);
        Integer daysOff = orDefault(r.integer("min_consecutive_days_off", false, 1, 7), r, "min_consecutive_days_off", 1);
        Integer weekends = orDefault(r.integer("max_weekends_per_4_weeks", false, 0, 4), r, "max_weekends_per_4_weeks", 4);
        Integer nights = orDefault(r.integer("max_night_shifts_per_week", false, 0, 7), r, "max_night_shifts_per_week", 7);
        Integer overtime = r.integer("overtime_after_minutes_per_week", false, 1, 4800);
        Integer officeDays = orDefault(r.integer("min_office_days_per_week", false, 0, 7), r, "min_office_days_per_week", 0);
        LocalTime nightStart = r.time("night_starts_at", false);
        LocalTime nightEnd = r.time("night_ends_at", false);
        if (min != null && max != null && min > max) {
            r.error("min_minutes_per_week", min + " is more than max_minutes_per_week " + max);
        }
        if (minDays != null && maxDays != null && minDays > maxDays) {
            r.error("min_consecutive_working_days", minDays + " is more than max_consecutive_working_days " + maxDays);
        }
        if (r.hasErrors()) {
            return null;
        }
        return new Row(code, name, min, max, rest, maxDays, minDays, daysOff, weekends, nights, overtime, officeDays,
                nightStart == null && r.raw("night_starts_at").isEmpty() ? LocalTime.of(22, 0) : nightStart,
                nightEnd == null && r.raw("night_ends_at").isEmpty() ? LocalTime.of(6, 0) : nightEnd);
    }

    private static Integer orDefault(Integer value, CsvRow r, String column, int fallback) {
        return value == null && r.raw(column).isEmpty() ? Integer.valueOf(fallback) : value;
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
        var c = CONTRACT;
        return ctx.select(c.CODE, c.NAME, c.MIN_MINUTES_PER_WEEK, c.MAX_MINUTES_PER_WEEK, c.MIN_REST_MINUTES,
                        c.MAX_CONSECUTIVE_WORKING_DAYS, c.MIN_CONSECUTIVE_WORKING_DAYS, c.MIN_CONSECUTIVE_DAYS_OFF,
                        c.MAX_WEEKENDS_PER_4_WEEKS, c.MAX_NIGHT_SHIFTS_PER_WEEK, c.OVERTIME_AFTER_MINUTES_PER_WEEK,
                        c.MIN_OFFICE_DAYS_PER_WEEK, c.NIGHT_STARTS_AT, c.NIGHT_ENDS_AT)
                .from(c).orderBy(c.CODE)
                .fetch(Records.mapping(Row::new));
    }

    @Override
    List<String> cells(Row r) {
        return List.of(r.code(), r.name(), text(r.minMinutesPerWeek()), text(r.maxMinutesPerWeek()),
                text(r.minRestMinutes()), text(r.maxConsecutiveWorkingDays()), text(r.minConsecutiveWorkingDays()),
                text(r.minConsecutiveDaysOff()), text(r.maxWeekendsPer4Weeks()), text(r.maxNightShiftsPerWeek()),
                text(r.overtimeAfterMinutesPerWeek()), text(r.minOfficeDaysPerWeek()), text(r.nightStartsAt()),
                text(r.nightEndsAt()));
    }

    @Override
    void write(Row r, Row stored) {
        var c = CONTRACT;
        var values = new LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(c.NAME, r.name());
        values.put(c.MIN_MINUTES_PER_WEEK, r.minMinutesPerWeek());
        values.put(c.MAX_MINUTES_PER_WEEK, r.maxMinutesPerWeek());
        values.put(c.MIN_REST_MINUTES, r.minRestMinutes());
        values.put(c.MAX_CONSECUTIVE_WORKING_DAYS, r.maxConsecutiveWorkingDays());
        values.put(c.MIN_CONSECUTIVE_WORKING_DAYS, r.minConsecutiveWorkingDays());
        values.put(c.MIN_CONSECUTIVE_DAYS_OFF, r.minConsecutiveDaysOff());
        values.put(c.MAX_WEEKENDS_PER_4_WEEKS, r.maxWeekendsPer4Weeks());
        values.put(c.MAX_NIGHT_SHIFTS_PER_WEEK, r.maxNightShiftsPerWeek());
        values.put(c.OVERTIME_AFTER_MINUTES_PER_WEEK, r.overtimeAfterMinutesPerWeek());
        values.put(c.MIN_OFFICE_DAYS_PER_WEEK, r.minOfficeDaysPerWeek());
        values.put(c.NIGHT_STARTS_AT, r.nightStartsAt());
        values.put(c.NIGHT_ENDS_AT, r.nightEndsAt());
        if (stored == null) {
            ctx.insertInto(c).set(c.CODE, r.code()).set(values).execute();
        } else {
            ctx.update(c).set(values).set(c.VERSION, c.VERSION.plus(1)).where(c.CODE.eq(r.code())).execute();
        }
    }
}
