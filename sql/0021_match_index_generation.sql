-- The candidate index's generation: a counter bumped, in the writing transaction, by every change
-- to what a search for candidates reads (a candidate's terms, filters or vector, and the term
-- statistics' recount). Nothing else moves it: a need's own document and vector, and rewrites that
-- change none of those columns, leave it where it is. Between two bumps the same search gives the
-- same answer, so a server may keep a retrieval under the generation it read before searching
-- (modules/matching/retrieval-cache.ts) and answer from it while the generation stays.
--
-- One row, updated rather than a sequence: a sequence moves before its transaction commits, and a
-- search in between would keep the old answer under the new generation.
create table match_index_generation (
  singleton boolean primary key default true check (singleton),
  generation bigint not null default 0
);
insert into match_index_generation default values;

create function match_index_generation_bump() returns trigger language plpgsql as $$
declare
  changed boolean;
begin
  -- Branches, not one condition: a trigger has only its own event's transition tables, and an
  -- expression naming another's would not plan. One bump per statement whatever its size (an
  -- import's batch of 2,000 documents is one).
  if TG_TABLE_NAME = 'match_term_totals' then
    changed := true;
  elsif TG_OP = 'INSERT' then
    changed := exists (select 1 from new_rows where kind <> 'need');
  elsif TG_OP = 'DELETE' then
    changed := exists (select 1 from old_rows where kind <> 'need');
  elsif TG_TABLE_NAME = 'match_documents' then
    -- An upsert rewrites every row it is given; only what a search reads counts.
    changed := exists (
      select 1 from new_rows n join old_rows o on o.kind = n.kind and o.id = n.id
      where n.kind <> 'need'
        and (o.terms, o.title_end, o.available, o.park_id, o.region_code) is distinct from (n.terms, n.title_end, n.available, n.park_id, n.region_code));
  else
    changed := exists (
      select 1 from new_rows n join old_rows o on o.kind = n.kind and o.id = n.id and o.model = n.model
      where n.kind <> 'need' and (o.dimensions, o.embedding) is distinct from (n.dimensions, n.embedding));
  end if;
  if changed then
    update match_index_generation set generation = generation + 1;
  end if;
  return null;
end $$;

-- PostgreSQL allows one event per trigger with transition tables: three each.
create trigger match_index_generation_insert after insert on match_documents
  referencing new table as new_rows for each statement execute function match_index_generation_bump();
create trigger match_index_generation_update after update on match_documents
  referencing old table as old_rows new table as new_rows for each statement execute function match_index_generation_bump();
create trigger match_index_generation_delete after delete on match_documents
  referencing old table as old_rows for each statement execute function match_index_generation_bump();
create trigger match_index_generation_insert after insert on match_embeddings
  referencing new table as new_rows for each statement execute function match_index_generation_bump();
create trigger match_index_generation_update after update on match_embeddings
  referencing old table as old_rows new table as new_rows for each statement execute function match_index_generation_bump();
create trigger match_index_generation_delete after delete on match_embeddings
  referencing old table as old_rows for each statement execute function match_index_generation_bump();
-- The recount replaces the statistics and then the totals, in one transaction.
create trigger match_index_generation_recount after insert or update on match_term_totals
  for each statement execute function match_index_generation_bump();
