-- Full text is ranked by BM25 (src/db/match-documents.ts), which normalises a document's score by
-- its length against the mean length of the candidates' documents: taken with the term statistics.
alter table match_term_totals add column average_length double precision;
