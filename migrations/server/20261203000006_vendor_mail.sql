-- The vendor loop's state on the server: the outbox of issue mail, the log of every message in
-- and out (the raw message kept for the issue's vendor panel), the watcher's checkpoint per
-- mailbox, and whether mail is configured at all.

-- Present (one row) while the server runs with a mail account: issues logged meanwhile are
-- queued for the vendor. A database loaded with demo data before mail was configured does not
-- mail its history to the vendor on the first start.
create table mail_enabled (
    id    boolean primary key default true check (id),
    since timestamptz not null default now()
);

create table mail_outbox (
    id              uuid primary key default gen_random_uuid(),
    issue_id        uuid not null references issues (id) on delete cascade,
    state           text not null default 'queued'
                    check (state in ('queued', 'sending', 'sent', 'failed')),
    message_id      text,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    unique (issue_id)
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where state = 'queued';

-- One statement-level trigger covers every way an issue is created (REST, the batched intake,
-- sync pushes) at the cost of one insert per statement.
create function queue_issue_mail() returns trigger language plpgsql as $$
begin
    if exists (select 1 from mail_enabled) then
        insert into mail_outbox (issue_id) select id from created on conflict do nothing;
    end if;
    return null;
end $$;
create trigger issues_queue_mail after insert on issues
    referencing new table as created for each statement execute function queue_issue_mail();

create table mail_log (
    id                 uuid primary key default gen_random_uuid(),
    direction          text not null check (direction in ('in', 'out')),
    -- The Message-ID, or "sha256:<hex>" of the raw bytes for a message without one.
    message_id         text not null check (char_length(message_id) between 1 and 998),
    issue_id           uuid references issues (id) on delete set null,
    at                 timestamptz not null default now(),
    event              text,
    rule               text,
    vendor_ticket_id   text,
    confidence         real,
    needs_confirmation boolean not null default false,
    raw                bytea not null,
    unique (direction, message_id)
);
create index mail_log_issue_idx on mail_log (issue_id, at);

create table mail_checkpoints (
    mailbox      text primary key,
    uid_validity bigint not null,
    last_uid     bigint not null,
    updated_at   timestamptz not null default now()
);
