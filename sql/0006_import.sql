-- Bulk import matches a need to a stored one by its enterprise and title (the natural key of a
-- need in a park's spreadsheet). Titles are not unique, so this is a plain index: an import
-- refuses a title that names two needs of one enterprise.
create index needs_enterprise_title_idx on needs (enterprise_id, title);
