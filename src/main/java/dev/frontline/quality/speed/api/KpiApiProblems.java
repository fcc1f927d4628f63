package dev.frontline.quality.speed.api;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 7807 problems of the KPI API in the reader's language, each naming the field, all from the shared answers: an
 * unknown team or agent 404 (an unknown entity), a bad period 400 (a refused value) and a day that is not YYYY-MM-DD
 * 400 (a wrong type). Refusals by role (403) come from the security layer's problem writer.
 */
@RestControllerAdvice(basePackageClasses = KpiController.class)
class KpiApiProblems extends dev.frontline.shared.api.LocalizedApiProblems {
}
