package dev.frontline.security.api;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 7807 problem details for Spring MVC's own errors on the user-administration API (an unreadable body, an unknown
 * role name, a wrong path type); the controller's handler answers the refusals of the rules.
 */
@RestControllerAdvice(basePackageClasses = AdminApiProblems.class)
class AdminApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {
}
