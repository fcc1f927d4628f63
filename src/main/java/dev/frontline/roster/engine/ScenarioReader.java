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
 * {@code location_preferences.csv} and {@code pinned.csv}. Errors name the file, line and column.
 */
public final class ScenarioReader {

    private final Path folder;

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
        CsvLine horizon = rows("horizon.csv", true).get(0);
        LocalDate start = date(horizon, "start_date");
        RosterBuilder builder = new RosterBuilder(folder.getFileName().toString(), start, positive(horizon, "days"));
        Map<String, Queue> queues = new HashMap<>();
        each("queues.csv", true, row -> {
            Queue queue = new Queue(text(row, "id"), text(row, "name"), channel(row));
            queues.put(queue.id(), queue);
            builder.queue(queue);
        });
        Map<String, Site> sites = new HashMap<>();
        each("sites.csv", false, row -> {
            Site site = new Site(text(row, "id"), text(row, "name"), nonNegative(row, "seats"));
            sites.put(site.id(), site);
            builder.site(site);
        });
        Map<String, ShiftType> shiftTypes = new HashMap<>();
        each("shift_types.csv", true, row -> {
            int length = positive(row, "length_minutes");
            BreakRule breaks = new BreakRule(nonNegative(row, "breaks"), nonNegative(row, "break_minutes"),
                    nonNegative(row, "lunch_minutes"), 60, 60, 60);
            ShiftType type = new ShiftType(text(row, "id"), minuteOfDay(row, "start"), length,
                    list(row, "cannot_be_followed_by"), breaks);
            shiftTypes.put(type.id(), type);
            builder.shiftType(type);
        });
        Map<String, Contract> contracts = new HashMap<>();
        each("contracts.csv", true, row -> contracts.put(text(row, "id"), withNightRules(row, new Contract(text(row, "id"),
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
            builder.agent(new Agent(text(row, "id"), text(row, "name"), contract, skills, blankToNull(row, "team"),
                    Boolean.parseBoolean(text(row, "team_lead")), locations, allowed, Map.of()));
        });
        each("requirements.csv", true, row -> builder.requirement(text(row, "queue"), nonNegative(row, "day"),
                minuteOfDay(row, "time"), decimal(row, "agents", text(row, "agents"))));
        each("time_off.csv", false, row -> builder.timeOff(text(row, "agent"), nonNegative(row, "day"), text(row, "reason")));
        each("requests.csv", false, row -> builder.shiftRequest(text(row, "agent"), nonNegative(row, "day"),
                blankToNull(row, "shift_type"), Boolean.parseBoolean(text(row, "wants_to_work")), nonNegative(row, "weight")));
        // the optional day column makes a dated preference (its weekday column may then be blank)
        each("location_preferences.csv", false, row -> {
            if (blankToNull(row, "day") == null) {
                builder.locationPreference(text(row, "agent"), weekday(row), location(row, sites), nonNegative(row, "weight"));
            } else {
                builder.locationPreference(text(row, "agent"), nonNegative(row, "day"), location(row, sites),
                        nonNegative(row, "weight"));
            }
        });
        each("pinned.csv", false, row -> builder.pinned(text(row, "agent"), nonNegative(row, "day"),
                blankToNull(row, "shift_type"), location(row, sites)));
        return builder.build();
    }

    private List<CsvLine> rows(String file, boolean required) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            if (required) {
                throw new IllegalArgumentException("scenario " + folder + ": missing file " + file);
            }
            return List.of();
        }
        // a bad cell throws at once; each() adds the file and line to the message
        CsvErrorHandler stop = error -> {
            throw new IllegalArgumentException("column '" + error.column() + "': " + error.message());
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
        for (CsvLine row : rows(file, required)) {
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
            throw error(row, column, "unknown " + column + " '" + text(row, column) + "'");
        }
        return value;
    }

    private static IllegalArgumentException error(CsvLine row, String column, String message) {
        return new IllegalArgumentException("column '" + column + "': " + message);
    }
}
