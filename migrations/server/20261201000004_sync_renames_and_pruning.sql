-- 1. Renaming a user or a store reaches every record that embeds the name: issues embed their
--    store (code, name), reporter and assignee; comments their author; stores their manager and
--    engineers; messages their store, engineer and sender. The rename logs an upsert of each, so
--    every cache that holds one of them gets it again with the new name (rare, and bounded by
--    what the renamed user or store appears in).
create index comments_author_idx on comments (author_id);
create index assignments_created_by_idx on assignments (created_by);

create or replace function users_changed() returns trigger language plpgsql as $$
begin
    perform log_change('user', new.id, 'upsert', null, null, null);
    -- Becoming or ceasing to be an admin changes what the user may see everywhere.
    if tg_op = 'UPDATE' and (old.role = 'admin') <> (new.role = 'admin') then
        perform log_change('store', s.id, case when new.role = 'admin' then 'grant' else 'revoke' end,
                           null, null, new.id)
        from stores s;
    end if;
    if tg_op = 'UPDATE' and (old.username, old.display_name) is distinct from (new.username, new.display_name) then
        perform log_change('issue', i.id, 'upsert', i.store_id, i.id, null)
        from issues i where i.created_by = new.id or i.assigned_to = new.id;
        perform log_change('comment', c.id, 'upsert', i.store_id, c.issue_id, null)
        from comments c join issues i on i.id = c.issue_id where c.author_id = new.id;
        perform log_change('store', s.id, 'upsert', s.id, null, null)
        from stores s where s.manager_id = new.id
            or exists (select 1 from store_engineers e where e.store_id = s.id and e.user_id = new.id);
        perform log_change('assignment', a.id, 'upsert', a.store_id, null, a.engineer_id)
        from assignments a where a.created_by = new.id or a.engineer_id = new.id;
    end if;
    return new;
end $$;

create or replace function stores_changed() returns trigger language plpgsql as $$
begin
    perform log_change('store', new.id, 'upsert', new.id, null, null);
    if tg_op = 'UPDATE' and old.manager_id is distinct from new.manager_id then
        if old.manager_id is not null and not reaches_store(old.manager_id, new.id) then
            perform log_change('store', new.id, 'revoke', null, null, old.manager_id);
        end if;
        if new.manager_id is not null then
            perform log_change('store', new.id, 'grant', null, null, new.manager_id);
        end if;
    end if;
    if tg_op = 'UPDATE' and (old.code, old.name) is distinct from (new.code, new.name) then
        perform log_change('issue', i.id, 'upsert', i.store_id, i.id, null)
        from issues i where i.store_id = new.id;
        perform log_change('assignment', a.id, 'upsert', a.store_id, null, a.engineer_id)
        from assignments a where a.store_id = new.id;
    end if;
    return new;
end $$;

-- 2. Pruning (store/prune.rs). Superseded rows are compacted away (only the newest state row of
--    each record and the newest access row of each record and user are needed to rebuild any
--    cache), and deletes and revokes older than the retention are dropped. A cursor from before
--    the newest dropped delete or revoke could miss one: the feed answers it 410
--    `resync_required`. `since=0` never needs a delete and stays complete.
create table sync_horizon (
    singleton boolean primary key default true check (singleton),
    xid       bigint not null,
    pruned_at timestamptz not null default now()
);
