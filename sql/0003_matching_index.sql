-- What the retrievers search: one document per candidate (expert, society, workstation) and per
-- need, kept in step with the source rows through the outbox; embeddings per model.

create type document_kind as enum ('expert', 'society', 'workstation', 'need');

create table match_documents (
  kind document_kind not null,
  id uuid not null,
  -- Filters the retrievers apply: the park (needs, workstations), region and availability (experts).
  park_id uuid,
  region_code text,
  available boolean not null default true,
  title text not null default '',
  body text not null,
  -- Segmented words plus Han bigrams (src/domain/text-analysis.ts), as lexemes of the 'simple' config.
  terms tsvector not null,
  -- sha-256 of title and body: an unchanged text is never embedded again.
  content_hash text not null,
  updated_at timestamptz not null default now(),
  primary key (kind, id)
);
create index match_documents_terms_idx on match_documents using gin (terms);

create table match_embeddings (
  kind document_kind not null,
  id uuid not null,
  model text not null,
  dimensions integer not null check (dimensions between 8 and 4000),
  content_hash text not null,
  embedding vector not null,
  embedded_at timestamptz not null default now(),
  primary key (kind, id, model),
  foreign key (kind, id) references match_documents (kind, id) on delete cascade
);
-- HNSW (cosine) per candidate kind for the default 512 dimensions; other dimensions get the same
-- partial indexes from `ensureVectorIndexes` at start.
create index match_embeddings_expert_512_idx on match_embeddings
  using hnsw ((embedding::vector(512)) vector_cosine_ops) where kind = 'expert' and dimensions = 512;
create index match_embeddings_society_512_idx on match_embeddings
  using hnsw ((embedding::vector(512)) vector_cosine_ops) where kind = 'society' and dimensions = 512;
create index match_embeddings_workstation_512_idx on match_embeddings
  using hnsw ((embedding::vector(512)) vector_cosine_ops) where kind = 'workstation' and dimensions = 512;

-- Work that must follow a committed write (re-index, re-embed), recorded in the write's own
-- transaction and drained by the server or the Worker's cron, with retries and backoff.
create table outbox (
  id bigint generated always as identity primary key,
  topic text not null,
  kind document_kind not null,
  entity_id uuid not null,
  attempts integer not null default 0,
  last_error text,
  available_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  done_at timestamptz
);
create index outbox_pending_idx on outbox (available_at, id) where done_at is null;
