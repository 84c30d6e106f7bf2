-- Webhooks (src/modules/webhooks): subscriptions per principal, the events they were told of, and
-- one delivery per event and subscription, signed with the Standard Webhooks scheme.

-- A subscriber's endpoint. The owner is the principal that created it (the same columns and rule
-- as api_keys), so every key of an enterprise, an expert or a park shares its subscriptions.
create table webhook_subscriptions (
  id uuid primary key default gen_random_uuid(),
  owner_role api_role not null,
  park_id uuid references parks(id),
  enterprise_id uuid references enterprises(id),
  expert_id uuid references experts(id),
  url text not null,
  -- A JSON array of notification types; null: every type, including ones added later. (JSON, not
  -- text[]: where array types are not fetched, jsonb still reads back as an array.)
  event_types jsonb,
  description text,
  -- `whsec_…`: the service signs with it, so it is stored as given (the owner sees it only at
  -- create and rotate).
  secret text not null,
  status text not null default 'active' check (status in ('active', 'disabled')),
  disabled_at timestamptz,
  disabled_reason text,
  -- The first failure of the current unbroken run of failures; a success clears it. A run of 24 h
  -- disables the subscription.
  failing_since timestamptz,
  created_by_key_id uuid references api_keys(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (
    (owner_role = 'admin' and num_nonnulls(park_id, enterprise_id, expert_id) = 0) or
    (owner_role = 'park_staff' and park_id is not null and num_nonnulls(enterprise_id, expert_id) = 0) or
    (owner_role = 'enterprise' and enterprise_id is not null and num_nonnulls(park_id, expert_id) = 0) or
    (owner_role = 'expert' and expert_id is not null and num_nonnulls(park_id, enterprise_id) = 0)
  )
);
create index webhook_subscriptions_park_idx on webhook_subscriptions (park_id) where status = 'active';
create index webhook_subscriptions_enterprise_idx on webhook_subscriptions (enterprise_id) where status = 'active';
create index webhook_subscriptions_expert_idx on webhook_subscriptions (expert_id) where status = 'active';

-- What happened, once, whoever is told of it.
create table webhook_events (
  id uuid primary key default gen_random_uuid(),
  type text not null,
  subject_kind text not null,
  subject_id uuid not null,
  need_id uuid,
  park_id uuid,
  occurred_at timestamptz not null default now()
);

-- One event for one subscription. Its id is the `webhook-id` the receiver dedupes by: the same on
-- every retry and on a manual redeliver. The body is built for this subscriber when the event is
-- recorded (only what it may read) and sent byte for byte on every attempt.
create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  event_id uuid references webhook_events(id) on delete cascade,
  subscription_id uuid not null references webhook_subscriptions(id) on delete cascade,
  type text not null,
  payload jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  -- When it is next due; while a drainer holds it, the end of that lease.
  next_attempt_at timestamptz not null default now(),
  -- The first attempt of the current round (a redeliver starts a new one): retries stop 24 h after it.
  first_attempt_at timestamptz,
  last_attempt_at timestamptz,
  last_status_code integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null default now()
);
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_subscription_idx on webhook_deliveries (subscription_id, created_at desc, id desc);

-- Every attempt, for the delivery log.
create table webhook_attempts (
  id bigint generated always as identity primary key,
  delivery_id uuid not null references webhook_deliveries(id) on delete cascade,
  attempted_at timestamptz not null,
  status_code integer,
  error text,
  duration_ms integer not null
);
create index webhook_attempts_delivery_idx on webhook_attempts (delivery_id, id);
