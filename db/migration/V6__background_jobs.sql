-- Long work (roster solves first) runs as durable background jobs shared by every app node through this database.

-- db-scheduler's own table (its PostgreSQL layout): one row per scheduled execution, picked by one node at a time,
-- kept alive by that node's heartbeats and revived on another node when the heartbeats stop.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

create type job_state as enum ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED');

-- What a user asked for and how it went: the row every node reads to show progress, whichever node runs the job.
create table background_job (
    id               bigserial   primary key,
    kind             text        not null,
    subject_id       bigint      not null,
    parameters       jsonb       not null default '{}'::jsonb,
    requested_by     text        not null,
    requested_at     timestamptz not null default now(),
    state            job_state   not null default 'QUEUED',
    node             text,
    attempts         int         not null default 0 check (attempts >= 0),
    started_at       timestamptz,
    finished_at      timestamptz,
    progress         double precision not null default 0 check (progress between 0 and 1),
    message          text,
    points           jsonb       not null default '[]'::jsonb,
    result_id        bigint,
    error            text,
    cancel_requested boolean     not null default false,
    check ((state in ('DONE', 'FAILED', 'CANCELLED')) = (finished_at is not null))
);
create index background_job_subject_idx on background_job (kind, subject_id, id desc);
-- one queued or running job per subject (e.g. per roster version) across all nodes
create unique index background_job_one_active_per_subject on background_job (kind, subject_id)
    where state in ('QUEUED', 'RUNNING');
