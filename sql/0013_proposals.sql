-- Proposals (揭榜): a need open for proposals takes answers from experts, societies and
-- workstations until its closing time; the need's side accepts one into an accepted match under
-- the same rules as an invitation.
alter table needs add column proposals_close_at timestamptz;

create type proposal_status as enum ('submitted', 'shortlisted', 'accepted', 'declined', 'withdrawn');

create table proposals (
  id uuid primary key default gen_random_uuid(),
  need_id uuid not null references needs(id),
  -- The need's park, so park staff scoping needs no join.
  park_id uuid not null references parks(id),
  candidate_kind candidate_kind not null,
  candidate_id uuid not null,
  -- Who submits and answers for it: the expert; a society's contact; a workstation's lead.
  proposer_expert_id uuid not null references experts(id),
  approach text not null check (length(approach) between 1 and 5000),
  -- The proposer's own experts who would work on it (its members; for an expert, colleagues).
  team_expert_ids uuid[] not null default '{}' check (cardinality(team_expert_ids) <= 20),
  duration_days integer not null check (duration_days between 1 and 1825),
  -- Integer fen, bounded like every amount so the API carries plain JSON numbers.
  price_min_fen bigint not null check (price_min_fen between 0 and 9007199254740991),
  price_max_fen bigint not null check (price_max_fen between 0 and 9007199254740991),
  attachments jsonb not null default '[]' check (jsonb_typeof(attachments) = 'array' and jsonb_array_length(attachments) <= 10),
  status proposal_status not null default 'submitted',
  decline_reason text,
  -- The accepted match this proposal became.
  match_id uuid references matches(id),
  submitted_by_key_id uuid references api_keys(id),
  decided_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (price_min_fen <= price_max_fen),
  check ((status = 'accepted') = (match_id is not null))
);
-- At most one proposal per need and candidate, unless it was withdrawn (then it may try again).
create unique index proposals_one_per_candidate_idx on proposals (need_id, candidate_kind, candidate_id) where status <> 'withdrawn';
create index proposals_need_idx on proposals (need_id, created_at, id);
create index proposals_proposer_idx on proposals (proposer_expert_id, created_at, id);
create index proposals_park_idx on proposals (park_id, created_at, id);

-- A match made by accepting a proposal names it: the funnel tells proposals from invitations.
alter table matches add column proposal_id uuid references proposals(id);
-- An unanswered invitation is reminded of once, about a day before it lapses.
alter table matches add column expiry_reminded_at timestamptz;
create index matches_expiry_reminder_idx on matches (expires_at) where status = 'proposed' and expiry_reminded_at is null;
