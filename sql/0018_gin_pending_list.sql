-- The full-text GIN index keeps new entries in an unsorted pending list (up to 4 MB by default)
-- until a vacuum or an insert past the limit merges them, and every search reads that whole list.
-- Under a steady trickle of writes (needs posted, candidates edited) the list held every document
-- of the load's corpus: a candidates search took 24 ms in the index instead of 0.8 ms after a
-- vacuum. A 64 kB list is merged every few dozen documents, so a search reads at most 8 pages of
-- it, while a bulk import still merges in batches rather than entry by entry (fastupdate off).
alter index match_documents_terms_idx set (gin_pending_list_limit = 64);
select gin_clean_pending_list('match_documents_terms_idx'::regclass);
