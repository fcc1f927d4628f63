package dev.frontline.roster.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.frontline.shared.csv.CsvErrorHandler;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.csv.CsvReader;

/**
 * Reads a rostering scenario from a folder of CSV files with headers (see docs/roster.md for every column):
 * {@code horizon.csv}, {@code queues.csv}, {@code sites.csv}, {@code shift_types.csv}, {@code contracts.csv},
 * {@code agents.csv}, {@code requirements.csv}, and optionally {@code time_off.csv}, {@code requests.csv},
 * {@code location_preferences.csv} and {@code pinned.csv}. Errors name the file, line and column: every reference to an
 * agent, queue, site, contract or shift type is checked against its file, and every day against the horizon, here,
 * before the rows reach {@link RosterBuilder} (whose own checks know nothing of files).
 */
public final class ScenarioReader {

    private final Path folder;
    private int horizonDays;
    private final Map<String, Agent> agents = new HashMap<>();

    private ScenarioReader(Path folder) {
        this.folder = folder;
    }

    public static Roster read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("scenario folder " + folder + " does not exist");
        }
        return new ScenarioReader(folder).build();
    }

    private Roster build() {
        RosterBuilder[] horizon = new RosterBuilder[1];
        each(rows("horizon.csv", true).subList(0, 1), "horizon.csv", row -> {
            LocalDate start = date(row, "start_date");
            if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw error(row, "start_date", "'" + row.raw("start_date") + "' is a " + start.getDayOfWeek()
                        + ", not a Monday");
            }
            horizonDays = positive(row, "days");
            horizon[0] = new RosterBuilder(folder.getFileName().toString(), start, horizonDays);
        });
        RosterBuilder builder = horizon[0];
        Map<String, Queue> queues = new HashMap<>();
        each("queues.csv", true, row -> {
            Queue queue = new Queue(text(row, "id"), text(row, "name"), channel(row), priority(row));
            unique(queues, row, "id", queue);
            builder.queue(queue);
        });
        Map<String, Site> sites = new HashMap<>();
        each("sites.csv", false, row -> {
            Site site = new Site(text(row, "id"), text(row, "name"), nonNegative(row, "seats"));
            unique(sites, row, "id", site);
            builder.site(site);
        });
        Map<String, ShiftType> shiftTypes = new HashMap<>();
        List<CsvLine> shiftTypeRows = rows("shift_types.csv", true);
        each(shiftTypeRows, "shift_types.csv", row -> {
            int length = positive(row, "length_minutes");
            BreakRule breaks = new BreakRule(nonNegative(row, "breaks"), nonNegative(row, "break_minutes"),
                    nonNegative(row, "lunch_minutes"), 60, 60, 60);
            ShiftType type = new ShiftType(text(row, "id"), minuteOfDay(row, "start"), length,
                    list(row, "cannot_be_followed_by"), breaks);
            unique(shiftTypes, row, "id", type);
            builder.shiftType(type);
        });
        // a shift type may name one defined further down as the one it cannot be followed by
        each(shiftTypeRows, "shift_types.csv", row -> list(row, "cannot_be_followed_by").forEach(id -> {
            if (!shiftTypes.containsKey(id)) {
                throw error(row, "cannot_be_followed_by", "unknown shift type '" + id + "'");
            }
        }));
        Map<String, Contract> contracts = new HashMap<>();
        each("contracts.csv", true, row -> unique(contracts, row, "id", withNightRules(row, new Contract(text(row, "id"),
                nonNegative(row, "min_minutes_per_week"), limit(row, "max_minutes_per_week"), 0, Contract.UNLIMITED,
                limit(row, "max_consecutive_days"), nonNegative(row, "min_consecutive_days"),
                nonNegative(row, "min_days_off"), limit(row, "max_weekends"), nonNegative(row, "min_rest_minutes"),
                nonNegative(row, "time_off_credit_minutes"), limit(row, "overtime_after_minutes_per_week"),
                nonNegative(row, "min_office_days_per_week"), 0, 0, Contract.UNLIMITED))));
        each("agents.csv", true, row -> {
            Contract contract = known(contracts, row, "contract");
            Map<Queue, Double> skills = new LinkedHashMap<>();
            for (String skill : list(row, "skills")) {
                String[] parts = skill.split(":", -1);
                if (parts.length != 2) {
                    throw error(row, "skills", "'" + skill + "' is not queue:proficiency");
                }
                Queue queue = queues.get(parts[0]);
                if (queue == null) {
                    throw error(row, "skills", "unknown queue '" + parts[0] + "'");
                }
                skills.put(queue, decimal(row, "skills", parts[1]));
            }
            List<WorkLocation> locations = new ArrayList<>();
            for (String location : list(row, "locations")) {
                if (location.equals("HOME")) {
                    locations.add(WorkLocation.HOME);
                } else if (location.startsWith("OFFICE@") && sites.containsKey(location.substring(7))) {
                    locations.add(WorkLocation.office(sites.get(location.substring(7))));
                } else {
                    throw error(row, "locations", "'" + location + "' is neither HOME nor OFFICE@<known site>");
                }
            }
            List<ShiftType> allowed = new ArrayList<>();
            for (String id : list(row, "shift_types")) {
                ShiftType type = shiftTypes.get(id);
                if (type == null) {
                    throw error(row, "shift_types", "unknown shift type '" + id + "'");
                }
                allowed.add(type);
            }
            Agent agent = new Agent(text(row, "id"), text(row, "name"), contract, skills, blankToNull(row, "team"),
                    bool(row, "team_lead"), locations, allowed, Map.of());
            unique(agents, row, "id", agent);
            builder.agent(agent);
        });
        Map<String, Long> requirementLines = new HashMap<>();
        each("requirements.csv", true, row -> {
            String queue = known(queues, row, "queue").id();
            int day = day(row);
            int minute = intervalStart(row);
            Long earlier = requirementLines.putIfAbsent(queue + "#" + day + "#" + minute, row.line());
            if (earlier != null) {
                throw error(row, "time", "queue '" + queue + "' already has a requirement on day " + day + " at "
                        + row.raw("time") + " (line " + earlier + ")");
            }
            builder.requirement(queue, day, minute, decimal(row, "agents", text(row, "agents")));
        });
        // the optional leave column marks the agent's own leave (the consecutive-day minimums do not hold across it);
        // absent or blank, a day off keeps them, as every scenario written before it did
        each("time_off.csv", false, row -> builder.timeOff(agent(row), day(row), text(row, "reason"),
                row.has("leave") && !row.raw("leave").isEmpty() && bool(row, "leave")));
        each("requests.csv", false, row -> builder.shiftRequest(agent(row), day(row), shiftType(row, shiftTypes),
                bool(row, "wants_to_work"), nonNegative(row, "weight")));
        // the optional day column makes a dated preference (its weekday column may then be blank)
        each("location_preferences.csv", false, row -> {
            if (blankToNull(row, "day") == null) {
                builder.locationPreference(agent(row), weekday(row), location(row, sites), nonNegative(row, "weight"));
            } else {
                builder.locationPreference(agent(row), day(row), location(row, sites), nonNegative(row, "weight"));
            }
        });
        each("pinned.csv", false, row -> builder.pinned(agent(row), day(row), shiftType(row, shiftTypes),
                location(row, sites)));
        return builder.build();
    }

    /** The {@code agent} column: an id from agents.csv. */
    private String agent(CsvLine row) {
        return known(agents, row, "agent").id();
    }

    /** The {@code day} column: a day of the horizon, 0 for its first. */
    private int day(CsvLine row) {
        int day = nonNegative(row, "day");
        if (day >= horizonDays) {
            throw error(row, "day", "day " + day + " is outside the horizon of " + horizonDays + " days (0 to "
                    + (horizonDays - 1) + ")");
        }
        return day;
    }

    /** The optional {@code shift_type} column: blank = any shift (or a day off), else an id from shift_types.csv. */
    private static String shiftType(CsvLine row, Map<String, ShiftType> shiftTypes) {
        return blankToNull(row, "shift_type") == null ? null : known(shiftTypes, row, "shift_type").id();
    }

    /** The {@code time} column of a requirement: the start of one of the day's intervals. */
    private static int intervalStart(CsvLine row) {
        int minute = minuteOfDay(row, "time");
        if (minute % DemandIndex.INTERVAL_MINUTES != 0) {
            throw error(row, "time", "'" + row.raw("time") + "' is not the start of a " + DemandIndex.INTERVAL_MINUTES
                    + "-minute interval");
        }
        return minute;
    }

    private static boolean bool(CsvLine row, String column) {
        requireColumn(row, column);
        return row.bool(column, true);
    }

    /** Adds a row's thing under its id, refusing an id the file already defined. */
    private static <T> void unique(Map<String, T> map, CsvLine row, String column, T value) {
        if (map.putIfAbsent(text(row, column), value) != null) {
            throw error(row, column, "'" + text(row, column) + "' is defined twice");
        }
    }

    private List<CsvLine> rows(String file, boolean required) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            if (required) {
                throw new IllegalArgumentException("scenario " + folder + ": missing file " + file);
            }
            return List.of();
        }
        // a bad cell throws at once, naming the file, line and column (each() passes such a message on unchanged)
        CsvErrorHandler stop = error -> {
            throw new IllegalArgumentException(file + " line " + error.line() + ": column '" + error.column() + "': "
                    + error.message());
        };
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8); CsvReader csv = CsvReader.open(reader)) {
            List<CsvLine> rows = csv.lines(stop);
            if (required && rows.isEmpty()) {
                throw new IllegalArgumentException("scenario " + folder + ": " + file + " has no rows");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private void each(String file, boolean required, Consumer<CsvLine> action) {
        each(rows(file, required), file, action);
    }

    private static void each(List<CsvLine> rows, String file, Consumer<CsvLine> action) {
        for (CsvLine row : rows) {
            try {
                action.accept(row);
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(file)) {
                    throw e;
                }
                throw new IllegalArgumentException(file + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
    }

    private static String text(CsvLine row, String column) {
        requireColumn(row, column);
        return row.raw(column);
    }

    /** Scenario files have no fixed layout; a column a value needs is missing only when that value is read. */
    private static void requireColumn(CsvLine row, String column) {
        if (!row.has(column)) {
            throw new IllegalArgumentException("column '" + column + "' is missing");
        }
    }

    private static String blankToNull(CsvLine row, String column) {
        String value = row.raw(column);
        return value.isEmpty() ? null : value;
    }

    private static Set<String> list(CsvLine row, String column) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : text(row, column).split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static int nonNegative(CsvLine row, String column) {
        requireColumn(row, column);
        int number = row.integer(column, true);
        if (number < 0) {
            throw error(row, column, "'" + row.raw(column) + "' is negative");
        }
        return number;
    }

    private static int positive(CsvLine row, String column) {
        int number = nonNegative(row, column);
        if (number == 0) {
            throw error(row, column, "'0' must be positive");
        }
        return number;
    }

    /** A maximum; blank means no limit. */
    private static int limit(CsvLine row, String column) {
        return text(row, column).isEmpty() ? Contract.UNLIMITED : nonNegative(row, column);
    }

    /** A non-negative number from a cell, or from part of one ("BILLING:0.8" in the skills column). */
    private static double decimal(CsvLine row, String column, String value) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + value + "' is not a number");
        }
        if (!Double.isFinite(number) || number < 0) {
            throw error(row, column, "'" + value + "' is not a finite non-negative number");
        }
        return number;
    }

    /**
     * The optional night columns of a contract: a window ({@code night_start} and {@code night_end}, both or neither;
     * without them no shift counts as a night shift) and {@code max_night_shifts_per_week} (blank = no limit).
     */
    private static Contract withNightRules(CsvLine row, Contract contract) {
        String start = blankToNull(row, "night_start");
        String end = blankToNull(row, "night_end");
        String max = blankToNull(row, "max_night_shifts_per_week");
        if (start == null && end == null) {
            if (max != null) {
                throw error(row, "max_night_shifts_per_week", "needs a night window (night_start and night_end)");
            }
            return contract;
        }
        if (start == null || end == null) {
            throw error(row, start == null ? "night_start" : "night_end", "is blank but the other end of the night is given");
        }
        int startMinute = minuteOfDay(row, "night_start");
        int endMinute = minuteOfDay(row, "night_end");
        if (startMinute == endMinute) {
            throw error(row, "night_end", "'" + end + "' equals night_start: the night window is empty");
        }
        return contract.withNightRules(startMinute, endMinute,
                max == null ? Contract.UNLIMITED : nonNegative(row, "max_night_shifts_per_week"));
    }

    private static int minuteOfDay(CsvLine row, String column) {
        requireColumn(row, column);
        LocalTime time = row.time(column, true, "a time HH:MM");
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalDate date(CsvLine row, String column) {
        requireColumn(row, column);
        return row.date(column, true, "a date YYYY-MM-DD");
    }

    private static Channel channel(CsvLine row) {
        requireColumn(row, "channel");
        return row.enumValue("channel", true, Channel.class, "one of " + List.of(Channel.values()));
    }

    /** The optional {@code priority} column: 1 (served first) to 10, blank or absent = the default. */
    private static int priority(CsvLine row) {
        if (!row.has("priority") || row.raw("priority").isEmpty()) {
            return Queue.DEFAULT_PRIORITY;
        }
        int priority = nonNegative(row, "priority");
        if (priority < Queue.HIGHEST_PRIORITY || priority > Queue.LOWEST_PRIORITY) {
            throw error(row, "priority", "'" + row.raw("priority") + "' is not between " + Queue.HIGHEST_PRIORITY
                    + " and " + Queue.LOWEST_PRIORITY);
        }
        return priority;
    }

    private static DayOfWeek weekday(CsvLine row) {
        requireColumn(row, "weekday");
        return row.enumValue("weekday", true, DayOfWeek.class, "a weekday name");
    }

    private static WorkLocation location(CsvLine row, Map<String, Site> sites) {
        String value = blankToNull(row, "location");
        if (value == null || value.equals("HOME")) {
            return WorkLocation.HOME;
        }
        Site site = value.startsWith("OFFICE@") ? sites.get(value.substring(7)) : null;
        if (site == null) {
            throw error(row, "location", "'" + value + "' is neither HOME nor OFFICE@<known site>");
        }
        return WorkLocation.office(site);
    }

    private static <T> T known(Map<String, T> map, CsvLine row, String column) {
        T value = map.get(text(row, column));
        if (value == null) {
            throw error(row, column, "unknown " + column.replace('_', ' ') + " '" + text(row, column) + "'");
        }
        return value;
    }

    private static IllegalArgumentException error(CsvLine row, String column, String message) {
        return new IllegalArgumentException("column '" + column + "': " + message);
    }
}
