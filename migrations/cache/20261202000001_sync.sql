-- Connected mode: people known from the server's directory, the outbox, and records this build
-- keeps but does not show yet.

-- The server's directory gives every user's id, username and display name, but not their email
-- or role (only the signed-in user's own). `users` is rebuilt with both optional; local accounts
-- keep theirs. Foreign keys are checked at commit, after the rename.
pragma defer_foreign_keys = on;
create table users_new (
    id            text primary key,
    username      text not null unique collate nocase,
    email         text,
    display_name  text not null,
    role          text check (role in ('admin', 'store_manager', 'engineer')),
    active        integer not null default 1,
    created_at    text not null,
    updated_at    text not null
);
insert into users_new select id, username, email, display_name, role, active, created_at, updated_at
    from users;
drop table users;
alter table users_new rename to users;

-- Mutations the server has not confirmed yet, in the order they were made. The key is sent with
-- every retry, so a push whose reply was lost is answered "duplicate", never applied twice.
create table outbox (
    seq              integer primary key,
    idempotency_key  text not null unique,
    entity           text not null,
    entity_id        text not null,
    mutation         text not null,
    queued_at        text not null,
    attempts         integer not null default 0,
    last_error       text
);
create index outbox_entity on outbox (entity_id);

-- What the server refused, with its reason, for the user to see (the rows were rolled back).
create table rejections (
    idempotency_key  text primary key,
    entity           text not null,
    entity_id        text not null,
    summary          text not null,
    reason           text not null,
    at               text not null
);

-- The vendor's ticket for an issue (filled by the vendor mail loop, on the server or locally).
create table resolutions (
    id                  text primary key,
    issue_id            text not null references issues (id) on delete cascade,
    vendor              text not null,
    vendor_ticket_id    text not null,
    acknowledged_at     text,
    resolution_date     text,
    last_vendor_status  text,
    created_at          text not null,
    updated_at          text not null
);
create index resolutions_issue on resolutions (issue_id);

-- Records the feed sent that this build keeps as sent: kinds it does not show yet
-- (assignments) and, from a newer server, changes it cannot read.
create table held_records (
    entity  text not null,
    id      text not null,
    record  text not null,
    primary key (entity, id)
);
