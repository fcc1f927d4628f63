package dev.frontline.shared.api;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Spring MVC's own errors in the reader's language for the APIs whose features need no refusals of their own beyond
 * their controllers' handlers (language choice, attrition, imports, master data, plan against actual): every API then
 * answers a wrong type, an unreadable body or a missing parameter the same way, naming the field.
 */
@RestControllerAdvice(basePackages = {"dev.frontline.app.api", "dev.frontline.attrition.api", "dev.frontline.imports.api",
        "dev.frontline.workforce.api", "dev.frontline.quality.planactual.api"})
class GeneralApiProblems extends LocalizedApiProblems {
}
