-- Refresh rotation with a grace window: each token remembers the one it replaced, so a client
-- whose refresh reply was lost can present the old token again within the window and get a
-- fresh successor (the lost one is revoked) instead of revoking the whole session.
alter table refresh_tokens add column parent_id uuid references refresh_tokens (id);
create index refresh_tokens_parent_idx on refresh_tokens (parent_id) where parent_id is not null;
