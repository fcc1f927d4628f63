-- Texts as data (issue 19), continued: why a background job failed and what an audit event changed are kept as
-- phrases, a bundle key with typed arguments ({"key": ..., "args": [{"type", "value"}]}), so every reader sees them in
-- their own language, dates in their own format. The English text stays beside them as the technical record (logs,
-- administrators, the audit search).

-- Why a job failed, for its users. background_job.error keeps the exception's own text for administrators. Rows that
-- failed before this carry their stored text as the one argument of a phrase that says just that text.
alter table background_job
    add column error_phrase jsonb;

update background_job
set error_phrase = jsonb_build_object('key', 'jobs.failure.stored',
        'args', jsonb_build_array(jsonb_build_object('type', 'string', 'value', error)))
where error is not null;

-- What an audit event changed, rendered on read; null for events written before this, which show their stored text.
alter table audit_event
    add column details_phrase jsonb;
