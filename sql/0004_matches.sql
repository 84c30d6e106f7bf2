-- 产需对接: invitations of a candidate to a need, answered by an expert.

create type match_status as enum ('proposed', 'accepted', 'declined', 'expired', 'withdrawn');
create type candidate_kind as enum ('expert', 'society', 'workstation');

-- How many partners a need takes; accepts beyond that are refused (an exclusive need takes one).
alter table needs add column partner_slots smallint not null default 1 check (partner_slots between 1 and 10);

create table matches (
  id uuid primary key default gen_random_uuid(),
  need_id uuid not null references needs(id),
  -- The need's park, so park staff scoping needs no join.
  park_id uuid not null references parks(id),
  candidate_kind candidate_kind not null,
  candidate_id uuid not null,
  -- Who answers: the expert; a society's contact expert; a workstation's lead expert.
  responder_expert_id uuid not null references experts(id),
  status match_status not null default 'proposed',
  message text not null default '',
  decline_reason text,
  -- Propose the next-best candidate when this one is declined or expires.
  auto_next boolean not null default false,
  proposed_by_key_id uuid references api_keys(id),
  expires_at timestamptz not null,
  responded_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One live invitation per need and candidate.
create unique index matches_live_idx on matches (need_id, candidate_kind, candidate_id) where status in ('proposed', 'accepted');
create index matches_need_idx on matches (need_id, created_at, id);
create index matches_responder_idx on matches (responder_expert_id, status);
create index matches_expiry_idx on matches (expires_at) where status = 'proposed';
