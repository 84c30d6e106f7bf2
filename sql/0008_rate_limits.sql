-- Per-key request counters for rate limiting and the daily embedding budget
-- (src/db/rate-limits.ts). Kept in the database, not in process memory, because Workers isolates
-- share nothing and several Node servers may serve one key: every request does one atomic upsert.
--
-- One row per key and bucket ('default', 'candidates', 'embedding'): a fixed window that starts
-- at the key's first request and restarts at the first request after it has run out, so the
-- table never grows beyond keys × buckets and keys do not all reset at the same instant.
-- Unlogged: a counter lost in a crash only gives a key a fresh window, and skipping the WAL keeps
-- the per-request write cheap.
create unlogged table rate_limit_counters (
  api_key_id uuid not null references api_keys(id) on delete cascade,
  bucket text not null,
  window_seconds integer not null check (window_seconds > 0),
  window_started_at timestamptz not null default now(),
  used integer not null check (used >= 0),
  primary key (api_key_id, bucket)
);

-- What one write queued for embedding is counted from its audit events (request id and key).
create index audit_events_request_idx on audit_events (request_id) where request_id is not null;
