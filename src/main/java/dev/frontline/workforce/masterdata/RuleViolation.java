package dev.frontline.workforce.masterdata;

/**
 * One broken rule of a draft: the record component it concerns (so a form can mark its field and an import its
 * column) and the message every channel shows for it.
 */
public record RuleViolation(String property, String message) {
}
