package dev.frontline.selfservice.preferences;

import java.time.LocalDate;
import java.util.List;

/**
 * What a roster version made of a wish on one date: honoured, or refused for the reason {@code reasonCode} (a key of
 * {@link RefusalReason}) with its arguments, which the reader's language turns into a sentence.
 */
public record WishOutcome(long wishId, LocalDate date, long rosterVersionId, boolean honoured, String reasonCode,
        List<String> reasonArgs) {
}
