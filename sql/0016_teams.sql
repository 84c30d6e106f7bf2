-- Teams for many-sided needs: two to four candidates invited together, one invitation (match)
-- each. When the enterprise says so (counts_as_one), the need's partner slots count the team's
-- accepted invitations as one engagement (countAcceptedMatches).
create table teams (
  id uuid primary key default gen_random_uuid(),
  need_id uuid not null references needs(id),
  -- The need's park, so park staff scoping needs no join.
  park_id uuid not null references parks(id),
  counts_as_one boolean not null,
  created_by_key_id uuid references api_keys(id),
  created_at timestamptz not null default now()
);
create index teams_need_idx on teams (need_id, created_at, id);

-- Each member and the invitation the team made it.
create table team_members (
  team_id uuid not null references teams(id),
  position integer not null check (position between 1 and 4),
  candidate_kind candidate_kind not null,
  candidate_id uuid not null,
  match_id uuid not null references matches(id),
  primary key (team_id, position),
  unique (team_id, candidate_kind, candidate_id)
);

alter table matches add column team_id uuid references teams(id);
create index matches_team_idx on matches (team_id) where team_id is not null;
