package dev.frontline.quality.speed.engine;

import java.util.Collection;

/**
 * What weighted averages over any set of days are made of: each day's average times its base, and the bases. Sums add
 * up over days, agents and months, so a period's, a team's or a centre's figure is always the weighted mean of the days
 * under it (never a mean of means): AHT = Σ(AHT·contacts) / Σ contacts over days with contacts, QA = Σ(QA·evaluations) /
 * Σ evaluations, FCR = Σ(FCR·contacts) / Σ contacts over days with an FCR figure, CSAT and CES = Σ(score·answers) /
 * Σ answers over days with that score.
 *
 * @param ahtContacts   contacts of the days with an AHT (all days with contacts)
 * @param fcrContacts   contacts of the days with an FCR figure
 * @param csatResponses survey answers of the days with a CSAT
 * @param cesResponses  survey answers of the days with a CES
 */
public record KpiSums(long contacts, double ahtWeighted, long ahtContacts, double qaWeighted, long qaEvaluations,
        double fcrWeighted, long fcrContacts, double csatWeighted, long csatResponses, double cesWeighted,
        long cesResponses, long surveyResponses, int days) {

    public static final KpiSums ZERO = new KpiSums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static KpiSums of(DailyKpi d) {
        boolean aht = d.ahtSeconds() != null && d.contacts() > 0;
        boolean qa = d.qaScore() != null && d.qaEvaluations() > 0;
        boolean fcr = d.fcrPercent() != null && d.contacts() > 0;
        boolean csat = d.csat() != null && d.surveyResponses() > 0;
        boolean ces = d.ces() != null && d.surveyResponses() > 0;
        return new KpiSums(d.contacts(),
                aht ? d.ahtSeconds() * d.contacts() : 0, aht ? d.contacts() : 0,
                qa ? d.qaScore() * d.qaEvaluations() : 0, qa ? d.qaEvaluations() : 0,
                fcr ? d.fcrPercent() * d.contacts() : 0, fcr ? d.contacts() : 0,
                csat ? d.csat() * d.surveyResponses() : 0, csat ? d.surveyResponses() : 0,
                ces ? d.ces() * d.surveyResponses() : 0, ces ? d.surveyResponses() : 0,
                d.surveyResponses(), 1);
    }

    public static KpiSums ofDays(Collection<DailyKpi> days) {
        KpiSums sums = ZERO;
        for (DailyKpi d : days) {
            sums = sums.plus(of(d));
        }
        return sums;
    }

    public static KpiSums total(Collection<KpiSums> parts) {
        KpiSums sums = ZERO;
        for (KpiSums p : parts) {
            sums = sums.plus(p);
        }
        return sums;
    }

    public KpiSums plus(KpiSums o) {
        return new KpiSums(contacts + o.contacts, ahtWeighted + o.ahtWeighted, ahtContacts + o.ahtContacts,
                qaWeighted + o.qaWeighted, qaEvaluations + o.qaEvaluations, fcrWeighted + o.fcrWeighted,
                fcrContacts + o.fcrContacts, csatWeighted + o.csatWeighted, csatResponses + o.csatResponses,
                cesWeighted + o.cesWeighted, cesResponses + o.cesResponses, surveyResponses + o.surveyResponses,
                days + o.days);
    }

    /** The weighted averages; null where nothing was measured. */
    public KpiFigures figures() {
        return new KpiFigures(contacts, ratio(ahtWeighted, ahtContacts), ratio(qaWeighted, qaEvaluations), qaEvaluations,
                ratio(fcrWeighted, fcrContacts), ratio(csatWeighted, csatResponses), ratio(cesWeighted, cesResponses),
                surveyResponses, days);
    }

    private static Double ratio(double weighted, long base) {
        return base == 0 ? null : weighted / base;
    }
}
