-- Statistics the ranking reads: lexeme document counts for choosing query terms, and an index
-- for candidates' invitation records.

-- How many candidate documents hold each lexeme, so a long need can be searched by its most
-- telling terms within a bounded amount of work (src/services/search/postgres.ts). Rebuilt from
-- match_documents by `refreshTermStatistics`; between rebuilds the counts are an estimate.

create table match_term_statistics (
  lexeme text primary key,
  documents integer not null
);

-- One row: how many candidate documents the counts were taken over, and when.
create table match_term_totals (
  singleton boolean primary key default true check (singleton),
  documents integer not null,
  refreshed_at timestamptz not null
);

-- A candidate's invitation record (accepted, declined, lapsed), read for every candidate ranked.
create index matches_candidate_idx on matches (candidate_kind, candidate_id, created_at);
