package dev.frontline.selfservice.swaps;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.frontline.db.enums.SwapStatus;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhraseJson;

/**
 * A swap of published shifts: the requester gives their shift on {@code requesterDate}; the colleague gives theirs on
 * {@code colleagueDate} in return, or nothing when it is null (the colleague takes the shift over). {@code ruleCode}
 * names the rule of a refusal (or why it went to the planner); {@code ruleArgs} its details in English (the REST and
 * audit reading), {@code ruleDetail} the refusal's sentence as a phrase (null when it has none) that pages render in
 * the reader's language.
 */
public record ShiftSwap(long id, long rosterVersionId, long requesterAgentId, String requesterName, LocalDate requesterDate,
        long colleagueAgentId, String colleagueName, LocalDate colleagueDate, SwapStatus status, String ruleCode,
        List<String> ruleArgs, String note, OffsetDateTime createdAt, OffsetDateTime decidedAt, String decidedBy,
        @JsonIgnore Phrase ruleDetail) {

    /** How a refusal's phrase is kept in the {@code rule_args} column: this prefix and the phrase as JSON. */
    static final String PHRASE_ARG = "phrase:";

    /** The stored arguments of a refusal explained by {@code phrase}. */
    public static List<String> phraseArgs(Phrase phrase) {
        return List.of(PHRASE_ARG + PhraseJson.encode(phrase));
    }

    /** Stored arguments as REST and the audit read them: a kept phrase in English. */
    public static List<String> readable(List<String> storedArgs) {
        return storedArgs.size() == 1 && storedArgs.get(0).startsWith(PHRASE_ARG)
                ? List.of(PhraseJson.decode(storedArgs.get(0).substring(PHRASE_ARG.length())).english()) : storedArgs;
    }

    /**
     * The swap as stored: a phrase kept in {@code storedArgs} becomes {@link #ruleDetail} and its English reading the
     * argument REST and the audit show.
     */
    public static ShiftSwap stored(long id, long rosterVersionId, long requesterAgentId, String requesterName,
            LocalDate requesterDate, long colleagueAgentId, String colleagueName, LocalDate colleagueDate,
            SwapStatus status, String ruleCode, List<String> storedArgs, String note, OffsetDateTime createdAt,
            OffsetDateTime decidedAt, String decidedBy) {
        Phrase detail = null;
        List<String> args = storedArgs;
        if (storedArgs.size() == 1 && storedArgs.get(0).startsWith(PHRASE_ARG)) {
            detail = PhraseJson.decode(storedArgs.get(0).substring(PHRASE_ARG.length()));
            args = List.of(detail.english());
        }
        return new ShiftSwap(id, rosterVersionId, requesterAgentId, requesterName, requesterDate, colleagueAgentId,
                colleagueName, colleagueDate, status, ruleCode, args, note, createdAt, decidedAt, decidedBy, detail);
    }
}
