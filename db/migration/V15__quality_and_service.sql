-- Quality and service actuals (issue 16, item 1): what each agent did each day and how each queue was served in
-- each interval, as a quality system and the ACD export them. Both are imported (CSV, all-or-nothing) and the demo
-- centre generates two years of them.

-- One row per agent and working day. Averages are weighted by what they were measured on: AHT by contacts handled,
-- QA by evaluations, CSAT and CES by survey responses, FCR by contacts. A day with no evaluations or no survey
-- answers leaves those fields empty rather than zero.
create table agent_daily_kpi (
    agent_id           bigint        not null references agent (id) on delete cascade,
    day                date          not null,
    contacts_handled   integer       not null check (contacts_handled >= 0),
    aht_seconds        numeric(8, 2) check (aht_seconds > 0),
    qa_score           numeric(5, 2) check (qa_score between 0 and 100),
    qa_evaluations     smallint      not null default 0 check (qa_evaluations >= 0),
    -- first-contact resolution: the share of contacts not followed by a repeat contact within the centre's window
    fcr_percent        numeric(5, 2) check (fcr_percent between 0 and 100),
    -- customer satisfaction on a 1-5 scale
    csat               numeric(3, 2) check (csat between 1 and 5),
    -- customer effort score on the 1-7 CES 2.0 scale (7: very easy)
    ces                numeric(3, 2) check (ces between 1 and 7),
    survey_responses   integer       not null default 0 check (survey_responses >= 0),
    primary key (agent_id, day),
    check ((aht_seconds is null) = (contacts_handled = 0)),
    check ((qa_score is null) = (qa_evaluations = 0)),
    check (fcr_percent is null or contacts_handled > 0),
    check ((csat is null and ces is null) or survey_responses > 0)
);
create index agent_daily_kpi_day_idx on agent_daily_kpi (day);

-- One row per queue and interval: the service the queue gave. Real-time queues (voice, video, chat) carry service
-- level, ASA and abandonment; deferred ones (email, messaging, back office) the response measures. staffed_agents
-- is the average number of agents logged in and available to the queue in the interval (what was really there,
-- against the roster's scheduled figure).
create table queue_interval_service (
    queue_id                bigint        not null references queue (id) on delete cascade,
    interval_start          timestamptz   not null,
    interval_minutes        smallint      not null check (interval_minutes in (5, 6, 15, 30, 60)),
    staffed_agents          numeric(8, 2) check (staffed_agents >= 0),
    service_level_percent   numeric(5, 2) check (service_level_percent between 0 and 100),
    asa_seconds             numeric(8, 2) check (asa_seconds >= 0),
    abandon_percent         numeric(5, 2) check (abandon_percent between 0 and 100),
    first_response_seconds  numeric(10, 2) check (first_response_seconds >= 0),
    reply_wait_seconds      numeric(10, 2) check (reply_wait_seconds >= 0),
    reply_rate_percent      numeric(5, 2) check (reply_rate_percent between 0 and 100),
    resolution_rate_percent numeric(5, 2) check (resolution_rate_percent between 0 and 100),
    primary key (queue_id, interval_start)
);

alter table import_upload drop constraint import_upload_kind_check;
alter table import_upload add constraint import_upload_kind_check
    check (kind in ('CONTRACTS', 'SHIFT_TEMPLATES', 'AGENTS', 'HISTORY', 'AGENT_KPIS', 'QUEUE_SERVICE'));
