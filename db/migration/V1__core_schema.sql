-- Core schema of Frontline: the contact centre's master data, users and contact history.
-- The database is the last line against bad data, so every rule that can be stated here is.

create type channel_type as enum ('VOICE', 'VIDEO', 'CHAT', 'EMAIL', 'MESSAGING', 'BACK_OFFICE');
create type agent_status as enum ('ACTIVE', 'ON_LEAVE', 'LEFT');
create type exit_kind as enum ('VOLUNTARY', 'INVOLUNTARY');
create type app_role as enum ('PLANNER', 'AGENT', 'HR');

create table site (
    id            bigint generated always as identity primary key,
    code          text    not null unique check (code ~ '^[A-Z0-9_-]{2,20}$'),
    name          text    not null check (length(btrim(name)) > 0),
    country_code  text    not null check (country_code ~ '^[A-Z]{2}$'),
    time_zone     text    not null check (time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$'),
    office_seats  integer not null check (office_seats >= 0),
    opens_at      time    not null default '08:00',
    closes_at     time    not null default '20:00',
    version       integer not null default 0,
    check (opens_at < closes_at)
);

create table contract (
    id                             bigint generated always as identity primary key,
    code                           text    not null unique check (code ~ '^[A-Z0-9_-]{2,20}$'),
    name                           text    not null check (length(btrim(name)) > 0),
    min_minutes_per_week           integer not null check (min_minutes_per_week >= 0),
    max_minutes_per_week           integer not null check (max_minutes_per_week between 1 and 4800),
    min_rest_minutes               integer not null default 660 check (min_rest_minutes between 0 and 1440),
    max_consecutive_working_days   integer not null default 6 check (max_consecutive_working_days between 1 and 14),
    min_consecutive_days_off       integer not null default 1 check (min_consecutive_days_off between 1 and 7),
    max_weekends_per_4_weeks       integer not null default 4 check (max_weekends_per_4_weeks between 0 and 4),
    max_night_shifts_per_week      integer not null default 7 check (max_night_shifts_per_week between 0 and 7),
    version                        integer not null default 0,
    check (min_minutes_per_week <= max_minutes_per_week)
);

create table skill (
    id    bigint generated always as identity primary key,
    code  text not null unique check (code ~ '^[A-Z0-9_-]{2,40}$'),
    name  text not null check (length(btrim(name)) > 0)
);

-- A queue (skill group) is what a contact needs. Real-time channels carry a service-level goal,
-- deferred channels a response goal in hours; chat carries the number of chats an agent handles at once.
create table queue (
    id                      bigint generated always as identity primary key,
    code                    text         not null unique check (code ~ '^[A-Z0-9_-]{2,40}$'),
    name                    text         not null check (length(btrim(name)) > 0),
    channel                 channel_type not null,
    language                text         not null check (language ~ '^[a-z]{2}$'),
    skill_id                bigint       not null references skill (id),
    -- Customers' clock and calendar: intraday shape, DST and public holidays follow them.
    time_zone               text         not null check (time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$'),
    country_code            text         not null check (country_code ~ '^[A-Z]{2}$'),
    sl_target_percent       numeric(5, 2) check (sl_target_percent > 0 and sl_target_percent <= 100),
    sl_threshold_seconds    integer      check (sl_threshold_seconds > 0),
    response_goal_hours     numeric(6, 2) check (response_goal_hours > 0),
    chat_concurrency        integer      check (chat_concurrency between 1 and 10),
    priority                integer      not null default 5 check (priority between 1 and 10),
    version                 integer      not null default 0,
    constraint queue_goal_matches_channel check (
        (channel in ('VOICE', 'VIDEO', 'CHAT')
            and sl_target_percent is not null and sl_threshold_seconds is not null and response_goal_hours is null)
        or
        (channel in ('EMAIL', 'MESSAGING', 'BACK_OFFICE')
            and response_goal_hours is not null and sl_target_percent is null and sl_threshold_seconds is null)),
    constraint queue_concurrency_only_for_chat check ((channel = 'CHAT') = (chat_concurrency is not null))
);

create table team (
    id             bigint generated always as identity primary key,
    code           text   not null unique check (code ~ '^[A-Z0-9_-]{2,20}$'),
    name           text   not null check (length(btrim(name)) > 0),
    site_id        bigint not null references site (id),
    lead_agent_id  bigint,
    version        integer not null default 0
);

create table agent (
    id                  bigint generated always as identity primary key,
    employee_number     text         not null unique check (employee_number ~ '^[A-Z0-9-]{2,20}$'),
    first_name          text         not null check (length(btrim(first_name)) > 0),
    last_name           text         not null check (length(btrim(last_name)) > 0),
    email               text         not null unique check (email ~ '^[^@\s]+@[^@\s]+$'),
    hire_date           date         not null,
    exit_date           date,
    exit_kind           exit_kind,
    exit_reason         text,
    status              agent_status not null default 'ACTIVE',
    contract_id         bigint       not null references contract (id),
    team_id             bigint       references team (id),
    home_site_id        bigint       not null references site (id),
    -- false for agents who work from home only
    office_eligible     boolean      not null default true,
    version             integer      not null default 0,
    check (exit_date is null or exit_date >= hire_date),
    constraint agent_exit_complete check (
        (status = 'LEFT' and exit_date is not null and exit_kind is not null)
        or (status <> 'LEFT' and exit_date is null and exit_kind is null and exit_reason is null))
);
create index agent_team_idx on agent (team_id);
create index agent_home_site_idx on agent (home_site_id);

alter table team add constraint team_lead_fk foreign key (lead_agent_id) references agent (id);

create table agent_skill (
    agent_id     bigint       not null references agent (id) on delete cascade,
    skill_id     bigint       not null references skill (id),
    proficiency  numeric(3, 2) not null check (proficiency > 0 and proficiency <= 1),
    primary key (agent_id, skill_id)
);

create table app_user (
    id             bigint generated always as identity primary key,
    username       text     not null unique check (username ~ '^[a-z0-9._-]{3,60}$'),
    password_hash  text     not null check (password_hash like '{bcrypt}%'),
    role           app_role not null,
    display_name   text     not null check (length(btrim(display_name)) > 0),
    agent_id       bigint   unique references agent (id),
    enabled        boolean  not null default true,
    -- an AGENT user sees only their own data, so they must be linked to exactly one agent
    constraint app_user_agent_link check ((role = 'AGENT') = (agent_id is not null))
);

-- One row per queue and interval as an ACD exports it. Intervals are stored as instants; the queue's
-- time zone turns them back into local days (DST days have 92 or 100 quarter-hours).
create table interval_history (
    queue_id          bigint      not null references queue (id),
    interval_start    timestamptz not null,
    interval_minutes  smallint    not null check (interval_minutes in (5, 6, 15, 30, 60)),
    offered           integer     not null check (offered >= 0),
    handled           integer     not null check (handled >= 0),
    abandoned         integer     not null check (abandoned >= 0),
    aht_seconds       numeric(8, 2) check (aht_seconds >= 0),
    primary key (queue_id, interval_start),
    check (aht_seconds is not null or handled = 0)
);
