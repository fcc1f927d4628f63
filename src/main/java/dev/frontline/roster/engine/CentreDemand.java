package dev.frontline.roster.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import dev.frontline.staffing.engine.BusinessHours;
import dev.frontline.staffing.engine.ChatQueue;
import dev.frontline.staffing.engine.DeferredWorkPlanner;
import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.Shrinkage;
import dev.frontline.staffing.engine.VoiceQueue;
import dev.frontline.staffing.engine.VoiceRequirementCalculator;

/**
 * Requirements of the generated centre as the product computes them: a contact-volume curve per queue turned into
 * agents per 15-minute interval by the staffing engine (Erlang C for voice at 80 % in 20 s, the chat-slot model at
 * 80 % in 60 s with two chats at once, the deferred-work planner for email with a 4-hour response goal). The volume
 * level of each queue is found by bisection so that the agents' contracted capacity is the requested multiple of
 * the requirement. No shrinkage: leave is rostered explicitly and breaks are placed by the break planner.
 */
final class CentreDemand {

    private static final int INTERVAL = DemandIndex.INTERVAL_MINUTES;
    private static final double PERIOD_SECONDS = INTERVAL * 60.0;
    private static final VoiceQueue VOICE = VoiceQueue.erlangC(ServiceGoal.of(80, 20), Shrinkage.NONE);
    private static final ChatQueue CHAT = new ChatQueue(ServiceGoal.of(80, 60), 2, 0.25, Shrinkage.NONE);
    private static final double VOICE_AHT = 300;
    private static final double CHAT_AHT = 420;
    private static final double EMAIL_AHT = 480;
    private static final Duration EMAIL_GOAL = Duration.ofHours(4);

    private final Channel channel;
    private final double[] volumeShape;
    private final int openMinute;
    private final int closeMinute;

    /** {@code volumeShape}: relative contacts per interval of the horizon (96 per day). */
    CentreDemand(Channel channel, double[] volumeShape, int openMinute, int closeMinute) {
        this.channel = channel;
        this.volumeShape = volumeShape.clone();
        this.openMinute = openMinute;
        this.closeMinute = closeMinute;
    }

    /** A queue's requirement at the volume level found, and the contacts behind it. */
    record Sized(double[] agents, QueueTraffic traffic) {
    }

    /**
     * The requirement whose sum in agent-minutes is as close to {@code targetAgentMinutes} as the integers allow, with
     * the traffic that produces it.
     */
    Sized scaledTo(Queue queue, double targetAgentMinutes) {
        double low = 0;
        double high = 1;
        while (agentMinutes(agentsAt(high)) < targetAgentMinutes && high < 1e7) {
            high *= 2;
        }
        for (int i = 0; i < 40; i++) {
            double mid = (low + high) / 2;
            if (agentMinutes(agentsAt(mid)) < targetAgentMinutes) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double[] below = agentsAt(low);
        double[] above = agentsAt(high);
        boolean useLow = targetAgentMinutes - agentMinutes(below) <= agentMinutes(above) - targetAgentMinutes;
        return new Sized(useLow ? below : above, traffic(queue, useLow ? low : high));
    }

    /**
     * The contacts at a volume level as the simulator sees them: a chat agent's slots become one server whose handle
     * time is the full-concurrency time divided by the concurrency; email is the lowest priority, with 95 % answered
     * within its response goal as the mark.
     */
    QueueTraffic traffic(Queue queue, double scale) {
        double[] contacts = new double[volumeShape.length];
        for (int i = 0; i < contacts.length; i++) {
            contacts[i] = volumeShape[i] * scale;
        }
        return switch (channel) {
            case EMAIL, BACK_OFFICE -> new QueueTraffic(queue, contacts, EMAIL_AHT, EMAIL_GOAL.toSeconds(), 0.95, 3);
            case CHAT, MESSAGING -> new QueueTraffic(queue, contacts,
                    CHAT.handleTimeAt(CHAT_AHT, CHAT.maxConcurrency()) / CHAT.maxConcurrency(), 60, 0.80, 2);
            default -> new QueueTraffic(queue, contacts, VOICE_AHT, 20, 0.80, 1);
        };
    }

    /** Agents the staffing engine requires per interval when the busiest interval of the shape gets {@code scale}. */
    double[] agentsAt(double scale) {
        double[] agents = new double[volumeShape.length];
        if (channel == Channel.EMAIL) {
            double[] arrivals = new double[volumeShape.length];
            double[] aht = new double[volumeShape.length];
            for (int i = 0; i < arrivals.length; i++) {
                arrivals[i] = volumeShape[i] * scale;
                aht[i] = EMAIL_AHT;
            }
            BusinessHours hours = BusinessHours.of(LocalTime.of(openMinute / 60, openMinute % 60),
                    LocalTime.of(closeMinute / 60, closeMinute % 60), DayOfWeek.values());
            return DeferredWorkPlanner.plan(CentreGenerator.START.atStartOfDay(), INTERVAL, arrivals, aht, hours,
                    EMAIL_GOAL, Shrinkage.NONE, DeferredWorkPlanner.HorizonEnd.CLEAR).requiredAgents();
        }
        int hint = -1;
        for (int i = 0; i < agents.length; i++) {
            double contacts = volumeShape[i] * scale;
            if (contacts <= 0) {
                continue;
            }
            if (channel == Channel.CHAT || channel == Channel.MESSAGING) {
                agents[i] = CHAT.require(new IntervalWorkload(contacts, PERIOD_SECONDS, CHAT_AHT), "").agents();
            } else {
                hint = VoiceRequirementCalculator.requiredAgents(VOICE,
                        new IntervalWorkload(contacts, PERIOD_SECONDS, VOICE_AHT), hint);
                agents[i] = hint;
            }
        }
        return agents;
    }

    static double agentMinutes(double[] agents) {
        double sum = 0;
        for (double a : agents) {
            sum += a * INTERVAL;
        }
        return sum;
    }
}
