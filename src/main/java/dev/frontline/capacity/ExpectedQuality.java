package dev.frontline.capacity;

/**
 * A computed scenario's expected QA and FCR with their standard errors (null where the KPI history is too thin to
 * predict), and the observations, agents and hire cohorts the QA model was fitted on.
 */
public record ExpectedQuality(Double qa, Double qaSe, Double fcr, Double fcrSe, int observations, int agents,
        int cohorts) {
}
