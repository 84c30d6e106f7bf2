-- The domain of DESIGN.md: parks, industries, enterprises, needs, experts, societies,
-- workstations; API keys with roles; the audit log; idempotency records.
-- Every mutable row carries `version`, bumped on each update; the API's ETag is derived from it.

create type expert_availability as enum ('available', 'busy', 'unavailable');
create type society_level as enum ('national', 'provincial', 'municipal');
create type workstation_kind as enum ('society_station', 'expert_station', 'academician_station', 'academician_center');
create type need_kind as enum ('breakthrough', 'consulting', 'collaboration', 'transfer', 'commercialisation', 'new_product', 'talent');
create type need_visibility as enum ('public', 'park', 'private');
create type need_status as enum ('draft', 'open', 'in_progress', 'resolved', 'closed');
create type enterprise_size as enum ('micro', 'small', 'medium', 'large');
create type achievement_kind as enum ('paper', 'patent', 'project', 'award', 'standard');
create type api_role as enum ('admin', 'park_staff', 'enterprise', 'expert');

create table industries (
  code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name text not null unique check (length(name) between 1 and 50),
  description text not null default '',
  created_at timestamptz not null default now()
);

create table parks (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(name) between 1 and 100),
  region_code text not null check (region_code ~ '^[1-9][0-9]{5}$'),
  key_industries text[] not null default '{}',
  description text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table enterprises (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  uscc text not null unique check (uscc ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
  park_id uuid not null references parks(id),
  industries text[] not null default '{}',
  size enterprise_size not null,
  is_key boolean not null default false,
  contact_name text not null default '',
  contact_phone text not null default '',
  contact_email text not null default '',
  description text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enterprises_park_idx on enterprises (park_id, created_at, id);

create table experts (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 50),
  title text not null default '',
  is_academician boolean not null default false,
  organisation text not null default '',
  -- An expert employed by an enterprise in the system: a conflict of interest for its needs.
  enterprise_id uuid references enterprises(id),
  disciplines text[] not null default '{}',
  fields text[] not null default '{}',
  keywords text[] not null default '{}',
  industries text[] not null default '{}',
  bio text not null default '',
  region_code text check (region_code ~ '^[1-9][0-9]{5}$'),
  availability expert_availability not null default 'available',
  capacity integer not null default 3 check (capacity between 0 and 100),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (name, organisation)
);
create index experts_list_idx on experts (created_at, id);

create table expert_achievements (
  id uuid primary key default gen_random_uuid(),
  expert_id uuid not null references experts(id) on delete cascade,
  position integer not null,
  title text not null check (length(title) between 1 and 300),
  kind achievement_kind not null,
  year integer check (year between 1950 and 2100),
  summary text not null default '',
  pinned boolean not null default false,
  excluded_from_matching boolean not null default false,
  unique (expert_id, position)
);

create table societies (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(name) between 1 and 100),
  level society_level not null,
  disciplines text[] not null default '{}',
  description text not null default '',
  region_code text check (region_code ~ '^[1-9][0-9]{5}$'),
  contact_expert_id uuid references experts(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table society_memberships (
  society_id uuid not null references societies(id) on delete cascade,
  expert_id uuid not null references experts(id) on delete cascade,
  primary key (society_id, expert_id)
);
create index society_memberships_expert_idx on society_memberships (expert_id);

create table workstations (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(name) between 1 and 100),
  kind workstation_kind not null,
  host_enterprise_id uuid references enterprises(id),
  host_park_id uuid references parks(id),
  -- The park the station serves: the host park, or the host enterprise's park.
  park_id uuid not null references parks(id),
  society_id uuid references societies(id),
  lead_expert_id uuid not null references experts(id),
  fields text[] not null default '{}',
  description text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (num_nonnulls(host_enterprise_id, host_park_id) = 1),
  check ((kind = 'society_station') = (society_id is not null))
);

create table workstation_members (
  workstation_id uuid not null references workstations(id) on delete cascade,
  expert_id uuid not null references experts(id) on delete cascade,
  primary key (workstation_id, expert_id)
);
create index workstation_members_expert_idx on workstation_members (expert_id);

create table needs (
  id uuid primary key default gen_random_uuid(),
  enterprise_id uuid not null references enterprises(id),
  -- Copied from the enterprise so park scoping needs no join.
  park_id uuid not null references parks(id),
  title text not null check (length(title) between 1 and 200),
  industry_code text not null references industries(code),
  background text not null default '',
  problem text not null check (length(problem) >= 1),
  goals text not null default '',
  kind need_kind not null,
  keywords text[] not null default '{}',
  budget_min_fen bigint check (budget_min_fen >= 0),
  budget_max_fen bigint check (budget_max_fen >= 0),
  trl_wanted smallint check (trl_wanted between 1 and 9),
  deadline date,
  visibility need_visibility not null default 'park',
  status need_status not null default 'draft',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (budget_min_fen is null or budget_max_fen is null or budget_min_fen <= budget_max_fen)
);
create index needs_park_idx on needs (park_id, created_at, id);
create index needs_enterprise_idx on needs (enterprise_id, created_at, id);
create index needs_list_idx on needs (created_at, id);

create table api_keys (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  -- The first characters of the key, shown to tell keys apart; the key itself is never stored.
  prefix text not null,
  key_hash text not null unique,
  role api_role not null,
  park_id uuid references parks(id),
  enterprise_id uuid references enterprises(id),
  expert_id uuid references experts(id),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  check (
    (role = 'admin' and num_nonnulls(park_id, enterprise_id, expert_id) = 0) or
    (role = 'park_staff' and park_id is not null and num_nonnulls(enterprise_id, expert_id) = 0) or
    (role = 'enterprise' and enterprise_id is not null and num_nonnulls(park_id, expert_id) = 0) or
    (role = 'expert' and expert_id is not null and num_nonnulls(park_id, enterprise_id) = 0)
  )
);

create table audit_events (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_key_id uuid references api_keys(id),
  actor_role api_role,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  -- The park the entity belongs to, so park staff can read their park's trail.
  park_id uuid references parks(id),
  before jsonb,
  after jsonb,
  request_id text
);
create index audit_events_entity_idx on audit_events (entity_type, entity_id, id);
create index audit_events_park_idx on audit_events (park_id, id);

create table idempotency_records (
  api_key_id uuid not null references api_keys(id),
  idempotency_key text not null,
  method text not null,
  path text not null,
  request_hash text not null,
  state text not null check (state in ('in_progress', 'completed')),
  response_status integer,
  response_headers jsonb,
  response_body text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '24 hours',
  primary key (api_key_id, idempotency_key)
);
create index idempotency_records_expiry_idx on idempotency_records (expires_at);
