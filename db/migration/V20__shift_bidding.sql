-- Shift choice with stated precedence (issue 14, item 5): a planner turns a solved, unpublished roster version into
-- anonymous shift lines (each agent's schedule of the period, identical ones merged with a count), publishes them as a
-- bid round with a deadline and a precedence rule, agents rank the lines they may work, the allocation gives each agent
-- a line in precedence order, and applying writes a new roster version with each line's shifts on its awarded agent.

create type bid_precedence as enum ('SENIORITY', 'LAST_PERIOD_SATISFACTION', 'SEEDED_LOTTERY');
create type bid_round_status as enum ('OPEN', 'ALLOCATED', 'APPLIED');

create table bid_round (
    id                  bigint generated always as identity primary key,
    -- the solved draft the lines come from
    roster_version_id   bigint           not null references roster_version (id) on delete cascade,
    first_day           date             not null,
    last_day            date             not null,
    -- the centre's clock the lines' times are read on (the roster's zone)
    time_zone           text             not null,
    precedence          bid_precedence   not null,
    -- the lottery's seed, shown to everyone so the order can be reproduced
    seed                bigint,
    -- the round whose awards ordered a LAST_PERIOD_SATISFACTION round
    previous_round_id   bigint           references bid_round (id) on delete set null,
    deadline            timestamptz      not null,
    status              bid_round_status not null default 'OPEN',
    created_at          timestamptz      not null default now(),
    created_by          text             not null,
    allocated_at        timestamptz,
    allocated_by        text,
    -- the new roster version written when the awards were applied
    applied_version_id  bigint           references roster_version (id) on delete set null,
    applied_at          timestamptz,
    applied_by          text,
    check (first_day <= last_day),
    check ((precedence = 'SEEDED_LOTTERY') = (seed is not null)),
    check ((status = 'OPEN') = (allocated_at is null)),
    check ((allocated_at is null) = (allocated_by is null)),
    check ((status = 'APPLIED') = (applied_at is not null)),
    check ((applied_at is null) = (applied_by is null))
);
-- one round that is not yet applied per roster version
create unique index bid_round_version_idx on bid_round (roster_version_id) where status <> 'APPLIED';

-- An anonymous line: the shifts of one or more agents of the source version that are identical (dates, templates,
-- times, places) and need the same skills; copies = how many agents can get it.
create table bid_line (
    id               bigint generated always as identity primary key,
    bid_round_id     bigint  not null references bid_round (id) on delete cascade,
    -- 1, 2, ... within the round, as agents and planners name it ("line 7")
    number           integer not null check (number > 0),
    copies           integer not null check (copies > 0),
    -- the queues its shifts covered: an agent needs every one of them
    queue_codes      text[]  not null default '{}',
    -- the contracts under which the line keeps the contract rules
    contract_codes   text[]  not null default '{}',
    unique (bid_round_id, number)
);

create table bid_line_shift (
    bid_line_id        bigint      not null references bid_line (id) on delete cascade,
    work_date          date        not null,
    shift_template_id  bigint      references shift_template (id),
    shift_code         text        not null,
    starts_at          timestamptz not null,
    length_minutes     integer     not null check (length_minutes > 0),
    -- null: at home
    site_id            bigint      references site (id),
    primary key (bid_line_id, work_date)
);

-- The agents of the source version whose schedules the line is (planners only; agents never see them). Applying gives
-- each award one of them to take the schedule from.
create table bid_line_source (
    bid_line_id  bigint not null references bid_line (id) on delete cascade,
    agent_id     bigint not null references agent (id) on delete cascade,
    primary key (bid_line_id, agent_id)
);

-- Every agent who bids, with their place in the order and what the place rests on (hire date, previous rank, lottery
-- key), as a code and arguments worded in the reader's language.
create table bid_participant (
    bid_round_id  bigint  not null references bid_round (id) on delete cascade,
    agent_id      bigint  not null references agent (id) on delete cascade,
    place         integer not null check (place > 0),
    basis_code    text    not null,
    basis_args    text[]  not null default '{}',
    primary key (bid_round_id, agent_id),
    unique (bid_round_id, place)
);

-- The lines an agent may rank (skills, contract rules, availability and places checked when the round was made).
create table bid_eligibility (
    bid_round_id  bigint not null,
    agent_id      bigint not null,
    bid_line_id   bigint not null references bid_line (id) on delete cascade,
    primary key (bid_round_id, agent_id, bid_line_id),
    foreign key (bid_round_id, agent_id) references bid_participant (bid_round_id, agent_id) on delete cascade
);

-- An agent's ranking: 1 = most wanted. Only eligible lines, each at most once (the keys say so).
create table bid_ranking (
    bid_round_id  bigint  not null,
    agent_id      bigint  not null,
    rank          integer not null check (rank > 0),
    bid_line_id   bigint  not null,
    primary key (bid_round_id, agent_id, rank),
    unique (bid_round_id, agent_id, bid_line_id),
    foreign key (bid_round_id, agent_id, bid_line_id)
        references bid_eligibility (bid_round_id, agent_id, bid_line_id) on delete cascade
);

-- What the allocation gave each agent: the line (null: none left they may work), the rank it had in their ranking
-- (null: not ranked) and why, as a code and arguments.
create table bid_award (
    bid_round_id   bigint  not null,
    agent_id       bigint  not null,
    bid_line_id    bigint  references bid_line (id) on delete cascade,
    rank_obtained  integer check (rank_obtained > 0),
    reason_code    text    not null,
    reason_args    text[]  not null default '{}',
    primary key (bid_round_id, agent_id),
    foreign key (bid_round_id, agent_id) references bid_participant (bid_round_id, agent_id) on delete cascade,
    check (rank_obtained is null or bid_line_id is not null)
);
create index bid_award_line_idx on bid_award (bid_line_id);
