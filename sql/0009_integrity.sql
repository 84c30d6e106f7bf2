-- Integrity rules the API enforces, also held by the database for rows written from now on
-- (NOT VALID: rows written before are not rechecked, so the migration never fails on old data).

-- A contract follows an engagement: an accepted invitation of its need.
alter table contracts add constraint contracts_follow_a_match check (match_id is not null) not valid;

-- One amount is at most 100亿元 (10^12 fen): a value near 2^53 fen could only be a mistake or a
-- probe, and it would dominate every total it entered.
alter table contracts add constraint contracts_value_cap check (value_fen <= 1000000000000) not valid;
alter table contracts add constraint contracts_added_revenue_cap check (added_revenue_fen <= 1000000000000) not valid;
alter table needs add constraint needs_budget_cap check (budget_min_fen <= 1000000000000 and budget_max_fen <= 1000000000000) not valid;

-- The request id in the audit log is the server's own; what a client sent as X-Request-Id is
-- kept beside it, so a client can find its requests without choosing the server's ids.
alter table audit_events add column client_request_id text check (length(client_request_id) <= 128);
