package dev.frontline.selfservice.swaps;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.frontline.db.enums.SwapStatus;
import dev.frontline.shared.text.Phrase;

/**
 * A swap of published shifts: the requester gives their shift on {@code requesterDate}; the colleague gives theirs on
 * {@code colleagueDate} in return, or nothing when it is null (the colleague takes the shift over). {@code ruleCode}
 * names the rule of a refusal (or why it went to the planner); {@code ruleArgs} its plain values (the planner's
 * reason, coverage hours), {@code ruleDetail} the refusal's sentence as a phrase (null when it has none) that pages
 * and REST render in the reader's language ({@link #in(Locale)}).
 */
public record ShiftSwap(long id, long rosterVersionId, long requesterAgentId, String requesterName, LocalDate requesterDate,
        long colleagueAgentId, String colleagueName, LocalDate colleagueDate, SwapStatus status, String ruleCode,
        List<String> ruleArgs, String note, OffsetDateTime createdAt, OffsetDateTime decidedAt, String decidedBy,
        @JsonIgnore Phrase ruleDetail) {

    /**
     * The swap as REST shows it to a reader of {@code locale}: a refusal's sentence, in their language, is the one
     * rule argument.
     */
    public ShiftSwap in(Locale locale) {
        return ruleDetail == null ? this : new ShiftSwap(id, rosterVersionId, requesterAgentId, requesterName,
                requesterDate, colleagueAgentId, colleagueName, colleagueDate, status, ruleCode,
                List.of(ruleDetail.render(locale)), note, createdAt, decidedAt, decidedBy, ruleDetail);
    }
}
