package dev.frontline.attrition.engine;

import java.time.LocalDate;

/**
 * Hiring cohorts are calendar half-years ("2025 H1"); agents hired before the observation window started form one
 * cohort of their own, since they are only seen from the window's start (their early leavers are missing).
 */
public final class Cohorts {

    public static final String BEFORE_RECORDS = "before records";

    private Cohorts() {
    }

    public static String of(LocalDate hireDate, LocalDate followedFrom) {
        if (hireDate.isBefore(followedFrom)) {
            return BEFORE_RECORDS;
        }
        return hireDate.getYear() + (hireDate.getMonthValue() <= 6 ? " H1" : " H2");
    }
}
