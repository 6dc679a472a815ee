-- Recent notifications, the in-app list that backs up the OS's (which may show none, or be
-- dismissed unread). Pruned to the newest 200 when a batch is added.
create table notices (
    seq        integer primary key,
    kind       text not null check (kind in ('assigned', 'status', 'vendor', 'message')),
    issue_id   text,
    title      text not null,
    body       text not null,
    at         text not null,
    read       integer not null default 0
);
