package dev.frontline.workforce.masterdata;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks a master-data draft against the constraints declared on its record. The rules live on the record alone; the
 * forms read them through {@code BeanValidationBinder}, the services and imports through this class, so a mistake
 * reads the same wherever it is made.
 */
@Component
public class DraftRules {

    private final Validator validator;

    DraftRules(Validator validator) {
        this.validator = validator;
    }

    /**
     * Every broken rule, in the order of the record's components (so the first one named is the first field); two
     * constraints worded alike on one component (a range and a step) name their rule once.
     */
    public List<RuleViolation> check(Record draft) {
        return inOrder(draft, validator.validate(draft));
    }

    /** Refuses a draft that breaks any of its rules. */
    void require(Record draft) {
        Set<ConstraintViolation<Record>> broken = validator.validate(draft);
        if (!broken.isEmpty()) {
            List<RuleViolation> violations = inOrder(draft, broken);
            throw new InvalidDraftException(ruleKey(broken, violations.getFirst()), violations);
        }
    }

    private static List<RuleViolation> inOrder(Record draft, Set<ConstraintViolation<Record>> broken) {
        List<String> order = Arrays.stream(draft.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
        return broken.stream()
                .map(DraftRules::violation)
                .distinct()
                .sorted(Comparator.comparingInt((RuleViolation v) -> rank(order, v.property()))
                        .thenComparing(RuleViolation::message))
                .toList();
    }

    /** The message key ("{site.error.time-zone}" without braces) of the constraint behind a reported violation. */
    private static String ruleKey(Set<ConstraintViolation<Record>> broken, RuleViolation first) {
        return broken.stream()
                .filter(v -> violation(v).equals(first))
                .map(ConstraintViolation::getMessageTemplate)
                .filter(template -> template.matches("^\\{[^{}]+}$"))
                .map(template -> template.substring(1, template.length() - 1))
                .findFirst()
                .orElse("masterdata.error.rule");
    }

    private static RuleViolation violation(ConstraintViolation<?> violation) {
        // the first node of the path is the component; a rule inside a list element still belongs to the list
        String path = violation.getPropertyPath().toString();
        int end = path.indexOf('[') >= 0 ? path.indexOf('[') : path.indexOf('.') >= 0 ? path.indexOf('.') : path.length();
        return new RuleViolation(path.substring(0, end), violation.getMessage());
    }

    private static int rank(List<String> order, String property) {
        int index = order.indexOf(property);
        return index < 0 ? order.size() : index;
    }
}
