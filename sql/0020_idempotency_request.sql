-- The request that claimed an Idempotency-Key, so a claim left in progress can be told apart:
-- abandoned before its write committed (run it again) or after (its answer was lost; running it
-- again would write twice). Every write is audited with its request id in its own transaction
-- (audit_events_request_idx), which is the proof. Records claimed before this migration have none
-- and are taken over as before.
alter table idempotency_records add column request_id text;
