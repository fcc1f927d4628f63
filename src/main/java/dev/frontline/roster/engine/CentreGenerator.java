package dev.frontline.roster.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic, realistic contact centre for benchmarks, tests and demos: 6 queues (voice, chat, email), 2 offices
 * seating 60 % of headcount, teams of 12 with a lead, full-time (70 %) and part-time agents with 1–3 skills, leave,
 * day-off requests, location preferences, preferred start times on a weekday for a tenth of the agents, and a
 * one-office-day-a-week policy for half of the agents.
 * <p>
 * Contact volume per 15-minute interval follows an intraday curve per channel (voice peaks mid-morning and
 * mid-afternoon, chat in the evening, email is flat in office hours; weekends at 60 %); the staffing engine turns it
 * into agents required ({@link CentreDemand}), at a volume level where the agents' contracted, proficiency-weighted
 * capacity on each queue is {@code capacityRatio} times what is required.
 */
public final class CentreGenerator {

    public static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int OPEN = 7 * 60;
    private static final int CLOSE = 22 * 60;
    private static final int FULL_TIME_WEEKLY = 2400;
    private static final int PART_TIME_WEEKLY = 1200;

    private static final List<Queue> TWO_QUEUES = List.of(new Queue("voice", "Voice", Channel.VOICE),
            new Queue("chat", "Chat", Channel.CHAT));

    private CentreGenerator() {
    }

    /** Which wishes the generated agents state. */
    public enum Wishes {
        /** The generator's own: day requests, weekday location preferences, preferred starts for a tenth. */
        GENERATED,
        /**
         * As the demo's preference windows give them ({@code DemoWishSeeder}): in each two-week window a fifth of the
         * agents spend a 100-point budget on a weekend day off, a weekday off or on, a one-hour start range on a
         * weekday and home or office on a weekday, some with a dated wish for the other place on one of its dates, and
         * some asking for the same weekend day off as a team-mate.
         */
        DEMO
    }

    /** A generated centre: the roster problem and the contacts behind its requirements, for simulating a solution. */
    public record Centre(Roster roster, List<QueueTraffic> traffic) {
    }

    public static Roster generate(int agentCount, int weeks, double capacityRatio, long seed) {
        return generateCentre(agentCount, weeks, capacityRatio, seed).roster();
    }

    public static Centre generateCentre(int agentCount, int weeks, double capacityRatio, long seed) {
        return generateCentre(agentCount, weeks, capacityRatio, seed, null);
    }

    /**
     * @param crossSkilled null for the six-queue centre; otherwise a two-queue centre (voice and chat) on which this
     *        share of the agents is skilled for both queues and every other agent for one
     */
    public static Centre generateCentre(int agentCount, int weeks, double capacityRatio, long seed, Double crossSkilled) {
        return generateCentre(agentCount, weeks, capacityRatio, seed, crossSkilled, Wishes.GENERATED);
    }

    /**
     * The same centre (agents, leave, requirements) with either kind of wishes: the draws of the generator's own
     * wishes are made either way, so the rest of the centre does not change with {@code wishes}.
     */
    public static Centre generateCentre(int agentCount, int weeks, double capacityRatio, long seed, Double crossSkilled,
            Wishes wishes) {
        return generateCentre(agentCount, weeks, capacityRatio, seed, crossSkilled, wishes, false);
    }

    /**
     * @param training whether the centre also has the benchmark's training to place ({@link CentreTraining}); the rest
     *        of the centre is the same either way, so a run with and one without measure what the training costs
     */
    public static Centre generateCentre(int agentCount, int weeks, double capacityRatio, long seed, Double crossSkilled,
            Wishes wishes, boolean training) {
        if (crossSkilled != null && !(crossSkilled >= 0 && crossSkilled <= 1)) {
            throw new IllegalArgumentException("cross-skilled share " + crossSkilled + " is outside 0..1");
        }
        if (agentCount < 2 || weeks < 1) {
            throw new IllegalArgumentException("a centre needs at least 2 agents and 1 week, got " + agentCount
                    + " agents and " + weeks + " weeks");
        }
        if (!(capacityRatio > 0.0) || Double.isInfinite(capacityRatio)) {
            throw new IllegalArgumentException("capacity ratio " + capacityRatio + " must be positive and finite");
        }
        Random random = new Random(seed);
        int days = weeks * 7;
        RosterBuilder builder = new RosterBuilder("centre-" + agentCount + "x" + weeks + "w"
                + (crossSkilled == null ? "" : "-x" + Math.round(100 * crossSkilled)), START, days);
        List<Queue> queues = crossSkilled != null ? TWO_QUEUES : List.of(new Queue("billing-voice", "Billing – voice", Channel.VOICE),
                new Queue("support-voice", "Support – voice", Channel.VOICE),
                new Queue("sales-voice", "Sales – voice", Channel.VOICE),
                new Queue("billing-chat", "Billing – chat", Channel.CHAT),
                new Queue("support-chat", "Support – chat", Channel.CHAT),
                new Queue("email", "Email", Channel.EMAIL));
        queues.forEach(builder::queue);
        int seats = (int) Math.ceil(agentCount * 0.3);
        List<Site> sites = List.of(new Site("north", "North office", seats), new Site("south", "South office", seats));
        sites.forEach(builder::site);

        BreakRule fullBreaks = new BreakRule(2, 15, 30, 90, 60, 60);
        BreakRule partBreaks = new BreakRule(1, 15, 0, 60, 60, 0);
        List<ShiftType> fullShifts = new ArrayList<>();
        for (int start = OPEN; start + 8 * 60 <= CLOSE; start += 60) {
            fullShifts.add(new ShiftType(String.format("F%02d", start / 60), start, 8 * 60, Set.of(), fullBreaks));
        }
        List<ShiftType> partShifts = new ArrayList<>();
        for (int start = 8 * 60; start + 4 * 60 <= CLOSE; start += 4 * 60) {
            partShifts.add(new ShiftType(String.format("P%02d", start / 60), start, 4 * 60, Set.of(), partBreaks));
        }
        fullShifts.forEach(builder::shiftType);
        partShifts.forEach(builder::shiftType);

        Contract fullTime = Contract.unrestricted("full-time")
                .withWeeklyMinutes(4 * 480, 6 * 480)
                .withConsecutive(6, 0, 2)
                .withMaxWeekends(Math.max(1, weeks - 1))
                .withMinRestMinutes(11 * 60)
                .withTimeOffCreditMinutes(480)
                .withOvertimeAfterMinutesPerWeek(FULL_TIME_WEEKLY);
        Contract partTime = Contract.unrestricted("part-time")
                .withWeeklyMinutes(3 * 240, 7 * 240)
                .withConsecutive(6, 0, 1)
                .withMaxWeekends(weeks)
                .withMinRestMinutes(11 * 60)
                .withTimeOffCreditMinutes(240)
                .withOvertimeAfterMinutesPerWeek(PART_TIME_WEEKLY);

        double[] queueCapacity = new double[queues.size()];
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            boolean partTimer = random.nextDouble() < 0.3;
            boolean hybrid = random.nextBoolean();
            Contract contract = partTimer ? partTime : fullTime;
            if (hybrid) {
                contract = contract.withMinOfficeDaysPerWeek(1);
            }
            Map<Queue, Double> skills = new LinkedHashMap<>();
            int skillCount = crossSkilled == null ? 1 + random.nextInt(3) : random.nextDouble() < crossSkilled ? 2 : 1;
            while (crossSkilled != null && skills.size() < skillCount) {
                skills.put(queues.get(skillCount == 2 ? skills.size() : random.nextDouble() < 0.6 ? 0 : 1),
                        0.7 + 0.3 * random.nextDouble());
            }
            while (skills.size() < skillCount) {
                // voice queues are the most common skills
                int q = random.nextDouble() < 0.55 ? random.nextInt(3) : 3 + random.nextInt(3);
                skills.put(queues.get(q), 0.7 + 0.3 * random.nextDouble());
            }
            int weeklyMinutes = partTimer ? PART_TIME_WEEKLY : FULL_TIME_WEEKLY;
            for (Map.Entry<Queue, Double> skill : skills.entrySet()) {
                queueCapacity[queues.indexOf(skill.getKey())] += weeklyMinutes * weeks * skill.getValue() / skills.size();
            }
            String team = "team-" + (i / 12 + 1);
            boolean lead = i % 12 == 0;
            Site home = sites.get((i / 12) % sites.size());
            List<WorkLocation> locations = List.of(WorkLocation.HOME, WorkLocation.office(home));
            List<ShiftType> allowed = new ArrayList<>(partTimer ? partShifts : fullShifts);
            Agent agent = new Agent(String.format("agent-%03d", i + 1), "Agent " + (i + 1), contract, skills, team, lead,
                    locations, allowed, Map.of());
            agents.add(agent);
            builder.agent(agent);
        }

        double leaveShare = addLeaveAndWishes(builder, agents, days, random, wishes == Wishes.GENERATED);
        if (wishes == Wishes.GENERATED) {
            // a random stream of its own, so the centre drawn before preferred starts existed stays the same
            addPreferredStarts(builder, agents, days, new Random(seed + 1));
        } else {
            DemoLikeWishes.add(builder, agents, days, new Random(seed + 14));
        }
        List<QueueTraffic> traffic = addRequirements(builder, queues, queueCapacity, days,
                (1 - leaveShare) / capacityRatio);
        if (training) {
            CentreTraining.add(builder, agents, days, new Random(seed + 27));
        }
        return new Centre(builder.build(), traffic);
    }

    private static double addLeaveAndWishes(RosterBuilder builder, List<Agent> agents, int days, Random random,
            boolean withWishes) {
        int leaveDays = 0;
        for (Agent agent : agents) {
            if (random.nextDouble() < 0.15) {
                int length = 1 + random.nextInt(5);
                int from = random.nextInt(Math.max(1, days - length));
                for (int d = from; d < Math.min(days, from + length); d++) {
                    builder.timeOff(agent.id(), d, "annual leave");
                    leaveDays++;
                }
            }
            if (random.nextDouble() < 0.3) {
                int day = random.nextInt(days);
                if (withWishes) {
                    builder.shiftRequest(agent.id(), day, null, false, 300);
                }
            }
            if (random.nextDouble() < 0.2) {
                ShiftType wish = agent.shiftTypes().get(0);
                int day = random.nextInt(days);
                if (withWishes) {
                    builder.shiftRequest(agent.id(), day, wish.id(), true, 100);
                }
            }
            if (random.nextDouble() < 0.4) {
                DayOfWeek weekday = DayOfWeek.of(1 + random.nextInt(5));
                WorkLocation where = random.nextBoolean() ? WorkLocation.HOME : agent.locations().get(1);
                if (withWishes) {
                    builder.locationPreference(agent.id(), weekday, where, 50);
                }
            }
        }
        return (double) leaveDays / (agents.size() * (double) days);
    }

    /** A tenth of the agents would like one weekday's shifts to start at the start of one of their shift types. */
    private static void addPreferredStarts(RosterBuilder builder, List<Agent> agents, int days, Random random) {
        for (Agent agent : agents) {
            if (random.nextDouble() < 0.1) {
                int weekday = random.nextInt(5);
                int start = agent.shiftTypes().get(random.nextInt(agent.shiftTypes().size())).startMinute();
                for (int day = weekday; day < days; day += 7) {
                    builder.startPreference(agent.id(), day, start, 20);
                }
            }
        }
    }

    /**
     * Each queue's requirement from the staffing engine ({@link CentreDemand}): contacts follow its channel's intraday
     * and weekly curve, and their level is set so that the queue's required agent-minutes are its share of capacity.
     */
    private static List<QueueTraffic> addRequirements(RosterBuilder builder, List<Queue> queues, double[] queueCapacity,
            int days, double requiredShare) {
        int perDay = 24 * 60 / DemandIndex.INTERVAL_MINUTES;
        List<QueueTraffic> traffic = new ArrayList<>();
        for (int q = 0; q < queues.size(); q++) {
            Queue queue = queues.get(q);
            double[] shape = new double[days * perDay];
            for (int day = 0; day < days; day++) {
                boolean weekend = START.plusDays(day).getDayOfWeek().getValue() >= 6;
                for (int minute = OPEN; minute < CLOSE; minute += DemandIndex.INTERVAL_MINUTES) {
                    shape[day * perDay + minute / DemandIndex.INTERVAL_MINUTES] =
                            curve(queue.channel(), minute / 60.0) * (weekend ? 0.6 : 1.0);
                }
            }
            CentreDemand.Sized sized = new CentreDemand(queue.channel(), shape, OPEN, CLOSE)
                    .scaledTo(queue, queueCapacity[q] * requiredShare);
            double[] agents = sized.agents();
            for (int i = 0; i < agents.length; i++) {
                builder.requirement(queue.id(), i / perDay, (i % perDay) * DemandIndex.INTERVAL_MINUTES,
                        Math.round(agents[i] * 100) / 100.0);
            }
            traffic.add(sized.traffic());
        }
        return traffic;
    }

    /** Relative demand at an hour of the day, by channel. */
    static double curve(Channel channel, double hour) {
        return switch (channel) {
            case VOICE -> 0.35 + bump(hour, 10.5, 1.6) + 0.8 * bump(hour, 14.5, 1.8);
            case CHAT, MESSAGING -> 0.45 + 0.6 * bump(hour, 12.0, 2.5) + 0.8 * bump(hour, 19.0, 1.8);
            default -> hour >= 8 && hour < 18 ? 1.0 : 0.2;
        };
    }

    private static double bump(double hour, double peak, double width) {
        double z = (hour - peak) / width;
        return Math.exp(-0.5 * z * z);
    }
}
