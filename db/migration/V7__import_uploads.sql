-- The file of an import being committed, kept in the database so that whichever app node picks the commit job can
-- read it. The commit writes its result here in the same transaction as the imported rows; the file itself is
-- dropped when the commit ends, whatever the outcome (a new commit uploads the file again).
create table import_upload (
    id            bigserial   primary key,
    kind          text        not null check (kind in ('CONTRACTS', 'SHIFT_TEMPLATES', 'AGENTS', 'HISTORY')),
    file_name     text        not null,
    size_bytes    bigint      not null check (size_bytes >= 0),
    content       bytea,
    -- history options: the queue of every row, the time zone of local times, the grain (null: from the file)
    queue_code    text,
    time_zone     text,
    grain_minutes int,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null default now(),
    -- what the commit found or wrote (an ImportResult as JSON); null until it ends
    result        jsonb
);
