-- Matchmaking events (产需对接会, src/modules/events): a park's day of one-to-one meetings between
-- its enrolled needs and experts, assigned by a MILP and timetabled into slots and tables.

create table events (
  id uuid primary key default gen_random_uuid(),
  park_id uuid not null references parks(id),
  title text not null,
  event_date date not null,
  venue text not null default '',
  -- [{"start": "09:00", "end": "09:20"}, …] in Beijing time; a meeting's slot is its index here.
  slots jsonb not null,
  -- ["A 桌", "B 桌", …]; a meeting's table is its index here.
  tables jsonb not null,
  -- The "good meeting" floor on a pair's confidence.
  min_confidence double precision not null default 0.25,
  status text not null default 'draft' check (status in ('draft', 'solved', 'published')),
  -- The last solve's figures (objective, counts, time); null before the first solve.
  solution jsonb,
  solved_at timestamptz,
  published_at timestamptz,
  created_by_key_id uuid references api_keys(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index events_park_idx on events (park_id, created_at desc, id desc);

-- The needs enrolled, each with its minimum and maximum of meetings.
create table event_needs (
  event_id uuid not null references events(id) on delete cascade,
  need_id uuid not null references needs(id),
  min_meetings integer not null default 1,
  max_meetings integer not null default 2,
  primary key (event_id, need_id),
  check (min_meetings >= 0 and max_meetings >= min_meetings and max_meetings <= 20)
);

-- The experts enrolled: the slots they attend (indexes into events.slots, JSON) and their cap.
create table event_experts (
  event_id uuid not null references events(id) on delete cascade,
  expert_id uuid not null references experts(id),
  slots jsonb not null,
  cap integer not null default 3 check (cap between 1 and 50),
  primary key (event_id, expert_id)
);

-- Park staff's adjustments: a pair that must meet (pin) or must not (forbid).
create table event_pairs (
  event_id uuid not null references events(id) on delete cascade,
  need_id uuid not null references needs(id),
  expert_id uuid not null references experts(id),
  rule text not null check (rule in ('pin', 'forbid')),
  primary key (event_id, need_id, expert_id)
);

-- The last solve's meetings; publishing links each to the invitation it made (or says why not).
create table event_meetings (
  event_id uuid not null references events(id) on delete cascade,
  need_id uuid not null references needs(id),
  expert_id uuid not null references experts(id),
  slot integer,
  table_no integer,
  score double precision not null,
  confidence double precision not null,
  pinned boolean not null default false,
  match_id uuid references matches(id),
  publish_error text,
  primary key (event_id, need_id, expert_id)
);
create index event_meetings_match_idx on event_meetings (match_id) where match_id is not null;
