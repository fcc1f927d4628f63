package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import dev.frontline.shared.text.Phrase;

/**
 * One queue's history aggregated to the forecast grain, with gaps repaired and the calendar resolved: which days
 * were open, closed or special. Built once per request; every backtest origin and method reads from it.
 */
public final class PreparedHistory {

    /** The marker of a normally open day absent from the history (a caller's closure has its own name). */
    private static final String NO_HISTORY = "\u0000no-history";

    /** Days missing more than this share of their usual intervals are dropped instead of repaired. */
    private static final double MAX_MISSING_SHARE = 0.5;
    private static final int REGULAR_WEEKDAY_WEEKS = 8;

    private final String queue;
    private final IntervalGrain grain;
    private final NavigableMap<LocalDate, double[]> volume = new TreeMap<>();
    private final NavigableMap<LocalDate, double[]> aht = new TreeMap<>();
    /** Closed days and why: the caller's name for the closure, or null for a normally open day without history. */
    private final Map<LocalDate, String> closedDays = new TreeMap<>();
    private final Map<LocalDate, SpecialDay> specials = new HashMap<>();
    private final Set<DayOfWeek> regularOpenWeekdays;
    private final boolean[] openSlots;
    private final List<Phrase> notes = new ArrayList<>();
    private final boolean hasAht;

    public PreparedHistory(ForecastRequest request) {
        this.queue = request.queue();
        this.grain = request.grain();
        int slots = grain.slotsPerDay();
        List<Observation> rows = request.history();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("history for queue '" + queue + "' is empty");
        }
        Map<LocalDate, double[]> sums = new TreeMap<>();
        Map<LocalDate, double[]> ahtWeighted = new HashMap<>();
        Map<LocalDate, double[]> ahtVolume = new HashMap<>();
        Map<LocalDate, boolean[]> present = new HashMap<>();
        boolean anyAht = false;
        for (Observation o : rows) {
            int slot = grain.slotOf(o.start());
            sums.computeIfAbsent(o.date(), d -> new double[slots])[slot] += o.offered();
            present.computeIfAbsent(o.date(), d -> new boolean[slots])[slot] = true;
            if (o.ahtSeconds() != null && o.offered() > 0) {
                anyAht = true;
                ahtWeighted.computeIfAbsent(o.date(), d -> new double[slots])[slot] += o.ahtSeconds() * o.offered();
                ahtVolume.computeIfAbsent(o.date(), d -> new double[slots])[slot] += o.offered();
            }
        }
        this.hasAht = anyAht;
        if (sums.size() < 7) {
            throw new IllegalArgumentException("history for queue '" + queue + "' covers " + sums.size()
                    + (sums.size() == 1 ? " day (" + sums.keySet().iterator().next() + ")" : " days")
                    + "; at least 7 days (one week) are needed");
        }
        double grand = sums.values().stream().flatMapToDouble(Arrays::stream).sum();
        if (grand <= 0) {
            throw new IllegalArgumentException("history for queue '" + queue + "' has no offered contacts (all " + rows.size() + " rows are zero)");
        }
        for (SpecialDay s : request.specialDays()) {
            if (s.type() == SpecialDayType.CLOSED) {
                closedDays.put(s.date(), s.kind());
            } else {
                specials.put(s.date(), s);
            }
        }
        LocalDate first = ((TreeMap<LocalDate, double[]>) sums).firstKey();
        LocalDate last = ((TreeMap<LocalDate, double[]>) sums).lastKey();
        this.regularOpenWeekdays = regularWeekdays(sums, last);
        boolean[] usual = new boolean[slots];
        int repaired = 0;
        int dropped = 0;
        for (Map.Entry<LocalDate, double[]> e : sums.entrySet()) {
            LocalDate day = e.getKey();
            double[] v = e.getValue();
            double total = Arrays.stream(v).sum();
            if (closedDays.containsKey(day) || total <= 0) {
                // A day flagged closed or with no contacts at all says nothing about demand on an open day.
                continue;
            }
            boolean[] usualForDay = usualSlots(present, day, slots);
            int missing = 0;
            int expected = 0;
            for (int s = 0; s < slots; s++) {
                if (usualForDay[s]) {
                    expected++;
                    if (!present.get(day)[s]) {
                        missing++;
                    }
                }
            }
            if (expected > 0 && missing > MAX_MISSING_SHARE * expected) {
                dropped++;
                continue;
            }
            if (missing > 0) {
                repair(day, v, present, sums, usualForDay);
                repaired += missing;
            }
            volume.put(day, v);
            for (int s = 0; s < slots; s++) {
                usual[s] |= v[s] > 0;
            }
            double[] a = new double[slots];
            Arrays.fill(a, Double.NaN);
            double[] w = ahtWeighted.get(day);
            double[] n = ahtVolume.get(day);
            if (w != null) {
                for (int s = 0; s < slots; s++) {
                    if (n[s] > 0) {
                        a[s] = w[s] / n[s];
                    }
                }
            }
            aht.put(day, a);
        }
        this.openSlots = usual;
        if (volume.size() < 7) {
            throw new IllegalArgumentException("history for queue '" + queue + "' has only " + volume.size()
                    + " usable open days after removing closed, empty and mostly missing days; at least 7 are needed");
        }
        LocalDate gapStart = null;
        LocalDate gapEnd = null;
        for (LocalDate d = first; !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
            boolean missing = !d.isAfter(last) && !volume.containsKey(d) && regularOpenWeekdays.contains(d.getDayOfWeek())
                    && !closedDays.containsKey(d);
            if (missing) {
                // A normally open day absent from the history is taken as closed (holiday, outage).
                closedDays.put(d, NO_HISTORY);
                gapStart = gapStart == null ? d : gapStart;
                gapEnd = d;
            } else if (gapStart != null && (volume.containsKey(d) || d.isAfter(last))) {
                noteGap(gapStart, gapEnd);
                gapStart = null;
            }
        }
        if (repaired > 0) {
            notes.add(Phrase.of("forecast.note.repaired", repaired));
        }
        if (dropped > 0) {
            notes.add(Phrase.of("forecast.note.dropped-days", dropped));
        }
    }

    /**
     * A run of normally open days without history that spans a week or more is not a holiday but lost data (or a
     * closure): it is said, so a planner knows the methods that average recent weeks reach back past it.
     */
    private void noteGap(LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (days >= 7) {
            notes.add(Phrase.of("forecast.note.gap", from, to, days));
        }
    }

    private static Set<DayOfWeek> regularWeekdays(Map<LocalDate, double[]> sums, LocalDate last) {
        LocalDate from = last.minusWeeks(REGULAR_WEEKDAY_WEEKS);
        Map<DayOfWeek, Integer> count = new HashMap<>();
        for (Map.Entry<LocalDate, double[]> e : sums.entrySet()) {
            if (e.getKey().isAfter(from) && Arrays.stream(e.getValue()).sum() > 0) {
                count.merge(e.getKey().getDayOfWeek(), 1, Integer::sum);
            }
        }
        LocalDate firstDay = ((TreeMap<LocalDate, double[]>) sums).firstKey();
        long weeks = Math.max(1, Math.min(REGULAR_WEEKDAY_WEEKS, ChronoUnit.DAYS.between(firstDay, last) / 7 + 1));
        Set<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
        count.forEach((dow, n) -> {
            if (n * 2 >= weeks) {
                open.add(dow);
            }
        });
        return open;
    }

    /** Slots that at least half of the nearby same-weekday days report. */
    private static boolean[] usualSlots(Map<LocalDate, boolean[]> present, LocalDate day, int slots) {
        int[] count = new int[slots];
        int days = 0;
        for (int k = -4; k <= 4; k++) {
            boolean[] p = present.get(day.plusWeeks(k));
            if (p != null) {
                days++;
                for (int s = 0; s < slots; s++) {
                    if (p[s]) {
                        count[s]++;
                    }
                }
            }
        }
        boolean[] usual = new boolean[slots];
        for (int s = 0; s < slots; s++) {
            usual[s] = count[s] * 2 >= days;
        }
        return usual;
    }

    /** Fills missing usual slots in proportion to the neighbouring same-weekday intraday shares. */
    private static void repair(LocalDate day, double[] v, Map<LocalDate, boolean[]> present, Map<LocalDate, double[]> sums, boolean[] usual) {
        int slots = v.length;
        boolean[] p = present.get(day);
        double[] shape = new double[slots];
        for (int k = -4; k <= 4; k++) {
            double[] other = sums.get(day.plusWeeks(k));
            if (k != 0 && other != null) {
                double t = Arrays.stream(other).sum();
                if (t > 0) {
                    for (int s = 0; s < slots; s++) {
                        shape[s] += other[s] / t;
                    }
                }
            }
        }
        double presentShare = 0;
        double missingShare = 0;
        for (int s = 0; s < slots; s++) {
            if (p[s]) {
                presentShare += shape[s];
            } else if (usual[s]) {
                missingShare += shape[s];
            }
        }
        double presentTotal = Arrays.stream(v).sum();
        if (presentShare <= 0 || missingShare <= 0) {
            return;
        }
        for (int s = 0; s < slots; s++) {
            if (!p[s] && usual[s]) {
                v[s] = presentTotal * shape[s] / presentShare;
            }
        }
    }

    public String queue() {
        return queue;
    }

    public IntervalGrain grain() {
        return grain;
    }

    public int slots() {
        return grain.slotsPerDay();
    }

    public boolean hasAht() {
        return hasAht;
    }

    public LocalDate firstDay() {
        return volume.firstKey();
    }

    public LocalDate lastDay() {
        return volume.lastKey();
    }

    /** Open history days with their (repaired) volume per slot. */
    public NavigableMap<LocalDate, double[]> volume() {
        return Collections.unmodifiableNavigableMap(volume);
    }

    /** AHT per slot (NaN where unknown). */
    public NavigableMap<LocalDate, double[]> aht() {
        return Collections.unmodifiableNavigableMap(aht);
    }

    public boolean[] openSlots() {
        return openSlots.clone();
    }

    public Set<DayOfWeek> regularOpenWeekdays() {
        return Collections.unmodifiableSet(regularOpenWeekdays);
    }

    public List<Phrase> notes() {
        return List.copyOf(notes);
    }

    /** Closed: flagged by the caller, a normally open day absent from the history, or a weekday the centre does not open. */
    public boolean isClosed(LocalDate day) {
        return closedDays.containsKey(day) || !regularOpenWeekdays.contains(day.getDayOfWeek());
    }

    /** Why a closed day is closed, as a sentence of the bundles. */
    public Phrase closedReason(LocalDate day) {
        String reason = closedDays.get(day);
        if (NO_HISTORY.equals(reason)) {
            return Phrase.of("forecast.day.closed.no-history");
        }
        if (reason != null) {
            return Phrase.of("forecast.day.closed.flagged", reason);
        }
        return Phrase.of("forecast.day.closed.weekday", day.getDayOfWeek());
    }

    /** The kind of special effect a day carries, or null for an ordinary open day. */
    public String specialKind(LocalDate day) {
        SpecialDay s = specials.get(day);
        if (s != null) {
            return s.type().name().toLowerCase() + ":" + s.kind();
        }
        return isReopening(day) ? SpecialDayEffects.REOPENING : null;
    }

    public SpecialDay special(LocalDate day) {
        return specials.get(day);
    }

    /** The first open day after a closure on a normally open day: contacts that could not come in arrive then. */
    boolean isReopening(LocalDate day) {
        if (isClosed(day)) {
            return false;
        }
        LocalDate d = day.minusDays(1);
        for (int i = 0; i < 7; i++, d = d.minusDays(1)) {
            if (!regularOpenWeekdays.contains(d.getDayOfWeek())) {
                continue;
            }
            return closedDays.containsKey(d);
        }
        return false;
    }
}
