package dev.frontline.workforce.masterdata;

/** A team: its site, its lead (one of its own agents) and the weekday it meets in the office (1 = Monday). */
public record TeamDraft(String code, String name, String siteCode, String leadEmployeeNumber, Integer officeWeekday) {
}
