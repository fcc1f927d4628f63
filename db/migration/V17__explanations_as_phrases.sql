-- Engine explanations as data (issue 19, item 3): a forecast version keeps its "how it was made" explanation and each
-- method's score detail as phrases, a bundle key with typed arguments ([{"key": ..., "args": [{"type", "value"}]}]),
-- so the page says them in the reader's language. The English text columns stay for the REST API and for versions
-- saved before this (null phrases: the page shows the stored English text).
alter table forecast_version
    add column explanation_phrases jsonb;

alter table forecast_method_score
    add column detail_phrase jsonb;
