package dev.frontline.capacity;

import java.time.LocalDate;

/**
 * A hiring class as the planner enters or changes it: queue, first day (a Monday), number of hires, and optionally the
 * onboarding path (by code) and the site; left out, they are the queue's path and site.
 */
public record ClassDraft(String queueCode, LocalDate start, Integer size, String pathCode, String siteCode) {

    public ClassDraft(String queueCode, LocalDate start, Integer size) {
        this(queueCode, start, size, null, null);
    }
}
