package dev.frontline.selfservice.timeoff.api;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.shared.text.Phrase;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.timeoff.AllowanceService;
import dev.frontline.selfservice.timeoff.ContractAllowance;

/** The planner sets the days of leave each contract grants per year (the agents' balances start from them). */
@RestController
@RequestMapping(path = "/api/v1/time-off-allowances", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('PLANNER')")
@Tag(name = "Time off", description = "Time-off requests with balances and automatic approval by coverage headroom")
class AllowanceController {

    private final AllowanceService allowances;

    AllowanceController(AllowanceService allowances) {
        this.allowances = allowances;
    }

    record AllowanceBody(@Schema(description = "Days per calendar year, 0 to 366, whole or half days", example = "20")
            BigDecimal daysPerYear) {
    }

    @GetMapping
    @Operation(summary = "Every contract's vacation and personal days per year, with its active agents")
    List<ContractAllowance> all() {
        return allowances.allowances();
    }

    @PutMapping(path = "/{contractCode}/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the days per year a contract grants of a kind (VACATION or PERSONAL)",
            description = "400 with the field and rule: UNKNOWN_KIND, REQUIRED, OUT_OF_RANGE (0..366), HALF_DAYS;"
                    + " 404 for an unknown contract")
    ContractAllowance set(@PathVariable String contractCode, @PathVariable String kind, @RequestBody AllowanceBody body) {
        if (body == null) {
            throw SelfServiceException.badInput("daysPerYear", "REQUIRED", Phrase.of("selfservice.refusal.allowance-missing"));
        }
        return allowances.set(contractCode, kind, body.daysPerYear());
    }
}
