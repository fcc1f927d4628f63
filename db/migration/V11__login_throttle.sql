-- Failed sign-ins, shared by every app node so that a guesser cannot spread attempts over nodes. One row per
-- scope and key: PAIR (username + address), ADDRESS (any username from one client address), ACCOUNT (one username
-- from any address). Only PAIR and ADDRESS rows ever lock, and only for a while that doubles with each lockout in a
-- row up to a cap; an ACCOUNT row only slows sign-ins from addresses that never signed in to that account, so a
-- guesser can never lock the account's owner out (see docs/security.md).
create table login_throttle (
    scope             text        not null check (scope in ('PAIR', 'ADDRESS', 'ACCOUNT')),
    key               text        not null check (length(key) between 1 and 400),
    -- wrong passwords since window_start
    failures          integer     not null default 0 check (failures >= 0),
    window_start      timestamptz not null,
    -- lockouts in a row; the next one lasts base × 2^lockouts (capped), reset by a success or a quiet day
    lockouts          integer     not null default 0 check (lockouts >= 0),
    locked_until      timestamptz,
    last_failure      timestamptz,
    -- PAIR: when this username last signed in from this address (makes the address known to the account)
    last_success      timestamptz,
    -- ACCOUNT under attack: the earliest next attempt from an address the account does not know
    next_attempt_at   timestamptz,
    primary key (scope, key)
);

-- the clean-up drops rows that have been quiet for a day (and PAIR rows whose success is older than the memory)
create index login_throttle_quiet on login_throttle (last_failure);
