package dev.frontline.workforce.masterdata;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.workforce.persistence.QueueRepository;

/** Queues and their service goals, validated against the channel the same way the database checks them. */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class QueueService implements MasterDataStore.Deletable<QueueDraft> {

    static final String ENTITY = "queue";

    private final QueueRepository queues;
    private final MasterDataAudit audit;
    private final DraftRules rules;

    QueueService(QueueRepository queues, MasterDataAudit audit, DraftRules rules) {
        this.queues = queues;
        this.audit = audit;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Stored<QueueDraft>> all() {
        return queues.findAll();
    }

    @Transactional(readOnly = true)
    public List<SkillRow> skills() {
        return queues.skills();
    }

    @Override
    public Stored<QueueDraft> create(QueueDraft draft) {
        QueueDraft d = validate(draft, null);
        long id = queues.insert(d, queues.skill(d.skillCode(), d.name()));
        audit.created(ENTITY, d.code(), d);
        return queues.find(id).orElseThrow();
    }

    @Override
    public Stored<QueueDraft> update(long id, int version, QueueDraft draft) {
        Stored<QueueDraft> before = queues.find(id).orElseThrow(() -> audit.stale(ENTITY, draft.code(), true));
        QueueDraft d = validate(draft, id);
        if (before.version() != version || !queues.update(id, version, d, queues.skill(d.skillCode(), d.name()))) {
            throw audit.stale(ENTITY, before.data().code(), false);
        }
        audit.updated(ENTITY, d.code(), before.data(), d);
        return queues.find(id).orElseThrow();
    }

    /** Refused while contact history or forecasts refer to the queue: they would lose their meaning. */
    @Override
    public void delete(long id, int version) {
        Stored<QueueDraft> before = queues.find(id).orElseThrow(() -> new MasterDataException("masterdata.error.gone"));
        String code = before.data().code();
        int history = queues.historyIntervals(id);
        int forecasts = queues.forecasts(id);
        Rules.require(history == 0 && forecasts == 0, "queue.error.in-use", code, history, forecasts);
        try {
            if (before.version() != version || !queues.delete(id, version)) {
                throw audit.stale(ENTITY, code, false);
            }
        } catch (DataIntegrityViolationException referenced) {
            throw new MasterDataException("masterdata.error.referenced", new MessageKey("masterdata.entity." + ENTITY), code);
        }
        audit.deleted(ENTITY, code, before.data());
    }

    /** The declared rules first (on the draft as it will be stored), then the one that needs the database. */
    private QueueDraft validate(QueueDraft draft, Long id) {
        QueueDraft d = normalised(draft);
        rules.require(d);
        Rules.require(!queues.codeTaken(d.code(), id), "masterdata.error.code-taken", d.code());
        return d;
    }

    /**
     * Trimmed, the skill defaulted to the queue's own, and goals of the other kind dropped rather than refused: the
     * form hides them when the channel changes.
     */
    private static QueueDraft normalised(QueueDraft d) {
        String code = Rules.trimmed(d.code());
        String skill = d.skillCode() == null || d.skillCode().isBlank() ? code : d.skillCode().trim();
        boolean realTime = d.channel() != null && QueueDraft.realTime(d.channel());
        boolean deferred = d.channel() != null && !realTime;
        boolean chat = d.channel() == ChannelType.CHAT;
        return new QueueDraft(code, Rules.trimmed(d.name()), d.channel(), d.language(), skill, d.timeZone(), d.countryCode(),
                deferred ? null : d.slTargetPercent(), deferred ? null : d.slThresholdSeconds(),
                realTime ? null : d.responseGoalHours(), chat ? d.chatConcurrency() : null, d.priority());
    }
}
