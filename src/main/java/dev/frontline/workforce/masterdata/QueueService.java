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

    QueueService(QueueRepository queues, MasterDataAudit audit) {
        this.queues = queues;
        this.audit = audit;
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

    private QueueDraft validate(QueueDraft d, Long id) {
        String code = d.code() == null ? null : d.code().trim();
        Rules.require(Rules.longCode(code), "queue.error.code", String.valueOf(code));
        Rules.require(!queues.codeTaken(code, id), "masterdata.error.code-taken", code);
        Rules.require(Rules.text(d.name()), "masterdata.error.name");
        Rules.require(d.channel() != null, "queue.error.channel");
        Rules.require(Rules.language(d.language()), "masterdata.error.language", String.valueOf(d.language()));
        String skill = d.skillCode() == null || d.skillCode().isBlank() ? code : d.skillCode().trim();
        Rules.require(Rules.longCode(skill), "queue.error.skill", skill);
        Rules.require(Rules.timeZone(d.timeZone()), "site.error.time-zone", String.valueOf(d.timeZone()));
        Rules.require(Rules.country(d.countryCode()), "site.error.country", String.valueOf(d.countryCode()));
        Rules.require(Rules.between(d.priority(), 1, 10), "queue.error.priority");
        boolean realTime = QueueDraft.realTime(d.channel());
        if (realTime) {
            Rules.require(d.slTargetPercent() != null && d.slTargetPercent() > 0 && d.slTargetPercent() <= 100,
                    "queue.error.sl-percent");
            Rules.require(d.slThresholdSeconds() != null && d.slThresholdSeconds() > 0, "queue.error.sl-seconds");
        } else {
            Rules.require(d.responseGoalHours() != null && d.responseGoalHours() > 0, "queue.error.response-hours");
        }
        boolean chat = d.channel() == ChannelType.CHAT;
        if (chat) {
            Rules.require(Rules.between(d.chatConcurrency(), 1, 10), "queue.error.concurrency");
        }
        // goals of the other kind are dropped rather than refused: the form hides them when the channel changes
        return new QueueDraft(code, d.name().trim(), d.channel(), d.language(), skill, d.timeZone(), d.countryCode(),
                realTime ? d.slTargetPercent() : null, realTime ? d.slThresholdSeconds() : null,
                realTime ? null : d.responseGoalHours(), chat ? d.chatConcurrency() : null, d.priority());
    }
}
