package dev.frontline.quality.planactual.engine;

/**
 * Mean response time of deferred work (email, messaging, back office) over a run of consecutive intervals, as a
 * fluid first-in-first-out queue: the contacts of interval i arrive at its start with {@code contacts × AHT}
 * agent-seconds of work, agents work the oldest work first at {@code agents × interval} agent-seconds per interval,
 * and a contact's response time is from its arrival to the moment its work is done (taken at the middle of the
 * stretch in which that part of the work is done). Work still open when the run ends is counted as answered at the
 * end plus the time the run's mean staffing would need for it. It is the same model for the plan and the actuals, so
 * the difference between them is what volume, AHT and staffing changed.
 */
public final class ResponseCurve {

    private ResponseCurve() {
    }

    /** Contact-weighted mean response in seconds; 0 when nothing arrives. */
    public static double meanResponseSeconds(double periodSeconds, double[] contacts, double[] ahtSeconds, double[] agents) {
        double[] response = responseSeconds(periodSeconds, contacts, ahtSeconds, agents);
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < contacts.length; i++) {
            double c = Math.max(0, contacts[i]);
            weighted += c * response[i];
            total += c;
        }
        return total == 0 ? 0 : weighted / total;
    }

    /** Mean response in seconds of the contacts arriving in each interval (0 where none arrive). */
    public static double[] responseSeconds(double periodSeconds, double[] contacts, double[] ahtSeconds, double[] agents) {
        int n = contacts.length;
        if (ahtSeconds.length != n || agents.length != n) {
            throw new IllegalArgumentException("response curve: " + n + " intervals of contacts, " + ahtSeconds.length
                    + " of AHT and " + agents.length + " of agents");
        }
        double[] workLeft = new double[n];
        double[] weighted = new double[n];
        double agentSum = 0;
        for (int i = 0; i < n; i++) {
            workLeft[i] = Math.max(0, contacts[i]) * Math.max(1, ahtSeconds[i]);
            agentSum += Math.max(0, agents[i]);
        }
        int head = 0;
        for (int j = 0; j < n; j++) {
            double rate = Math.max(0, agents[j]);
            double capacity = rate * periodSeconds;
            double used = 0;
            while (capacity - used > 1e-9 && head <= j) {
                if (workLeft[head] <= 1e-9) {
                    head++;
                    continue;
                }
                double done = Math.min(workLeft[head], capacity - used);
                double finishedAt = j * periodSeconds + (used + done / 2) / rate;
                weighted[head] += done / Math.max(1, ahtSeconds[head]) * (finishedAt - head * periodSeconds);
                used += done;
                workLeft[head] -= done;
            }
        }
        double meanAgents = Math.max(agentSum / Math.max(1, n), 1e-6);
        double queued = 0;
        for (int i = 0; i < n; i++) {
            if (workLeft[i] > 1e-9) {
                queued += workLeft[i];
                double finishedAt = n * periodSeconds + queued / meanAgents;
                weighted[i] += workLeft[i] / Math.max(1, ahtSeconds[i]) * (finishedAt - i * periodSeconds);
            }
        }
        double[] response = new double[n];
        for (int i = 0; i < n; i++) {
            response[i] = contacts[i] > 0 ? weighted[i] / contacts[i] : 0;
        }
        return response;
    }
}
