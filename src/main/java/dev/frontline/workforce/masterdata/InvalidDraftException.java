package dev.frontline.workforce.masterdata;

import java.util.List;
import java.util.stream.Collectors;

import dev.frontline.shared.text.Phrase;

/**
 * A draft refused by its declared rules (the Bean Validation constraints on the record). It carries every broken
 * rule, already worded, so a form can mark each field and the import, REST and CLI give the same text; its key is the
 * message key of the first broken rule ("site.error.time-zone"), for callers that act on which rule it was.
 */
public class InvalidDraftException extends MasterDataException {

    private final transient List<RuleViolation> violations;

    public InvalidDraftException(String firstRuleKey, List<RuleViolation> violations) {
        super(firstRuleKey, violations.getFirst().english());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    /** The first broken rule, worded in every language (its key is Bean Validation's, not the UI bundles'). */
    @Override
    public Phrase phrase() {
        return violations.getFirst().reason();
    }

    @Override
    public String getMessage() {
        return violations.stream().map(RuleViolation::english).collect(Collectors.joining(" "));
    }
}
