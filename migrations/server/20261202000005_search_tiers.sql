-- Ranked search reads only what a page needs (crates/server/src/store/issues.rs, `TIERS`): the
-- title and the description get a stored tsvector and a full-text index each, so PostgreSQL
-- knows how many issues a word matches in each, a tier can walk the newest issues checking a
-- stored vector (no re-parsing, no recheck from the text), and a rare word reads its few
-- matches from its index. They replace the combined `search` column; `ts_rank` combines them.
alter table issues
    add column title_search tsvector generated always as (to_tsvector('english', title)) stored,
    add column description_search tsvector
        generated always as (to_tsvector('english', description)) stored,
    drop column search;
create index issues_title_search_idx on issues using gin (title_search) with (fastupdate = off);
create index issues_description_search_idx on issues using gin (description_search)
    with (fastupdate = off);
