package dev.frontline.roster.curtois;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the Curtois &amp; Qu text format: sections {@code SECTION_HORIZON}, {@code SECTION_SHIFTS}, {@code SECTION_STAFF},
 * {@code SECTION_DAYS_OFF}, {@code SECTION_SHIFT_ON_REQUESTS}, {@code SECTION_SHIFT_OFF_REQUESTS} and
 * {@code SECTION_COVER} of comma-separated rows; {@code #} starts a comment. Every error names the file and line.
 */
public final class CurtoisParser {

    private static final List<String> SECTIONS = List.of("SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF",
            "SECTION_DAYS_OFF", "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER");

    private record Line(int number, String text) {
    }

    private final String name;
    private final Map<String, List<Line>> sections = new HashMap<>();

    private CurtoisParser(String name) {
        this.name = name;
    }

    public static CurtoisInstance parse(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Curtois instance " + file, e);
        }
    }

    public static CurtoisInstance parse(String name, String text) {
        CurtoisParser parser = new CurtoisParser(name);
        parser.split(text);
        return parser.build();
    }

    private void split(String text) {
        String[] lines = text.split("\r?\n|\r", -1);
        List<Line> current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("SECTION_")) {
                if (!SECTIONS.contains(line)) {
                    throw error(i + 1, "unknown section '" + line + "'");
                }
                if (sections.containsKey(line)) {
                    throw error(i + 1, "section " + line + " appears twice");
                }
                current = new ArrayList<>();
                sections.put(line, current);
                continue;
            }
            if (current == null) {
                throw error(i + 1, "data before the first section: '" + line + "'");
            }
            current.add(new Line(i + 1, line));
        }
        for (String section : SECTIONS) {
            if (!sections.containsKey(section)) {
                throw new IllegalArgumentException(name + ": missing section " + section);
            }
        }
    }

    private CurtoisInstance build() {
        List<Line> horizon = sections.get("SECTION_HORIZON");
        if (horizon.size() != 1) {
            throw new IllegalArgumentException(name + ": SECTION_HORIZON must hold exactly one number, found "
                    + horizon.size() + " rows");
        }
        int days = positive(horizon.get(0), horizon.get(0).text(), "horizon length");

        Map<String, CurtoisInstance.ShiftDef> shifts = new LinkedHashMap<>();
        Map<String, Line> successorLines = new HashMap<>();
        for (Line line : sections.get("SECTION_SHIFTS")) {
            String[] f = fields(line, 3, 3);
            if (shifts.containsKey(f[0])) {
                throw error(line.number(), "shift '" + f[0] + "' is defined twice");
            }
            Set<String> successors = new LinkedHashSet<>();
            for (String id : f[2].split("\\|")) {
                if (!id.isBlank()) {
                    successors.add(id.strip());
                }
            }
            shifts.put(f[0], new CurtoisInstance.ShiftDef(f[0], positive(line, f[1], "length in minutes"), successors));
            successorLines.put(f[0], line);
        }
        shifts.values().forEach(shift -> shift.cannotBeFollowedBy().forEach(id -> knownShift(shifts, id,
                successorLines.get(shift.id()))));

        Map<String, CurtoisInstance.Staff> staff = new LinkedHashMap<>();
        for (Line line : sections.get("SECTION_STAFF")) {
            String[] f = fields(line, 8, 8);
            if (staff.containsKey(f[0])) {
                throw error(line.number(), "employee '" + f[0] + "' is defined twice");
            }
            Map<String, Integer> maxShifts = new LinkedHashMap<>();
            for (String pair : f[1].split("\\|")) {
                String[] kv = pair.split("=", -1);
                if (kv.length != 2) {
                    throw error(line.number(), "MaxShifts entry '" + pair + "' is not of the form shift=count");
                }
                knownShift(shifts, kv[0].strip(), line);
                maxShifts.put(kv[0].strip(), nonNegative(line, kv[1], "MaxShifts of " + kv[0].strip()));
            }
            shifts.keySet().forEach(id -> maxShifts.putIfAbsent(id, days));
            staff.put(f[0], new CurtoisInstance.Staff(f[0], maxShifts, nonNegative(line, f[2], "MaxTotalMinutes"),
                    nonNegative(line, f[3], "MinTotalMinutes"), nonNegative(line, f[4], "MaxConsecutiveShifts"),
                    nonNegative(line, f[5], "MinConsecutiveShifts"), nonNegative(line, f[6], "MinConsecutiveDaysOff"),
                    nonNegative(line, f[7], "MaxWeekends")));
        }

        Map<String, Set<Integer>> daysOff = new LinkedHashMap<>();
        for (Line line : sections.get("SECTION_DAYS_OFF")) {
            String[] f = fields(line, 1, Integer.MAX_VALUE);
            knownStaff(staff, f[0], line);
            Set<Integer> set = daysOff.computeIfAbsent(f[0], s -> new TreeSet<>());
            for (int i = 1; i < f.length; i++) {
                set.add(day(line, f[i], days));
            }
        }

        List<CurtoisInstance.Request> on = requests("SECTION_SHIFT_ON_REQUESTS", staff, shifts, days);
        List<CurtoisInstance.Request> off = requests("SECTION_SHIFT_OFF_REQUESTS", staff, shifts, days);

        List<CurtoisInstance.Cover> cover = new ArrayList<>();
        for (Line line : sections.get("SECTION_COVER")) {
            String[] f = fields(line, 5, 5);
            int day = day(line, f[0], days);
            knownShift(shifts, f[1], line);
            cover.add(new CurtoisInstance.Cover(day, f[1], nonNegative(line, f[2], "Requirement"),
                    nonNegative(line, f[3], "Weight for under"), nonNegative(line, f[4], "Weight for over")));
        }
        return new CurtoisInstance(name, days, List.copyOf(shifts.values()), List.copyOf(staff.values()), daysOff, on,
                off, cover);
    }

    private List<CurtoisInstance.Request> requests(String section, Map<String, CurtoisInstance.Staff> staff,
            Map<String, CurtoisInstance.ShiftDef> shifts, int days) {
        List<CurtoisInstance.Request> requests = new ArrayList<>();
        for (Line line : sections.get(section)) {
            String[] f = fields(line, 4, 4);
            knownStaff(staff, f[0], line);
            knownShift(shifts, f[2], line);
            requests.add(new CurtoisInstance.Request(f[0], day(line, f[1], days), f[2], nonNegative(line, f[3], "Weight")));
        }
        return requests;
    }

    private String[] fields(Line line, int min, int max) {
        String[] f = line.text().split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        if (f.length < min || f.length > max) {
            throw error(line.number(), "expected " + (min == max ? String.valueOf(min) : "at least " + min)
                    + " comma-separated fields, found " + f.length + ": '" + line.text() + "'");
        }
        return f;
    }

    private void knownShift(Map<String, CurtoisInstance.ShiftDef> shifts, String id, Line line) {
        if (!shifts.containsKey(id)) {
            throw error(line.number(), "unknown shift id '" + id + "'");
        }
    }

    private void knownStaff(Map<String, CurtoisInstance.Staff> staff, String id, Line line) {
        if (!staff.containsKey(id)) {
            throw error(line.number(), "unknown employee id '" + id + "'");
        }
    }

    private int day(Line line, String text, int days) {
        int day = nonNegative(line, text, "day");
        if (day >= days) {
            throw error(line.number(), "day " + day + " is outside the horizon 0.." + (days - 1));
        }
        return day;
    }

    private int positive(Line line, String text, String field) {
        int value = nonNegative(line, text, field);
        if (value == 0) {
            throw error(line.number(), field + " must be positive, found 0");
        }
        return value;
    }

    private int nonNegative(Line line, String text, String field) {
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw error(line.number(), field + " '" + text + "' is not a whole number");
        }
        if (value < 0) {
            throw error(line.number(), field + " '" + text + "' is negative");
        }
        return value;
    }

    private IllegalArgumentException error(int lineNumber, String message) {
        return new IllegalArgumentException(name + " line " + lineNumber + ": " + message);
    }
}
