-- The local semantic embedder (src/services/embeddings/lsa): an LSA model fitted on the
-- registry's own candidate documents. A model becomes active once every document has its vector
-- (the embedder serves the newest active model); older ones are dropped with their vectors.
create table lsa_models (
  id integer generated always as identity primary key,
  fitted_at timestamptz not null default now(),
  activated_at timestamptz,
  -- Candidate documents it was fitted on, and how many there were at the time (to tell when the
  -- registry has grown enough to fit again).
  documents integer not null check (documents > 0),
  registry_documents integer not null check (registry_documents > 0),
  dimensions integer not null check (dimensions between 8 and 4000),
  terms text[] not null,
  -- float4 little-endian: idf per term; the term × dimension projection, row-major.
  idf bytea not null,
  projection bytea not null
);
