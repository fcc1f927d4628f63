-- Agents' say in their rosters (issue 14, items 3 and 6): preference windows a planner opens for a future period,
-- the wishes agents state in them with a priority spread from a fixed budget, and what the roster made of each
-- wished date; swaps of published shifts with a named colleague; open shifts left by under-covered intervals that
-- agents claim.

create table preference_window (
    id               bigint generated always as identity primary key,
    first_day        date        not null,
    last_day         date        not null,
    -- agents state wishes until the deadline; a roster solved afterwards reads them
    deadline         timestamptz not null,
    -- the priority points each agent spreads over their wishes in this window
    priority_budget  integer     not null default 100 check (priority_budget between 10 and 1000),
    created_at       timestamptz not null default now(),
    created_by       text        not null,
    check (first_day <= last_day),
    check (last_day - first_day < 56)
);
create index preference_window_period_idx on preference_window (first_day, last_day);

create type wish_kind as enum ('START', 'DAY_OFF', 'DAY_ON', 'HOME', 'OFFICE');

-- A wish for a weekday of the window or for one date of it; START carries the earliest and latest start wanted.
-- HOME and OFFICE are per weekday: the roster engine weighs location wishes per weekday.
create table preference_wish (
    id              bigint generated always as identity primary key,
    window_id       bigint      not null references preference_window (id) on delete cascade,
    agent_id        bigint      not null references agent (id) on delete cascade,
    kind            wish_kind   not null,
    weekday         smallint    check (weekday between 1 and 7),
    on_date         date,
    earliest_start  time,
    latest_start    time,
    priority        integer     not null check (priority between 1 and 1000),
    created_at      timestamptz not null default now(),
    constraint preference_wish_one_day check ((weekday is null) <> (on_date is null)),
    constraint preference_wish_start_times check ((kind = 'START') = (earliest_start is not null and latest_start is not null)),
    constraint preference_wish_start_order check (earliest_start is null or earliest_start <= latest_start),
    constraint preference_wish_location_weekday check (kind not in ('HOME', 'OFFICE') or weekday is not null),
    -- one wish of a kind per day: a double-submitted wish is refused, not stored twice
    constraint preference_wish_unique unique nulls not distinct (window_id, agent_id, kind, weekday, on_date)
);
create index preference_wish_agent_idx on preference_wish (agent_id, window_id);

-- What a roster version made of a wish on each date it covers; reason_code and reason_args say why in the
-- reader's language when it was refused.
create table preference_wish_outcome (
    wish_id            bigint      not null references preference_wish (id) on delete cascade,
    on_date            date        not null,
    roster_version_id  bigint      not null references roster_version (id) on delete cascade,
    honoured           boolean     not null,
    reason_code        text,
    reason_args        text[]      not null default '{}',
    evaluated_at       timestamptz not null default now(),
    primary key (wish_id, on_date),
    check (honoured = (reason_code is null))
);

create type swap_status as enum ('PROPOSED', 'APPROVED', 'PENDING_PLANNER', 'REFUSED', 'DECLINED', 'WITHDRAWN');

-- A swap of published shifts: the requester gives their shift on requester_date; the colleague gives theirs on
-- colleague_date in return, or nothing (colleague_date null: the colleague takes the shift over).
create table shift_swap (
    id                  bigint generated always as identity primary key,
    roster_version_id   bigint      not null references roster_version (id) on delete cascade,
    requester_agent_id  bigint      not null references agent (id) on delete cascade,
    requester_date      date        not null,
    colleague_agent_id  bigint      not null references agent (id) on delete cascade,
    colleague_date      date,
    status              swap_status not null default 'PROPOSED',
    rule_code           text,
    rule_args           text[]      not null default '{}',
    note                text,
    created_at          timestamptz not null default now(),
    decided_at          timestamptz,
    decided_by          text,
    check (requester_agent_id <> colleague_agent_id),
    check ((status in ('PROPOSED')) = (decided_at is null))
);
-- a shift is in at most one swap that is still open: a double-submitted swap is refused
create unique index shift_swap_open_requester_idx on shift_swap (roster_version_id, requester_agent_id, requester_date)
    where status in ('PROPOSED', 'PENDING_PLANNER');
create index shift_swap_colleague_idx on shift_swap (colleague_agent_id, status);

-- A shift that under-covered intervals of a published roster ask for; the first agent to claim it gets it.
create table open_shift (
    id                   bigint generated always as identity primary key,
    roster_version_id    bigint      not null references roster_version (id) on delete cascade,
    work_date            date        not null,
    shift_template_id    bigint      references shift_template (id),
    shift_code           text        not null,
    starts_at            timestamptz not null,
    length_minutes       integer     not null check (length_minutes > 0),
    queue_code           text        not null,
    -- under-covered agent-intervals (quarter-hours) the shift would fill
    gap_intervals        integer     not null check (gap_intervals > 0),
    created_at           timestamptz not null default now(),
    claimed_by_agent_id  bigint      references agent (id),
    claimed_at           timestamptz,
    check ((claimed_by_agent_id is null) = (claimed_at is null))
);
create index open_shift_open_idx on open_shift (roster_version_id, work_date) where claimed_by_agent_id is null;
