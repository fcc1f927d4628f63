-- Rosters: what agents ask for (time off, shift and location preferences), the weights a planner gives the soft
-- rules, and the solved rosters as versions (draft, published, archived) with their shifts and breaks.

create type request_status as enum ('REQUESTED', 'APPROVED', 'REJECTED');

create table time_off (
    id          bigint generated always as identity primary key,
    agent_id    bigint         not null references agent (id) on delete cascade,
    first_day   date           not null,
    last_day    date           not null,
    kind        text           not null check (kind in ('VACATION', 'SICK', 'TRAINING', 'PERSONAL', 'OTHER')),
    status      request_status not null default 'REQUESTED',
    note        text,
    created_at  timestamptz    not null default now(),
    decided_at  timestamptz,
    decided_by  text,
    check (first_day <= last_day),
    check ((status = 'REQUESTED') = (decided_at is null))
);
create index time_off_agent_idx on time_off (agent_id, first_day);

-- What an agent would like on a weekday: to work or not, and if working, a preferred start.
create table agent_day_preference (
    agent_id         bigint   not null references agent (id) on delete cascade,
    weekday          smallint not null check (weekday between 1 and 7),
    wants_to_work    boolean  not null,
    preferred_start  time,
    weight           integer  not null default 10 check (weight between 1 and 100),
    primary key (agent_id, weekday),
    check (wants_to_work or preferred_start is null)
);

-- Where an agent would like to work on a weekday (site null = home).
create table agent_location_preference (
    agent_id  bigint   not null references agent (id) on delete cascade,
    weekday   smallint not null check (weekday between 1 and 7),
    at_home   boolean  not null,
    weight    integer  not null default 10 check (weight between 1 and 100),
    primary key (agent_id, weekday)
);

-- A planner's weight for a soft rule, overriding the engine's default (0 switches the rule off).
create table roster_constraint_weight (
    constraint_name  text        primary key,
    weight           bigint      not null check (weight >= 0),
    updated_at       timestamptz not null default now(),
    updated_by       text        not null
);

create type roster_status as enum ('DRAFT', 'PUBLISHED', 'ARCHIVED');

create table roster_version (
    id                     bigint generated always as identity primary key,
    name                   text          not null check (length(btrim(name)) > 0),
    first_day              date          not null,
    last_day               date          not null,
    status                 roster_status not null default 'DRAFT',
    based_on_id            bigint        references roster_version (id),
    requirement_version_ids bigint[]     not null default '{}',
    solver_config          text          not null,
    created_at             timestamptz   not null default now(),
    created_by             text          not null,
    updated_at             timestamptz   not null default now(),
    published_at           timestamptz,
    published_by           text,
    score                  text,
    hard_score             bigint,
    soft_score             bigint,
    undercoverage_percent  numeric(6, 2),
    solving_seconds        numeric(9, 1),
    version                integer       not null default 0,
    check (first_day <= last_day),
    check ((status = 'DRAFT') = (published_at is null)),
    check ((published_at is null) = (published_by is null))
);
create index roster_version_period_idx on roster_version (first_day, status);

-- One shift per agent and day of a roster version; site null means the agent works from home.
create table roster_shift (
    roster_version_id  bigint      not null references roster_version (id) on delete cascade,
    agent_id           bigint      not null references agent (id),
    work_date          date        not null,
    shift_template_id  bigint      references shift_template (id),
    shift_code         text        not null,
    starts_at          timestamptz not null,
    length_minutes     integer     not null check (length_minutes > 0),
    site_id            bigint      references site (id),
    pinned             boolean     not null default false,
    primary key (roster_version_id, agent_id, work_date)
);
create index roster_shift_agent_idx on roster_shift (agent_id, work_date);

create table roster_activity (
    roster_version_id  bigint      not null,
    agent_id           bigint      not null,
    work_date          date        not null,
    starts_at          timestamptz not null,
    minutes            integer     not null check (minutes > 0),
    kind               text        not null check (kind in ('BREAK', 'LUNCH')),
    primary key (roster_version_id, agent_id, starts_at),
    foreign key (roster_version_id, agent_id, work_date)
        references roster_shift (roster_version_id, agent_id, work_date) on delete cascade
);
