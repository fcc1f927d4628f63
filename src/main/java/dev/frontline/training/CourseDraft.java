package dev.frontline.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.training.engine.Refusal;

/**
 * A course as HR writes it. What it grants: a skill ({@code skillCode}) at {@code proficiency} on completion, a
 * refresh of a skill, or nothing beyond the record. {@code totalHours} are given in sessions of {@code sessionMinutes};
 * a classroom course is at {@code siteCode} with {@code roomSeats}; the trainer is an agent (employee number) or a
 * named trainer; {@code validityMonths} makes it a compliance course; {@code offPhoneHours} is what it costs the phones.
 */
public record CourseDraft(String code, String name, TrainingGrant grants, String skillCode, BigDecimal proficiency,
        BigDecimal totalHours, Integer sessionMinutes, TrainingDelivery delivery, String siteCode, Integer roomSeats,
        String trainerEmployeeNumber, String trainerName, Integer validityMonths, BigDecimal offPhoneHours,
        List<String> prerequisites) {

    public CourseDraft {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }

    public static final String CODE = "^[A-Z0-9_-]{2,20}$";
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(400);

    /** Every rule of a course that needs no database, each on the field to correct. */
    public List<Refusal> check() {
        List<Refusal> refusals = new ArrayList<>();
        if (code == null || !code.matches(CODE)) {
            refusals.add(Refusal.of("code", "code-format"));
        }
        if (name == null || name.isBlank()) {
            refusals.add(Refusal.of("name", "required"));
        }
        if (grants == null) {
            refusals.add(Refusal.of("grants", "required"));
        } else {
            boolean skill = skillCode != null && !skillCode.isBlank();
            switch (grants) {
                case SKILL -> {
                    if (!skill || proficiency == null) {
                        refusals.add(Refusal.of(skill ? "proficiency" : "skillCode", "grant-skill"));
                    }
                }
                case REFRESH -> {
                    if (!skill || proficiency != null) {
                        refusals.add(Refusal.of(skill ? "proficiency" : "skillCode", "grant-refresh"));
                    }
                }
                case NONE -> {
                    if (skill || proficiency != null) {
                        refusals.add(Refusal.of(skill ? "skillCode" : "proficiency", "grant-none"));
                    }
                }
            }
        }
        if (proficiency != null && (proficiency.signum() <= 0 || proficiency.compareTo(BigDecimal.ONE) > 0)) {
            refusals.add(Refusal.of("proficiency", "proficiency-range"));
        }
        if (totalHours == null || totalHours.signum() <= 0 || totalHours.compareTo(MAX_HOURS) > 0) {
            refusals.add(Refusal.of("totalHours", "hours-range"));
        }
        if (sessionMinutes == null || sessionMinutes < 30 || sessionMinutes > 960 || sessionMinutes % 15 != 0) {
            refusals.add(Refusal.of("sessionMinutes", "session-range"));
        } else if (totalHours != null && totalHours.signum() > 0
                && BigDecimal.valueOf(sessionMinutes).compareTo(totalHours.multiply(BigDecimal.valueOf(60))) > 0) {
            refusals.add(Refusal.of("sessionMinutes", "session-over-total", sessionMinutes, totalHours.toPlainString()));
        }
        if (delivery == null) {
            refusals.add(Refusal.of("delivery", "required"));
        } else if (delivery == TrainingDelivery.CLASSROOM) {
            if (roomSeats != null && roomSeats <= 0) {
                refusals.add(Refusal.of("roomSeats", "room-seats"));
            } else if (siteCode == null || siteCode.isBlank() || roomSeats == null) {
                refusals.add(Refusal.of(siteCode == null || siteCode.isBlank() ? "siteCode" : "roomSeats", "classroom"));
            }
        } else if ((siteCode != null && !siteCode.isBlank()) || roomSeats != null) {
            refusals.add(Refusal.of(roomSeats != null ? "roomSeats" : "siteCode", "virtual"));
        }
        boolean trainerAgent = trainerEmployeeNumber != null && !trainerEmployeeNumber.isBlank();
        boolean trainerNamed = trainerName != null && !trainerName.isBlank();
        if (trainerAgent == trainerNamed) {
            refusals.add(Refusal.of("trainerName", "one-trainer"));
        }
        if (validityMonths != null && (validityMonths < 1 || validityMonths > 120)) {
            refusals.add(Refusal.of("validityMonths", "validity-range"));
        }
        if (offPhoneHours == null || offPhoneHours.signum() < 0
                || (totalHours != null && offPhoneHours.compareTo(totalHours) > 0)) {
            refusals.add(Refusal.of("offPhoneHours", "off-phone-range",
                    totalHours == null ? "?" : totalHours.toPlainString()));
        }
        if (code != null && prerequisites.contains(code)) {
            refusals.add(Refusal.of("prerequisites", "cycle", code + " → " + code));
        }
        return refusals;
    }

    /** Sessions the course takes: its hours in sessions of its length, the last one possibly shorter. */
    public int sessions() {
        int minutes = totalHours.multiply(BigDecimal.valueOf(60)).intValue();
        return (minutes + sessionMinutes - 1) / sessionMinutes;
    }
}
