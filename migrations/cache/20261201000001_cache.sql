-- The desktop's SQLite database. In local mode it is the whole system; in connected mode it is
-- the cache of what the user may see plus the outbox of what the server does not have yet.
-- Written from Rust only (crates/client); WAL mode is set when the pool opens.

create table stores (
    id          text primary key,
    code        text not null unique collate nocase,
    name        text not null,
    address     text not null default '',
    created_at  text not null,
    updated_at  text not null
);

create table users (
    id            text primary key,
    username      text not null unique collate nocase,
    email         text not null,
    display_name  text not null,
    role          text not null check (role in ('admin', 'store_manager', 'engineer')),
    active        integer not null default 1,
    created_at    text not null,
    updated_at    text not null
);

-- Local mode only: the argon2id hash of each local user's password. Connected mode never holds
-- passwords; its refresh token lives in the OS keychain.
create table local_credentials (
    user_id        text primary key references users (id) on delete cascade,
    password_hash  text not null
);

create table store_members (
    store_id  text not null references stores (id) on delete cascade,
    user_id   text not null references users (id) on delete cascade,
    kind      text not null check (kind in ('manager', 'engineer')),
    primary key (store_id, user_id, kind)
);
create index store_members_user on store_members (user_id);

-- `key` is the FTS5 content rowid (an explicit INTEGER PRIMARY KEY survives VACUUM).
create table issues (
    key            integer primary key,
    id             text not null unique,
    number         integer unique,
    store_id       text not null references stores (id),
    title          text not null,
    description    text not null default '',
    priority       text not null check (priority in ('low', 'medium', 'high', 'critical')),
    priority_rank  integer not null,
    status         text not null
                   check (status in ('open', 'in_progress', 'waiting_on_vendor', 'resolved', 'closed')),
    created_by     text references users (id),
    assigned_to    text references users (id),
    vendor_ticket  text,
    created_at     text not null,
    updated_at     text not null,
    sync           text not null default 'synced' check (sync in ('synced', 'pending', 'rejected')),
    reject_reason  text
);
create index issues_updated on issues (updated_at desc);
create index issues_store on issues (store_id, updated_at desc);
create index issues_assignee on issues (assigned_to, updated_at desc);
create index issues_status on issues (status, updated_at desc);

-- Search as you type: prefix queries over title and description, accents folded.
create virtual table issues_fts using fts5 (
    title, description,
    content = 'issues', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
create trigger issues_fts_insert after insert on issues begin
    insert into issues_fts (rowid, title, description) values (new.key, new.title, new.description);
end;
create trigger issues_fts_delete after delete on issues begin
    insert into issues_fts (issues_fts, rowid, title, description)
        values ('delete', old.key, old.title, old.description);
end;
create trigger issues_fts_update after update of title, description on issues begin
    insert into issues_fts (issues_fts, rowid, title, description)
        values ('delete', old.key, old.title, old.description);
    insert into issues_fts (rowid, title, description) values (new.key, new.title, new.description);
end;

create table comments (
    id          text primary key,
    issue_id    text not null references issues (id) on delete cascade,
    author_id   text not null references users (id),
    body        text not null,
    created_at  text not null,
    updated_at  text not null
);
create index comments_issue on comments (issue_id, created_at);

create table history (
    id         integer primary key,
    issue_id   text not null references issues (id) on delete cascade,
    at         text not null,
    actor_id   text references users (id),
    field      text not null,
    old_value  text,
    new_value  text,
    note       text
);
create index history_issue on history (issue_id, at);

-- Small facts about this installation: its mode, the server URL (connected mode).
create table settings (
    name   text primary key,
    value  text not null
);
