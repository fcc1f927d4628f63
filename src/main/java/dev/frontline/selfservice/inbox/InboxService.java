package dev.frontline.selfservice.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Explained;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhrasedException;

/**
 * The planner's inbox: every pending agent request of every {@link PendingRequestSource}, with its coverage impact,
 * decided one at a time or in bulk. A denial needs a reason, which the agent reads; every decision is in the audit
 * trail (entity type = the kind in lower case, key = the request id) in the same transaction as the change.
 */
@Service
public class InboxService {

    private static final Logger LOG = LoggerFactory.getLogger(InboxService.class);

    /** The longest reason a planner may give. */
    public static final int REASON_MAX = 500;

    private final Map<String, PendingRequestSource> sources = new LinkedHashMap<>();
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    InboxService(ObjectProvider<PendingRequestSource> sources, AuditTrail audit, PlatformTransactionManager transactions) {
        sources.orderedStream().forEach(s -> {
            if (this.sources.put(s.kind(), s) != null) {
                throw new IllegalStateException("two inbox sources of kind " + s.kind());
            }
        });
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The request kinds the inbox knows. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<String> kinds() {
        return List.copyOf(sources.keySet());
    }

    /** Every pending request, oldest first. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<PendingRequest> pending() {
        List<PendingRequest> all = new ArrayList<>();
        sources.values().forEach(s -> all.addAll(s.pending()));
        all.sort(Comparator.comparing(PendingRequest::requestedAt).thenComparing(PendingRequest::reference));
        return all;
    }

    /** How many requests wait: the planner's badge. */
    @PreAuthorize("hasRole('PLANNER')")
    public int pendingCount() {
        return sources.values().stream().mapToInt(s -> s.pending().size()).sum();
    }

    /**
     * Decides one request ({@code reference} = kind-id, e.g. {@code TIME_OFF-42}).
     *
     * @throws SelfServiceException for a denial without a reason (400, naming the field)
     * @throws IllegalArgumentException for a malformed reference or an unknown kind (a phrase, see {@link Explained})
     * @throws IllegalStateException when the request is no longer pending or a rule refuses it (a phrase)
     */
    @PreAuthorize("hasRole('PLANNER')")
    public void decide(String reference, Decision decision, String reason) {
        String why = checkedReason(decision, reason);
        Ref ref = parse(reference);
        PendingRequestSource source = sources.get(ref.kind());
        if (source == null) {
            throw new PhrasedException(Phrase.of("selfservice.inbox.outcome.unknown-kind", reference));
        }
        transaction.executeWithoutResult(status -> {
            if (decision == Decision.APPROVE) {
                source.approve(ref.id(), why);
            } else {
                source.deny(ref.id(), why);
            }
            audit.record(ref.kind().toLowerCase(java.util.Locale.ROOT), String.valueOf(ref.id()), AuditAction.UPDATE,
                    why == null ? Phrase.of("audit.inbox.decided", decision.name())
                            : Phrase.of("audit.inbox.decided-reason", decision.name(), why));
        });
    }

    /**
     * Decides several requests with one answer and reason; each in its own transaction, so one that cannot be decided
     * (decided meanwhile, refused by a rule) leaves the others decided and is reported in its {@link Outcome}.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public List<Outcome> decideAll(List<String> references, Decision decision, String reason) {
        checkedReason(decision, reason);
        if (references == null || references.isEmpty()) {
            throw SelfServiceException.badInput("requests", "NO_REQUESTS", Phrase.of("selfservice.inbox.choose"));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String reference : references.stream().distinct().toList()) {
            try {
                decide(reference, decision, reason);
                outcomes.add(new Outcome(reference, decision, null));
            } catch (RuntimeException refused) {
                outcomes.add(new Outcome(reference, decision, whyNot(reference, refused)));
            }
        }
        return outcomes;
    }

    /**
     * Why a request was not decided, in the planner's words: the reason the refusal gives as a phrase (its own or its
     * cause's), else that it failed unexpectedly (logged with its technical text).
     */
    private static Phrase whyNot(String reference, RuntimeException refused) {
        for (Throwable t = refused; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Explained explained && explained.reason() != null) {
                return explained.reason();
            }
        }
        LOG.warn("Request {} could not be decided", reference, refused);
        return Phrase.of("selfservice.inbox.outcome.unexpected", reference);
    }

    private static String checkedReason(Decision decision, String reason) {
        if (decision == null) {
            throw SelfServiceException.badInput("decision", "DECISION", Phrase.of("selfservice.inbox.refused.decision"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == Decision.DENY && why == null) {
            throw SelfServiceException.badInput("reason", "REASON_NEEDED", Phrase.of("selfservice.inbox.reason-needed"));
        }
        if (why != null && why.length() > REASON_MAX) {
            throw SelfServiceException.badInput("reason", "REASON_TOO_LONG",
                    Phrase.of("selfservice.inbox.refused.reason-length", why.length(), REASON_MAX));
        }
        return why;
    }

    private static Ref parse(String reference) {
        int dash = reference == null ? -1 : reference.lastIndexOf('-');
        if (dash <= 0) {
            throw new PhrasedException(Phrase.of("selfservice.inbox.outcome.bad-reference", String.valueOf(reference)));
        }
        try {
            return new Ref(reference.substring(0, dash), Long.parseLong(reference.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new PhrasedException(Phrase.of("selfservice.inbox.outcome.bad-reference", String.valueOf(reference)));
        }
    }

    private record Ref(String kind, long id) {
    }
}
