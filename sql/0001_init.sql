-- Vector similarity for matching lives in pgvector; everything else builds on it.
create extension if not exists vector;
