package dev.frontline.roster.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;

import dev.frontline.shared.csv.SafeCsvPrinter;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.IntervalDemand;
import dev.frontline.roster.engine.LocationPreference;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ShiftRequest;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.TimeOff;
import dev.frontline.roster.engine.WorkLocation;

/**
 * Writes a rostering problem as a scenario folder in the format {@code solve --scenario} reads (see docs/roster.md,
 * "Scenario files"): the same agents, contracts, shift types, requirements, time off, shift requests and location
 * preferences. What the format has no column for is counted in {@link #leftOut}, so the caller can say so.
 */
final class ScenarioWriter {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final int DAY_MINUTES = 24 * 60;

    private ScenarioWriter() {
    }

    /** Writes the problem into {@code folder} (created if missing; files of the same names are replaced). */
    static void write(Roster problem, Path folder) {
        try {
            Files.createDirectories(folder);
            file(folder, "horizon.csv", List.of("start_date", "days"),
                    List.of(List.of(problem.getStartDate(), problem.getHorizonDays())));
            file(folder, "queues.csv", List.of("id", "name", "channel", "priority"), problem.getQueues().stream()
                    .map(q -> List.<Object>of(q.id(), q.name(), q.channel().name().toLowerCase(Locale.ROOT), q.priority()))
                    .toList());
            file(folder, "sites.csv", List.of("id", "name", "seats"), problem.getSites().stream()
                    .map(s -> List.<Object>of(s.id(), s.name(), s.seats())).toList());
            file(folder, "shift_types.csv", List.of("id", "start", "length_minutes", "cannot_be_followed_by", "breaks",
                    "break_minutes", "lunch_minutes"), problem.getShiftTypes().stream().map(ScenarioWriter::shiftType).toList());
            file(folder, "contracts.csv", List.of("id", "min_minutes_per_week", "max_minutes_per_week",
                    "max_consecutive_days", "min_consecutive_days", "min_days_off", "max_weekends", "min_rest_minutes",
                    "time_off_credit_minutes", "overtime_after_minutes_per_week", "min_office_days_per_week",
                    "night_start", "night_end", "max_night_shifts_per_week"), contracts(problem));
            file(folder, "agents.csv", List.of("id", "name", "contract", "team", "team_lead", "skills", "locations",
                    "shift_types"), problem.getAgents().stream().map(ScenarioWriter::agent).toList());
            file(folder, "requirements.csv", List.of("queue", "day", "time", "agents"), problem.getIntervalDemands()
                    .stream().map(ScenarioWriter::requirement).toList());
            file(folder, "time_off.csv", List.of("agent", "day", "reason", "leave"), problem.getTimeOffs().stream()
                    .map((TimeOff t) -> List.<Object>of(t.agent().id(), t.day(), t.reason(), t.leave())).toList());
            file(folder, "requests.csv", List.of("agent", "day", "shift_type", "wants_to_work", "weight"),
                    problem.getShiftRequests().stream().map(ScenarioWriter::request).toList());
            file(folder, "location_preferences.csv", List.of("agent", "weekday", "day", "location", "weight"),
                    problem.getLocationPreferences().stream().map((LocationPreference p) -> List.<Object>of(p.agent().id(),
                            p.dayOfWeek().name(), p.isDated() ? p.day() : "", p.location().label(), p.weight())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scenario to " + folder, e);
        }
    }

    /**
     * What the scenario format cannot carry, with counts, e.g. "availability limits on 12 agent-days"; empty when
     * nothing is lost. (Break windows fall back to the format's fixed 60-minute windows.)
     */
    static List<String> leftOut(Roster problem) {
        List<String> lost = new ArrayList<>();
        if (!problem.getDayAvailabilities().isEmpty()) {
            lost.add("availability limits on " + problem.getDayAvailabilities().size() + " agent-days");
        }
        if (!problem.getStartPreferences().isEmpty()) {
            lost.add(problem.getStartPreferences().size() + " preferred start times");
        }
        long capped = problem.getAgents().stream().filter(Agent::hasShiftTypeCaps).count();
        if (capped > 0) {
            lost.add("caps per shift template of " + capped + " agents");
        }
        long windows = problem.getShiftTypes().stream().filter(s -> s.breakRule().breakCount() + s.breakRule().lunchMinutes() > 0
                && (s.breakRule().earliestAfterStartMinutes() != 60 || s.breakRule().latestBeforeEndMinutes() != 60
                        || s.breakRule().minGapMinutes() != 60)).count();
        if (windows > 0) {
            lost.add("break windows of " + windows + " shift types (the format places breaks 60 minutes from either end)");
        }
        if (!problem.getPublishedShifts().isEmpty()) {
            lost.add(problem.getPublishedShifts().size() + " published agent-days");
        }
        return lost;
    }

    private static List<Object> shiftType(ShiftType s) {
        return List.of(s.id(), clock(s.startMinute()), s.lengthMinutes(),
                s.cannotBeFollowedBy().stream().sorted().collect(Collectors.joining("|")), s.breakRule().breakCount(),
                s.breakRule().breakMinutes(), s.breakRule().lunchMinutes());
    }

    private static List<List<Object>> contracts(Roster problem) {
        Map<String, Contract> contracts = new LinkedHashMap<>();
        for (Agent agent : problem.getAgents()) {
            Contract known = contracts.putIfAbsent(agent.contract().id(), agent.contract());
            if (known != null && !known.equals(agent.contract())) {
                throw new IllegalStateException("two different contracts are both called '" + known.id() + "'");
            }
        }
        return contracts.values().stream().map(c -> List.<Object>of(c.id(), c.minMinutesPerWeek(),
                limit(c.maxMinutesPerWeek()), limit(c.maxConsecutiveWorkingDays()), c.minConsecutiveWorkingDays(),
                c.minConsecutiveDaysOff(), limit(c.maxWeekends()), c.minRestMinutes(), c.timeOffCreditMinutes(),
                limit(c.overtimeAfterMinutesPerWeek()), c.minOfficeDaysPerWeek(),
                c.hasNightWindow() ? clock(c.nightStartMinute()) : "", c.hasNightWindow() ? clock(c.nightEndMinute()) : "",
                c.hasNightWindow() ? limit(c.maxNightShiftsPerWeek()) : "")).toList();
    }

    private static List<Object> agent(Agent a) {
        return List.of(a.id(), a.name(), a.contract().id(), a.team() == null ? "" : a.team(), a.isTeamLead(),
                a.skills().entrySet().stream().map(e -> e.getKey().id() + ":" + e.getValue())
                        .collect(Collectors.joining("|")),
                a.locations().stream().map(WorkLocation::label).collect(Collectors.joining("|")),
                a.shiftTypes().stream().map(ShiftType::id).collect(Collectors.joining("|")));
    }

    private static List<Object> requirement(IntervalDemand d) {
        int minute = d.interval() * DemandIndex.INTERVAL_MINUTES;
        Queue queue = d.queue();
        return List.of(queue.id(), minute / DAY_MINUTES, clock(minute % DAY_MINUTES),
                BigDecimal.valueOf(d.requiredMilli(), 3).stripTrailingZeros().toPlainString());
    }

    private static List<Object> request(ShiftRequest r) {
        return List.of(r.agent().id(), r.day(), r.shiftType() == null ? "" : r.shiftType().id(), r.wantsToWork(),
                r.weight());
    }

    /** A maximum: blank for "no limit", as the reader takes it. */
    private static Object limit(int value) {
        return value == Contract.UNLIMITED ? "" : value;
    }

    private static String clock(int minuteOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    private static void file(Path folder, String name, List<String> header, List<List<Object>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
             SafeCsvPrinter printer = new SafeCsvPrinter(out, CSV)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
