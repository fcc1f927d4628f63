-- Agent self-service: notifications in the app, office-day bookings under seat caps, the personal calendar feed,
-- time-off allowances and decisions, and what an agent last saw of their schedule.

-- A message to one agent, stored as a bundle key with its arguments so that it is worded in the reader's language
-- when it is read. args is a JSON array of typed values ({"type":"date","value":"2026-12-08"}).
create table notification (
    id           bigint generated always as identity primary key,
    agent_id     bigint      not null references agent (id) on delete cascade,
    message_key  text        not null check (message_key ~ '^[a-z0-9]+([.-][a-z0-9]+)+$'),
    args         jsonb       not null default '[]' check (jsonb_typeof(args) = 'array'),
    link         text        check (link is null or link ~ '^[a-z0-9/_?=&.-]*$'),
    created_at   timestamptz not null default now(),
    read_at      timestamptz,
    check (read_at is null or read_at >= created_at)
);
create index notification_agent_idx on notification (agent_id, created_at desc);
create index notification_unread_idx on notification (agent_id) where read_at is null;

-- One office day per agent and date, at one site.
create table office_day_booking (
    agent_id   bigint      not null references agent (id) on delete cascade,
    work_date  date        not null,
    site_id    bigint      not null references site (id),
    booked_at  timestamptz not null default now(),
    primary key (agent_id, work_date)
);
create index office_day_booking_site_idx on office_day_booking (site_id, work_date);

-- Seats taken per site and date, kept by the trigger below in the same transaction as the booking. The check is what
-- stops oversubscription: concurrent bookings of one site-day queue on this row's lock (insert .. on conflict do
-- update), and the one that would take seat 61 of 60 fails the check and rolls back, whatever the application does.
create table office_seat_day (
    site_id    bigint  not null references site (id) on delete cascade,
    work_date  date    not null,
    seats      integer not null check (seats >= 0),
    booked     integer not null,
    primary key (site_id, work_date),
    constraint office_seat_day_within_seats check (booked between 0 and seats)
);

create function office_day_booking_count() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        update office_seat_day set booked = booked - 1
         where site_id = old.site_id and work_date = old.work_date;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into office_seat_day (site_id, work_date, seats, booked)
        values (new.site_id, new.work_date, (select office_seats from site where id = new.site_id), 1)
        on conflict (site_id, work_date)
            do update set booked = office_seat_day.booked + 1, seats = excluded.seats;
    end if;
    return null;
end;
$$;

create trigger office_day_booking_count
    after insert or delete or update of site_id, work_date on office_day_booking
    for each row execute function office_day_booking_count();

-- An agent's personal calendar feed: the secret URL's token is kept only as a SHA-256; the prefix finds the row.
-- Revoking deletes the row; regenerating replaces it.
create table calendar_feed (
    agent_id      bigint      primary key references agent (id) on delete cascade,
    token_prefix  text        not null unique check (token_prefix ~ '^[A-Za-z0-9]{8}$'),
    token_sha256  text        not null check (token_sha256 ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz not null default now(),
    last_read_at  timestamptz
);

-- Days of leave a contract grants per calendar year and kind (a contract without a row grants none of that kind).
create table time_off_allowance (
    contract_id   bigint       not null references contract (id) on delete cascade,
    kind          text         not null check (kind in ('VACATION', 'PERSONAL')),
    days_per_year numeric(4, 1) not null check (days_per_year between 0 and 366),
    primary key (contract_id, kind)
);

-- A decision carries its reason and whether Frontline took it by the coverage rule; the working days a request
-- costs are fixed when it is made.
alter table time_off
    add column decision_reason text check (decision_reason is null or length(btrim(decision_reason)) > 0),
    add column decided_automatically boolean not null default false,
    add column working_days integer not null default 0 check (working_days >= 0),
    add constraint time_off_automatic_is_approval check (not decided_automatically or status = 'APPROVED');
-- the same request sent twice (a double click, a retried call) is one request
create unique index time_off_one_open_request_idx on time_off (agent_id, first_day, last_day)
    where status <> 'REJECTED';

-- What an agent last saw of their published schedule, to tell them what changed since (old -> new).
create table schedule_visit (
    agent_id   bigint      primary key references agent (id) on delete cascade,
    seen_from  date        not null,
    seen_to    date        not null,
    seen_at    timestamptz not null,
    check (seen_from <= seen_to)
);

-- One day as the agent saw it: starts_at null = a day off.
create table schedule_seen_day (
    agent_id        bigint      not null references schedule_visit (agent_id) on delete cascade,
    work_date       date        not null,
    starts_at       timestamptz,
    length_minutes  integer     check (length_minutes > 0),
    site_id         bigint      references site (id) on delete set null,
    primary key (agent_id, work_date),
    check ((starts_at is null) = (length_minutes is null))
);
