package dev.frontline.roster.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.Shrinkage;
import dev.frontline.staffing.engine.VoiceQueue;
import dev.frontline.staffing.engine.VoiceRequirementCalculator;

/**
 * A peaky, real centre for the roster engine: four weeks of a US bank's call arrivals (the {@code calls_5min.csv} of
 * {@code callcenter_us_bank_2003_5min}, weekdays 07:00–21:05) summed to 15-minute intervals and turned into agents
 * by Erlang C at 80 % answered in 20 s with a 300 s handle time, the volume scaled so that the busiest interval needs
 * {@value #PEAK_AGENTS} agents. {@value #AGENTS} agents on full-time (8- and 9-hour shifts) and part-time (4- and
 * 6-hour shifts) contracts, 100 shift types starting every quarter-hour, one office with fewer seats than the peak.
 * <p>
 * With a cross-skilled share above 0 the calls are split over two language queues (65 % / 35 %), each sized by
 * Erlang C on its own, and that share of the agents speaks both; the others speak one, in proportion to the volume.
 */
public final class BankCentre {

    public static final String FILE = "calls_5min.csv";
    static final int PEAK_AGENTS = 400;
    static final int AGENTS = 500;
    private static final int WEEKS = 4;
    private static final int PER_DAY = 24 * 60 / DemandIndex.INTERVAL_MINUTES;
    private static final double AHT_SECONDS = 300;
    private static final double PERIOD_SECONDS = DemandIndex.INTERVAL_MINUTES * 60.0;
    private static final VoiceQueue ERLANG_C = VoiceQueue.erlangC(ServiceGoal.of(80, 20), Shrinkage.NONE);
    private static final double FULL_TIME_SHARE = 0.7;
    private static final int OFFICE_SEATS = 300;
    private static final double SECOND_LANGUAGE_SHARE = 0.35;

    private BankCentre() {
    }

    /** Whether the folder holds the arrivals file. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /**
     * @param crossSkilled share of agents skilled for both language queues; 0 = one queue for all calls
     */
    public static CentreGenerator.Centre build(Path folder, double crossSkilled, long seed) {
        if (!(crossSkilled >= 0 && crossSkilled <= 1)) {
            throw new IllegalArgumentException("cross-skilled share " + crossSkilled + " is outside 0..1");
        }
        Arrivals arrivals = read(folder.resolve(FILE));
        Random random = new Random(seed);
        String name = "bank-" + arrivals.start() + (crossSkilled > 0 ? "-x" + Math.round(crossSkilled * 100) : "");
        RosterBuilder builder = new RosterBuilder(name, arrivals.start(), WEEKS * 7);
        List<Queue> queues = crossSkilled > 0
                ? List.of(new Queue("voice-en", "Voice – English", Channel.VOICE),
                        new Queue("voice-es", "Voice – Spanish", Channel.VOICE))
                : List.of(new Queue("voice", "Voice", Channel.VOICE));
        queues.forEach(builder::queue);
        double[] volumeShare = crossSkilled > 0 ? new double[] {1 - SECOND_LANGUAGE_SHARE, SECOND_LANGUAGE_SHARE}
                : new double[] {1.0};
        double scale = scaleForPeak(arrivals.calls(), volumeShare);
        List<QueueTraffic> traffic = new ArrayList<>();
        for (int q = 0; q < queues.size(); q++) {
            double[] contacts = new double[arrivals.calls().length];
            for (int i = 0; i < contacts.length; i++) {
                contacts[i] = arrivals.calls()[i] * scale * volumeShare[q];
            }
            int[] agents = requirement(contacts);
            for (int i = 0; i < agents.length; i++) {
                if (agents[i] > 0) {
                    builder.requirement(queues.get(q).id(), i / PER_DAY, (i % PER_DAY) * DemandIndex.INTERVAL_MINUTES,
                            agents[i]);
                }
            }
            traffic.add(new QueueTraffic(queues.get(q), contacts, AHT_SECONDS, 20, 0.80, 1));
        }
        Site office = new Site("office", "Bank office", OFFICE_SEATS);
        builder.site(office);
        List<ShiftType> fullShifts = new ArrayList<>();
        List<ShiftType> partShifts = new ArrayList<>();
        BreakRule fullBreaks = new BreakRule(2, 15, 30, 90, 60, 60);
        shifts("F8", 8 * 60, 7 * 60, 13 * 60, fullBreaks, fullShifts);
        shifts("F9", 9 * 60, 7 * 60, 10 * 60, fullBreaks, fullShifts);
        shifts("P4", 4 * 60, 7 * 60, 17 * 60, new BreakRule(1, 15, 0, 60, 60, 0), partShifts);
        shifts("P6", 6 * 60, 7 * 60, 12 * 60, new BreakRule(1, 15, 30, 60, 60, 30), partShifts);
        fullShifts.forEach(builder::shiftType);
        partShifts.forEach(builder::shiftType);

        Contract fullTime = Contract.unrestricted("full-time").withWeeklyMinutes(4 * 480, 2400).withConsecutive(6, 0, 1)
                .withMinRestMinutes(11 * 60).withTimeOffCreditMinutes(480).withOvertimeAfterMinutesPerWeek(2400);
        Contract partTime = Contract.unrestricted("part-time").withWeeklyMinutes(4 * 240, 5 * 300)
                .withConsecutive(6, 0, 1).withMinRestMinutes(11 * 60).withTimeOffCreditMinutes(240)
                .withOvertimeAfterMinutesPerWeek(5 * 300);
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            boolean fullTimer = random.nextDouble() < FULL_TIME_SHARE;
            Contract contract = fullTimer ? fullTime : partTime;
            if (random.nextBoolean()) {
                contract = contract.withMinOfficeDaysPerWeek(1);
            }
            Map<Queue, Double> skills = new LinkedHashMap<>();
            if (queues.size() == 1 || random.nextDouble() < crossSkilled) {
                queues.forEach(q -> skills.put(q, 1.0));
            } else {
                skills.put(random.nextDouble() < volumeShare[0] ? queues.get(0) : queues.get(1), 1.0);
            }
            Agent agent = new Agent(String.format("agent-%03d", i + 1), "Agent " + (i + 1), contract, skills,
                    "team-" + (i / 15 + 1), i % 15 == 0, List.of(WorkLocation.HOME, WorkLocation.office(office)),
                    fullTimer ? fullShifts : partShifts, Map.of());
            agents.add(agent);
            builder.agent(agent);
        }
        addLeaveAndWishes(builder, agents, WEEKS * 7, random);
        return new CentreGenerator.Centre(builder.build(), traffic);
    }

    private static void shifts(String template, int length, int firstStart, int lastStart, BreakRule breaks,
            List<ShiftType> into) {
        for (int start = firstStart; start <= lastStart; start += DemandIndex.INTERVAL_MINUTES) {
            into.add(new ShiftType(String.format("%s-%02d%02d", template, start / 60, start % 60), start, length, Set.of(),
                    breaks, template));
        }
    }

    /** A sixth of the agents take 1–5 days of leave; a quarter ask for one day off. */
    private static void addLeaveAndWishes(RosterBuilder builder, List<Agent> agents, int days, Random random) {
        for (Agent agent : agents) {
            if (random.nextDouble() < 1.0 / 6) {
                int length = 1 + random.nextInt(5);
                int from = random.nextInt(days - length);
                for (int d = from; d < from + length; d++) {
                    builder.timeOff(agent.id(), d, "annual leave");
                }
            }
            if (random.nextDouble() < 0.25) {
                builder.shiftRequest(agent.id(), random.nextInt(days), null, false, 300);
            }
        }
    }

    /** The volume multiple at which the busiest interval needs {@link #PEAK_AGENTS} agents in all queues together. */
    private static double scaleForPeak(double[] calls, double[] volumeShare) {
        int peak = 0;
        for (int i = 1; i < calls.length; i++) {
            if (calls[i] > calls[peak]) {
                peak = i;
            }
        }
        double low = 0;
        double high = 1;
        while (peakAgents(calls[peak] * high, volumeShare) < PEAK_AGENTS) {
            high *= 2;
        }
        for (int i = 0; i < 50; i++) {
            double mid = (low + high) / 2;
            if (peakAgents(calls[peak] * mid, volumeShare) < PEAK_AGENTS) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    private static int peakAgents(double contacts, double[] volumeShare) {
        int agents = 0;
        for (double share : volumeShare) {
            agents += requirement(new double[] {contacts * share})[0];
        }
        return agents;
    }

    private static int[] requirement(double[] contacts) {
        int[] agents = new int[contacts.length];
        int hint = -1;
        for (int i = 0; i < contacts.length; i++) {
            if (contacts[i] > 0) {
                hint = VoiceRequirementCalculator.requiredAgents(ERLANG_C,
                        new IntervalWorkload(contacts[i], PERIOD_SECONDS, AHT_SECONDS), hint);
                agents[i] = hint;
            }
        }
        return agents;
    }

    /** Calls per 15-minute interval of the four weeks, from the first Monday whose 20 weekdays are all in the file. */
    private record Arrivals(LocalDate start, double[] calls) {
    }

    private static Arrivals read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bank arrivals " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("date,weekday,interval,interval_start,calls")) {
            throw new IllegalArgumentException(file + " line 1: expected the header "
                    + "'date,weekday,interval,interval_start,calls'");
        }
        Map<LocalDate, double[]> byDay = new TreeMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": expected 5 columns, found " + cells.length);
            }
            try {
                LocalDate date = LocalDate.parse(cells[0]);
                String[] clock = cells[3].split(":");
                int minute = Integer.parseInt(clock[0]) * 60 + Integer.parseInt(clock[1]);
                double calls = Double.parseDouble(cells[4]);
                if (calls < 0 || minute < 0 || minute >= 24 * 60) {
                    throw new NumberFormatException("out of range");
                }
                byDay.computeIfAbsent(date, d -> new double[PER_DAY])[minute / DemandIndex.INTERVAL_MINUTES] += calls;
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": '" + lines.get(n)
                        + "' is not a date, weekday, interval, HH:MM and a call count", e);
            }
        }
        for (LocalDate monday : byDay.keySet()) {
            if (monday.getDayOfWeek() != DayOfWeek.MONDAY || !allWeekdays(byDay, monday)) {
                continue;
            }
            double[] calls = new double[WEEKS * 7 * PER_DAY];
            for (int d = 0; d < WEEKS * 7; d++) {
                double[] day = byDay.get(monday.plusDays(d));
                if (day != null) {
                    System.arraycopy(day, 0, calls, d * PER_DAY, PER_DAY);
                }
            }
            return new Arrivals(monday, calls);
        }
        throw new IllegalArgumentException(file + ": no " + WEEKS + " consecutive weeks with every weekday present");
    }

    private static boolean allWeekdays(Map<LocalDate, double[]> byDay, LocalDate monday) {
        for (int d = 0; d < WEEKS * 7; d++) {
            LocalDate date = monday.plusDays(d);
            if (date.getDayOfWeek().getValue() <= 5 && !byDay.containsKey(date)) {
                return false;
            }
        }
        return true;
    }
}
