-- Every transaction that writes the change log also notifies `storedesk_changes` at commit, so
-- each API process can drop cached pages at once (several processes can serve one database).
-- PostgreSQL folds identical notifications of one transaction into one.
create or replace function log_change(p_entity text, p_id uuid, p_op text, p_store uuid, p_issue uuid, p_audience uuid)
returns void language sql as $$
    insert into changes (entity, entity_id, op, store_id, issue_id, audience)
    values (p_entity, p_id, p_op, p_store, p_issue, p_audience);
    select pg_notify('storedesk_changes', '');
$$;
