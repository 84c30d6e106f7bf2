-- Postings for full-text ranking: one row per (lexeme, document) with what BM25 reads of it.
--
-- Ranking used to cut each matched document's query terms out of its tsvector (detoast it, copy it
-- twice with setweight and ts_filter, unnest it): about 13 µs a document, most of a candidates
-- search at 100k experts (issue 17). Read from here, a search is an index-only scan of its terms'
-- postings (a few thousand rows at most: the term budget): at 100k experts the full-text retriever
-- took 4.9 ms at the median and 9.3 at p95, against 12.9 and 24.1 from the tsvectors. The cost is space (about 130 rows a document) and a write per lexeme when a
-- document's terms change; triggers keep the rows in step with match_documents in the writing
-- statement's own transaction, whatever path writes it.

-- The backfill below writes about 130 rows a document (a minute at 100k experts): past the
-- per-statement deadline the migration otherwise runs under.
set local statement_timeout = 0;
-- No document may change between the backfill's snapshot and the triggers: writes wait (reads go on).
lock table match_documents in share row exclusive mode;

create table match_postings (
  lexeme text not null,
  kind document_kind not null,
  id uuid not null,
  -- Positions of the lexeme in the document, and how many of those are in the title (BM25 counts
  -- a title occurrence BM25.titleWeight times; the weight stays in the query, not in the rows).
  occurrences smallint not null,
  title_occurrences smallint not null,
  -- The document's number of distinct lexemes: its length for BM25's normalisation.
  document_length integer not null
);

-- A document's postings ($1 kind, $2 id, $3 terms, $4 title_end). tsvector positions are sorted,
-- so width_bucket counts those up to the title's end.
create function match_postings_of(document_kind, uuid, tsvector, smallint)
returns table (lexeme text, kind document_kind, id uuid, occurrences smallint, title_occurrences smallint, document_length integer)
language sql immutable as $$
  select u.lexeme, $1, $2, cardinality(u.positions)::smallint, width_bucket($4, u.positions)::smallint, length($3)
  from unnest($3) u
$$;

-- Filled before its key exists: one sorted index build instead of 13M insertions into it (2.6
-- minutes against under one at 100k experts). A search reads the key alone (index-only scan).
insert into match_postings select p.* from match_documents d, match_postings_of(d.kind, d.id, d.terms, d.title_end) p;
alter table match_postings add primary key (lexeme, kind, id) include (occurrences, title_occurrences, document_length);

-- Statement-level triggers with transition tables: a batch of 2,000 documents is one insert of
-- their postings, not 2,000 (PostgreSQL allows one event per trigger with transition tables).
-- Rows go in in key order: a batch then walks the key's pages once instead of at random (2,000
-- documents into the 100k postings: 3.9-4.5 s sorted against 6.0-8.8 s unsorted, measured).
create function match_postings_insert() returns trigger language plpgsql as $$
begin
  insert into match_postings select p.* from new_documents d, match_postings_of(d.kind, d.id, d.terms, d.title_end) p order by 1, 2, 3;
  return null;
end $$;

create function match_postings_update() returns trigger language plpgsql as $$
begin
  -- Only documents whose terms or title changed: an upsert also rewrites rows for their filters.
  delete from match_postings p
  using new_documents n join old_documents o on o.kind = n.kind and o.id = n.id,
    unnest(tsvector_to_array(o.terms)) l(lexeme)
  where (o.terms, o.title_end) is distinct from (n.terms, n.title_end)
    and p.lexeme = l.lexeme and p.kind = o.kind and p.id = o.id;
  insert into match_postings
  select p.* from new_documents n join old_documents o on o.kind = n.kind and o.id = n.id,
    match_postings_of(n.kind, n.id, n.terms, n.title_end) p
  where (o.terms, o.title_end) is distinct from (n.terms, n.title_end)
  order by 1, 2, 3;
  return null;
end $$;

create function match_postings_delete() returns trigger language plpgsql as $$
begin
  delete from match_postings p
  using old_documents o, unnest(tsvector_to_array(o.terms)) l(lexeme)
  where p.lexeme = l.lexeme and p.kind = o.kind and p.id = o.id;
  return null;
end $$;

create trigger match_postings_insert after insert on match_documents
  referencing new table as new_documents for each statement execute function match_postings_insert();
create trigger match_postings_update after update on match_documents
  referencing old table as old_documents new table as new_documents for each statement execute function match_postings_update();
create trigger match_postings_delete after delete on match_documents
  referencing old table as old_documents for each statement execute function match_postings_delete();


-- Searches and the new-term probe read the postings now; the GIN index only cost every write.
drop index match_documents_terms_idx;
