-- What follows an accepted match: consultations (技术咨询), technology contracts (技术合同) with
-- their outcomes, park review of those outcomes with corrections as revisions, and the history of
-- experts' availability that the 科技工作者状况 report counts as outflow.

create type consultation_mode as enum ('on_site', 'online', 'phone');
create type consultation_status as enum ('scheduled', 'completed', 'cancelled');

create table consultations (
  id uuid primary key default gen_random_uuid(),
  match_id uuid not null references matches(id),
  -- Copied from the match and its need (neither changes), so read scopes need no join.
  need_id uuid not null references needs(id),
  park_id uuid not null references parks(id),
  enterprise_id uuid not null references enterprises(id),
  -- The match's answering expert: the one who holds the consultation and completes it.
  expert_id uuid not null references experts(id),
  mode consultation_mode not null,
  status consultation_status not null default 'scheduled',
  scheduled_at timestamptz not null,
  held_at timestamptz,
  hours numeric(6, 2) check (hours > 0),
  summary text not null default '',
  expert_notes text not null default '',
  rating smallint check (rating between 1 and 5),
  rating_comment text not null default '',
  rated_at timestamptz,
  cancel_reason text,
  cancelled_by_role api_role,
  completed_at timestamptz,
  cancelled_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'completed') = (held_at is not null and hours is not null and completed_at is not null)),
  check (rating is null or status = 'completed')
);
create index consultations_match_idx on consultations (match_id, created_at, id);
create index consultations_need_idx on consultations (need_id, created_at, id);
create index consultations_park_idx on consultations (park_id, created_at, id);
create index consultations_expert_idx on consultations (expert_id, created_at, id);

create type contract_kind as enum ('development', 'assignment', 'licence', 'consulting', 'service');
create type contract_status as enum ('draft', 'signed', 'in_progress', 'completed', 'terminated');
create type contract_review_status as enum ('pending', 'verified', 'rejected');

create table contracts (
  id uuid primary key default gen_random_uuid(),
  need_id uuid not null references needs(id),
  match_id uuid references matches(id),
  park_id uuid not null references parks(id),
  enterprise_id uuid not null references enterprises(id),
  counterpart_kind candidate_kind not null,
  counterpart_id uuid not null,
  -- Who answers for the counterpart (the expert, a society's contact, a workstation's lead): the
  -- expert party that may read and move the contract.
  counterpart_expert_id uuid not null references experts(id),
  consultation_ids uuid[] not null default '{}',
  kind contract_kind not null,
  title text not null check (length(title) between 1 and 200),
  -- Integer fen; 2^53 fen (≈ 90 trillion yuan) bounds it, so the API carries plain JSON numbers.
  value_fen bigint not null check (value_fen between 0 and 9007199254740991),
  signed_on date,
  -- 技术合同登记号, once the contract is registered.
  registration_number text check (length(registration_number) between 1 and 40),
  status contract_status not null default 'draft',
  signed_at timestamptz,
  started_at timestamptz,
  completed_at timestamptz,
  terminated_at timestamptz,
  termination_reason text,
  -- Outcomes, recorded on completion and corrected by revisions.
  new_products integer check (new_products >= 0),
  added_revenue_fen bigint check (added_revenue_fen between 0 and 9007199254740991),
  patents_filed integer check (patents_filed >= 0),
  patents_granted integer check (patents_granted >= 0),
  jobs_created integer check (jobs_created >= 0),
  evidence text[] not null default '{}' check (cardinality(evidence) <= 20),
  -- Park review of a completed contract: null before completion.
  review_status contract_review_status,
  reviewed_at timestamptz,
  -- The revision under review: 1 at completion, +1 for each correction.
  revision integer not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'completed') = (review_status is not null)),
  check (status = 'draft' or status = 'terminated' or signed_on is not null)
);
create index contracts_need_idx on contracts (need_id, created_at, id);
create index contracts_park_idx on contracts (park_id, created_at, id);
create index contracts_enterprise_idx on contracts (enterprise_id, created_at, id);
create index contracts_counterpart_expert_idx on contracts (counterpart_expert_id, created_at, id);
create index contracts_counterpart_idx on contracts (counterpart_kind, counterpart_id);

-- Every state of a completed contract that went to review: what changed, why, and who changed it.
create table contract_revisions (
  contract_id uuid not null references contracts(id),
  number integer not null check (number >= 1),
  reason text not null default '',
  -- { field: { from, to } } for each changed field (at number 1: the outcomes recorded).
  changes jsonb not null,
  created_by_key_id uuid references api_keys(id),
  created_by_role api_role,
  created_at timestamptz not null default now(),
  primary key (contract_id, number)
);

create table contract_reviews (
  id bigint generated always as identity primary key,
  contract_id uuid not null references contracts(id),
  revision integer not null,
  decision contract_review_status not null check (decision <> 'pending'),
  comment text not null default '',
  reviewer_key_id uuid references api_keys(id),
  reviewer_role api_role,
  created_at timestamptz not null default now(),
  foreign key (contract_id, revision) references contract_revisions (contract_id, number)
);
create index contract_reviews_contract_idx on contract_reviews (contract_id, id);

-- 科技工作者状况: outflow is an expert becoming unavailable. The experts table only holds the
-- current availability, so every change is kept here by a trigger, whoever makes it.
create table expert_availability_changes (
  id bigint generated always as identity primary key,
  expert_id uuid not null references experts(id) on delete cascade,
  from_availability expert_availability not null,
  to_availability expert_availability not null,
  changed_at timestamptz not null default now()
);
create index expert_availability_changes_at_idx on expert_availability_changes (changed_at);

create function record_expert_availability_change() returns trigger language plpgsql as $$
begin
  insert into expert_availability_changes (expert_id, from_availability, to_availability)
  values (new.id, old.availability, new.availability);
  return new;
end
$$;

create trigger experts_availability_changed
  after update of availability on experts
  for each row when (old.availability is distinct from new.availability)
  execute function record_expert_availability_change();
