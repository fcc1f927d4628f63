-- Texts as data (issue 19): what a background job is doing and why a swap was refused are kept as phrases, a bundle
-- key with typed arguments ({"key": ..., "args": [{"type", "value"}]}), so every reader sees them in their own
-- language, on the page and over REST.

-- A job's progress message. Rows written before this kept English text: it is carried over as the one argument of
-- a phrase that says just that text, so old rows still read as they did.
alter table background_job
    add column message_phrase jsonb;

update background_job
set message_phrase = jsonb_build_object('key', 'jobs.progress.stored',
        'args', jsonb_build_array(jsonb_build_object('type', 'string', 'value', message)))
where message is not null;

alter table background_job
    drop column message;

-- A swap refusal's sentence, which was kept as "phrase:" followed by its JSON as the only element of rule_args.
alter table shift_swap
    add column rule_phrase jsonb;

update shift_swap
set rule_phrase = substr(rule_args[1], length('phrase:') + 1)::jsonb,
    rule_args   = '{}'
where cardinality(rule_args) = 1
  and rule_args[1] like 'phrase:%';
