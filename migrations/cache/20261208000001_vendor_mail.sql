-- Local mode's vendor loop (on this computer, the desktop sends issue mail and watches the
-- replies itself): the same shape as the server's migration 6. Connected, these stay empty:
-- the server runs the loop.

-- Present (one row) once a mail account is saved in local mode: issues logged from then on are
-- queued for the vendor; the demo's and older issues are not mailed on the first save.
create table mail_enabled (
    id     integer primary key check (id = 1),
    since  text not null
);

create table mail_outbox (
    id               text primary key,
    issue_id         text not null unique references issues (id) on delete cascade,
    state            text not null default 'queued'
                     check (state in ('queued', 'sending', 'sent', 'failed')),
    message_id       text,
    attempts         integer not null default 0,
    -- Unix milliseconds: compared as numbers, whatever text format a timestamp was bound in.
    next_attempt_at  integer not null default 0,
    last_error       text,
    created_at       text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    sent_at          text
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where state = 'queued';

-- Every way an issue is created locally inserts a numbered row; feed rows (connected) never
-- meet an enabled mail loop.
create trigger issues_queue_mail after insert on issues
when new.number is not null and exists (select 1 from mail_enabled)
begin
    insert into mail_outbox (id, issue_id) values (lower(hex(randomblob(16))), new.id)
    on conflict (issue_id) do nothing;
end;

create table mail_log (
    id                  integer primary key,
    direction           text not null check (direction in ('in', 'out')),
    message_id          text not null,
    issue_id            text references issues (id) on delete set null,
    at                  text not null,
    event               text,
    rule                text,
    vendor_ticket_id    text,
    confidence          real,
    needs_confirmation  integer not null default 0,
    raw                 blob not null,
    unique (direction, message_id)
);
create index mail_log_issue on mail_log (issue_id, at);

create table mail_checkpoints (
    mailbox       text primary key,
    uid_validity  integer not null,
    last_uid      integer not null
);
