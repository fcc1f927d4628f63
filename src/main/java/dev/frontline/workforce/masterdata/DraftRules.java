package dev.frontline.workforce.masterdata;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import dev.frontline.shared.text.Messages;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.Wordings;

/**
 * Checks a master-data draft against the constraints declared on its record. The rules live on the record alone; the
 * forms read them through {@code BeanValidationBinder}, the services and imports through this class, so a mistake
 * reads the same wherever it is made.
 *
 * <p>A rule's wording comes from Bean Validation's bundles ({@code ValidationMessages*.properties}, whose expressions
 * only Hibernate Validator can evaluate), yet an import's errors are stored and read later by someone whose language
 * is not known now. So each broken rule is worded in every language of the UI at once ({@link Wordings}).
 */
@Component
public class DraftRules {

    /** The phrase of a broken rule: its {@link Wordings}, as they are. */
    static final String WORDED = "masterdata.rule";

    private final Map<Locale, Validator> validators = new LinkedHashMap<>();

    DraftRules(ValidatorFactory factory) {
        for (Locale language : Messages.LANGUAGES) {
            validators.put(language, factory.usingContext()
                    .messageInterpolator(new InLanguage(factory.getMessageInterpolator(), language)).getValidator());
        }
    }

    /**
     * Every broken rule, in the order of the record's components (so the first one named is the first field); two
     * constraints worded alike on one component (a range and a step) name their rule once.
     */
    public List<RuleViolation> check(Record draft) {
        return inOrder(draft, worded(draft));
    }

    /** Refuses a draft that breaks any of its rules. */
    void require(Record draft) {
        Map<ConstraintViolation<Record>, Phrase> broken = worded(draft);
        if (!broken.isEmpty()) {
            List<RuleViolation> violations = inOrder(draft, broken);
            throw new InvalidDraftException(ruleKey(broken, violations.getFirst()), violations);
        }
    }

    /**
     * Each broken rule (as English validation reports it) with its wording in every language; a draft that breaks no
     * rule (most of them, and every row of a clean import) is validated once.
     */
    private Map<ConstraintViolation<Record>, Phrase> worded(Record draft) {
        Set<ConstraintViolation<Record>> english = validators.get(Locale.ENGLISH).validate(draft);
        if (english.isEmpty()) {
            return Map.of();
        }
        Map<Locale, Map<String, String>> byLanguage = new HashMap<>();
        for (Map.Entry<Locale, Validator> validator : validators.entrySet()) {
            Set<ConstraintViolation<Record>> broken = validator.getKey().equals(Locale.ENGLISH) ? english
                    : validator.getValue().validate(draft);
            Map<String, String> messages = new HashMap<>();
            broken.forEach(v -> messages.put(identity(v), v.getMessage()));
            byLanguage.put(validator.getKey(), messages);
        }
        Map<ConstraintViolation<Record>, Phrase> worded = new LinkedHashMap<>();
        for (ConstraintViolation<Record> violation : english) {
            Map<String, String> wordings = new HashMap<>();
            Messages.LANGUAGES.forEach(l -> wordings.put(l.getLanguage(),
                    byLanguage.get(l).getOrDefault(identity(violation), violation.getMessage())));
            worded.put(violation, Phrase.of(WORDED, new Wordings(wordings)));
        }
        return worded;
    }

    /** What one broken rule is, whatever its wording: where, which constraint, which message. */
    private static String identity(ConstraintViolation<?> violation) {
        return violation.getPropertyPath() + "|" + violation.getConstraintDescriptor().getAnnotation() + "|"
                + violation.getMessageTemplate();
    }

    private static List<RuleViolation> inOrder(Record draft, Map<ConstraintViolation<Record>, Phrase> broken) {
        List<String> order = Arrays.stream(draft.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
        return broken.entrySet().stream()
                .map(e -> violation(e.getKey(), e.getValue()))
                .distinct()
                .sorted(Comparator.comparingInt((RuleViolation v) -> rank(order, v.property()))
                        .thenComparing(RuleViolation::english))
                .toList();
    }

    /** The message key ("{site.error.time-zone}" without braces) of the constraint behind a reported violation. */
    private static String ruleKey(Map<ConstraintViolation<Record>, Phrase> broken, RuleViolation first) {
        return broken.entrySet().stream()
                .filter(e -> violation(e.getKey(), e.getValue()).equals(first))
                .map(e -> e.getKey().getMessageTemplate())
                .filter(template -> template.matches("^\\{[^{}]+}$"))
                .map(template -> template.substring(1, template.length() - 1))
                .findFirst()
                .orElse("masterdata.error.rule");
    }

    private static RuleViolation violation(ConstraintViolation<?> violation, Phrase reason) {
        // the first node of the path is the component; a rule inside a list element still belongs to the list
        String path = violation.getPropertyPath().toString();
        int end = path.indexOf('[') >= 0 ? path.indexOf('[') : path.indexOf('.') >= 0 ? path.indexOf('.') : path.length();
        return new RuleViolation(path.substring(0, end), reason);
    }

    private static int rank(List<String> order, String property) {
        int index = order.indexOf(property);
        return index < 0 ? order.size() : index;
    }

    /** The factory's own interpolation (bundles, expressions) in one fixed language. */
    private record InLanguage(MessageInterpolator target, Locale language) implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return target.interpolate(messageTemplate, context, language);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return target.interpolate(messageTemplate, context, language);
        }
    }
}
