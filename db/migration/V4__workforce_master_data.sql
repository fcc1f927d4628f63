-- Master data a planner maintains beyond the core: labour rules the roster needs, shift templates, availability,
-- languages, local holidays, and the audit trail and API tokens that make edits and scripted loads accountable.

-- Contract rules the roster engine enforces beside the weekly minutes (hybrid clause included: some contracts
-- oblige a number of office days per week). Night work is any minute between night_starts_at and night_ends_at.
alter table contract
    add column min_consecutive_working_days integer not null default 1
        check (min_consecutive_working_days between 1 and 7),
    add column overtime_after_minutes_per_week integer
        check (overtime_after_minutes_per_week between 1 and 4800),
    add column min_office_days_per_week integer not null default 0 check (min_office_days_per_week between 0 and 7),
    add column night_starts_at time not null default '22:00',
    add column night_ends_at time not null default '06:00',
    add constraint contract_consecutive_days_consistent
        check (min_consecutive_working_days <= max_consecutive_working_days);

-- The day the whole team is asked to be in the office together (ISO weekday, 1 = Monday).
alter table team add column office_weekday smallint check (office_weekday between 1 and 7);

create table agent_language (
    agent_id  bigint not null references agent (id) on delete cascade,
    language  text   not null check (language ~ '^[a-z]{2}$'),
    primary key (agent_id, language)
);

-- A shift template: shifts may start anywhere in [earliest_start, latest_start] on the step, last one of the
-- allowed lengths, and carry break_count short breaks and one lunch placed between the offsets.
create table shift_template (
    id                           bigint generated always as identity primary key,
    code                         text      not null unique check (code ~ '^[A-Z0-9_-]{2,20}$'),
    name                         text      not null check (length(btrim(name)) > 0),
    earliest_start               time      not null,
    latest_start                 time      not null,
    start_step_minutes           integer   not null default 15 check (start_step_minutes in (15, 30, 60)),
    lengths_minutes              integer[] not null,
    break_count                  integer   not null default 0 check (break_count between 0 and 4),
    break_minutes                integer   not null default 15 check (break_minutes between 0 and 60 and break_minutes % 15 = 0),
    lunch_minutes                integer   not null default 0 check (lunch_minutes between 0 and 120 and lunch_minutes % 15 = 0),
    break_earliest_after_start   integer   not null default 60 check (break_earliest_after_start between 0 and 600),
    break_latest_before_end      integer   not null default 60 check (break_latest_before_end between 0 and 600),
    min_minutes_between_breaks   integer   not null default 60 check (min_minutes_between_breaks between 0 and 600),
    version                      integer   not null default 0,
    check (earliest_start <= latest_start),
    check (cardinality(lengths_minutes) between 1 and 12),
    check (60 <= all (lengths_minutes) and 960 >= all (lengths_minutes)),
    check (array_position(lengths_minutes, null) is null)
);

-- "No early after a late": a shift of template_id may not be followed next day by one of successor_id.
create table shift_template_forbidden_successor (
    template_id   bigint not null references shift_template (id) on delete cascade,
    successor_id  bigint not null references shift_template (id) on delete cascade,
    primary key (template_id, successor_id)
);

-- The templates an agent on a contract may work, with an optional cap on how many per 4 weeks.
create table contract_shift_template (
    contract_id             bigint  not null references contract (id) on delete cascade,
    template_id             bigint  not null references shift_template (id) on delete cascade,
    max_shifts_per_4_weeks  integer check (max_shifts_per_4_weeks between 0 and 28),
    primary key (contract_id, template_id)
);

-- Weekly availability: an agent with no rows is available at any time; with rows, only inside them.
create table agent_availability (
    agent_id        bigint   not null references agent (id) on delete cascade,
    weekday         smallint not null check (weekday between 1 and 7),
    available_from  time     not null,
    available_to    time     not null,
    primary key (agent_id, weekday, available_from),
    check (available_from < available_to)
);

-- A dated exception to the weekly pattern: not available at all, or available only in the given window.
create table agent_availability_exception (
    id              bigint generated always as identity primary key,
    agent_id        bigint  not null references agent (id) on delete cascade,
    on_date         date    not null,
    available       boolean not null,
    available_from  time,
    available_to    time,
    reason          text,
    unique (agent_id, on_date),
    check ((available and available_from is not null and available_to is not null and available_from < available_to)
        or (not available and available_from is null and available_to is null))
);

-- Holidays of a site beyond its country's public holidays (Jollyday), e.g. a regional day or a company day.
create table site_local_holiday (
    site_id       bigint not null references site (id) on delete cascade,
    holiday_date  date   not null,
    name          text   not null check (length(btrim(name)) > 0),
    primary key (site_id, holiday_date)
);

-- Optional columns of an ACD interval export.
alter table interval_history
    add column asa_seconds numeric(8, 2) check (asa_seconds >= 0),
    add column service_level_percent numeric(5, 2) check (service_level_percent between 0 and 100);

-- Who changed what and when in master data; imports write one event per record they create or change.
create type audit_action as enum ('CREATE', 'UPDATE', 'DELETE', 'IMPORT');

create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        text         not null,
    entity_type  text         not null,
    entity_key   text         not null,
    action       audit_action not null,
    details      text         not null
);
create index audit_event_entity_idx on audit_event (entity_type, entity_key, occurred_at desc);
create index audit_event_time_idx on audit_event (occurred_at desc);

-- API tokens for scripted clients: only a SHA-256 of the secret is kept; the prefix finds the row.
create table api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references app_user (id) on delete cascade,
    name          text        not null check (length(btrim(name)) > 0),
    token_prefix  text        not null unique check (token_prefix ~ '^[A-Za-z0-9]{8}$'),
    token_sha256  text        not null check (token_sha256 ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz not null default now(),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    unique (user_id, name)
);
