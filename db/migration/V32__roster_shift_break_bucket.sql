-- The stagger bucket that places a shift's breaks and lunch is now chosen by the solver (AgentDay.breakBucket, 0-7),
-- so a stored roster keeps it: reloaded for a repair, an edit or a re-solve, its breaks stay where they were scored
-- and shown. Shifts stored before have no bucket (null); they were placed by the hash of agent and day
-- (BreakPlanner.bucket), which is what a reload gives them.
alter table roster_shift add column break_bucket smallint check (break_bucket between 0 and 7);
