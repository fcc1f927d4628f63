package dev.frontline.imports;

import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.shared.csv.CsvLayout;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.workforce.masterdata.ContractDraft.AllowedTemplate;
import dev.frontline.workforce.masterdata.ContractDraft;
import dev.frontline.workforce.masterdata.ContractService;
import dev.frontline.workforce.masterdata.Stored;

/**
 * Contracts by code, read from the file and saved through {@link ContractService}, so the rules, their messages, the
 * optimistic lock and the audit events are the ones the contract screen has. An empty optional cell (or a missing
 * optional column) means the schema's default. The file has no allowed templates: an update keeps the stored ones.
 */
@Component
class ContractImporter extends CodedMasterDataImporter<ContractDraft, ContractImporter.Row> {

    /** A contract as the file has it, one component per column. */
    record Row(String code, String name, Integer minMinutesPerWeek, Integer maxMinutesPerWeek, Integer minRestMinutes,
            Integer maxConsecutiveWorkingDays, Integer minConsecutiveWorkingDays, Integer minConsecutiveDaysOff,
            Integer maxWeekendsPer4Weeks, Integer maxNightShiftsPerWeek, Integer overtimeAfterMinutesPerWeek,
            Integer minOfficeDaysPerWeek, LocalTime nightStartsAt, LocalTime nightEndsAt) {

        static Row of(ContractDraft d) {
            return new Row(d.code(), d.name(), d.minMinutesPerWeek(), d.maxMinutesPerWeek(), d.minRestMinutes(),
                    d.maxConsecutiveWorkingDays(), d.minConsecutiveWorkingDays(), d.minConsecutiveDaysOff(),
                    d.maxWeekendsPer4Weeks(), d.maxNightShiftsPerWeek(), d.overtimeAfterMinutesPerWeek(),
                    d.minOfficeDaysPerWeek(), d.nightStartsAt(), d.nightEndsAt());
        }

        ContractDraft draft(List<AllowedTemplate> allowedTemplates) {
            return new ContractDraft(code, name, minMinutesPerWeek, maxMinutesPerWeek, overtimeAfterMinutesPerWeek,
                    minRestMinutes, minConsecutiveWorkingDays, maxConsecutiveWorkingDays, minConsecutiveDaysOff,
                    maxWeekendsPer4Weeks, maxNightShiftsPerWeek, nightStartsAt, nightEndsAt, minOfficeDaysPerWeek,
                    allowedTemplates);
        }
    }

    private static final List<String> COLUMNS = List.of("code", "name", "min_minutes_per_week", "max_minutes_per_week",
            "min_rest_minutes", "max_consecutive_working_days", "min_consecutive_working_days", "min_consecutive_days_off",
            "max_weekends_per_4_weeks", "max_night_shifts_per_week", "overtime_after_minutes_per_week",
            "min_office_days_per_week", "night_starts_at", "night_ends_at");

    private final ContractService contracts;

    ContractImporter(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CONTRACTS;
    }

    @Override
    protected CsvLayout layout() {
        return new CsvLayout(COLUMNS.subList(0, 4), COLUMNS.subList(4, COLUMNS.size()));
    }

    @Override
    protected List<String> columns() {
        return COLUMNS;
    }

    @Override
    protected Row read(CsvLine r) {
        Row row = new Row(r.text("code", true), r.text("name", true), r.integer("min_minutes_per_week", true),
                r.integer("max_minutes_per_week", true), orDefault(r, "min_rest_minutes", 660),
                orDefault(r, "max_consecutive_working_days", 6), orDefault(r, "min_consecutive_working_days", 1),
                orDefault(r, "min_consecutive_days_off", 1), orDefault(r, "max_weekends_per_4_weeks", 4),
                orDefault(r, "max_night_shifts_per_week", 7), r.integer("overtime_after_minutes_per_week", false),
                orDefault(r, "min_office_days_per_week", 0), orDefault(r, "night_starts_at", LocalTime.of(22, 0)),
                orDefault(r, "night_ends_at", LocalTime.of(6, 0)));
        report(contracts.check(row.draft(List.of())), r);
        return r.hasErrors() ? null : row;
    }

    private static LocalTime orDefault(CsvLine r, String column, LocalTime fallback) {
        return r.raw(column).isEmpty() ? fallback : r.time(column, true);
    }

    @Override
    protected String key(Row item) {
        return item.code();
    }

    @Override
    protected List<String> cells(Row r) {
        return List.of(r.code(), r.name(), text(r.minMinutesPerWeek()), text(r.maxMinutesPerWeek()),
                text(r.minRestMinutes()), text(r.maxConsecutiveWorkingDays()), text(r.minConsecutiveWorkingDays()),
                text(r.minConsecutiveDaysOff()), text(r.maxWeekendsPer4Weeks()), text(r.maxNightShiftsPerWeek()),
                text(r.overtimeAfterMinutesPerWeek()), text(r.minOfficeDaysPerWeek()), text(r.nightStartsAt()),
                text(r.nightEndsAt()));
    }

    @Override
    List<Stored<ContractDraft>> all() {
        return contracts.all();
    }

    @Override
    String code(ContractDraft draft) {
        return draft.code();
    }

    @Override
    Row row(ContractDraft draft) {
        return Row.of(draft);
    }

    @Override
    String noun() {
        return "contract";
    }

    @Override
    void create(Row r) {
        contracts.create(r.draft(List.of()));
    }

    @Override
    void update(Stored<ContractDraft> current, Row r) {
        contracts.update(current.id(), current.version(), r.draft(current.data().allowedTemplates()));
    }
}
