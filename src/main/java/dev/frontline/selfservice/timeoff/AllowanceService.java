package dev.frontline.selfservice.timeoff;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.shared.text.Phrase;
import dev.frontline.db.enums.AuditAction;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.timeoff.persistence.TimeOffRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * The planner's side of time-off balances: the days of leave each contract grants per calendar year and kind
 * ({@code time_off_allowance}, V12). Agents' balances and automatic approvals read them ({@link TimeOffService}).
 */
@Service
public class AllowanceService {

    /** The largest allowance a year can hold. */
    static final BigDecimal MAX_DAYS = BigDecimal.valueOf(366);

    private final TimeOffRepository repository;
    private final AuditTrail audit;

    AllowanceService(TimeOffRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Every contract with its allowances, by contract code. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<ContractAllowance> allowances() {
        return repository.contractAllowances();
    }

    /**
     * Sets the days per year a contract grants of a kind. Refused with the field and rule: an unknown contract (404),
     * a kind other than VACATION or PERSONAL ({@code UNKNOWN_KIND}), no days ({@code REQUIRED}), days outside 0 .. 366
     * ({@code OUT_OF_RANGE}) or not whole or half days ({@code HALF_DAYS}).
     */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public ContractAllowance set(String contractCode, String kind, BigDecimal daysPerYear) {
        if (!TimeOffService.KINDS.contains(kind)) {
            throw SelfServiceException.badInput("kind", "UNKNOWN_KIND", Phrase.of("selfservice.refusal.allowance-kind",
                    String.valueOf(kind), TimeOffService.KINDS.stream().map(TimeOffService::kindName).toList()));
        }
        if (daysPerYear == null) {
            throw SelfServiceException.badInput("daysPerYear", "REQUIRED", Phrase.of("selfservice.refusal.allowance-missing"));
        }
        if (daysPerYear.signum() < 0 || daysPerYear.compareTo(MAX_DAYS) > 0) {
            throw SelfServiceException.badInput("daysPerYear", "OUT_OF_RANGE", Phrase.of("selfservice.refusal.allowance-range",
                    daysPerYear, MAX_DAYS));
        }
        if (daysPerYear.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
            throw SelfServiceException.badInput("daysPerYear", "HALF_DAYS", Phrase.of("selfservice.refusal.allowance-half",
                    daysPerYear));
        }
        long contractId = repository.contractId(contractCode)
                .orElseThrow(() -> new UnknownEntityException("contractCode",
                        Phrase.of("rest.unknown.contract", contractCode)));
        BigDecimal before = repository.allowance(contractId, kind);
        repository.saveAllowance(contractId, kind, daysPerYear);
        audit.record("time-off-allowance", contractCode + "/" + kind, AuditAction.UPDATE, Phrase.of("audit.allowance",
                TimeOffService.kindName(kind), contractCode, before, daysPerYear));
        return repository.contractAllowances().stream().filter(a -> a.contractCode().equals(contractCode)).findFirst()
                .orElseThrow();
    }
}
