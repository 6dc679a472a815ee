//! Settings, "Vendor mail" (local mode, administrators): the vendor's support address and our
//! mail account. Saved, the desktop mails each new issue to the vendor and reads the replies
//! itself. The password goes to the OS keychain and is never shown again.

use crate::backend;
use crate::components::pill::FieldMessage;
use crate::form_errors::{field_class, FormErrors};
use crate::form_input::edit;
use storedesk_domain::mail_account::{MailAccount, MailAccountForm, MailHost, MailSecurity};
use storedesk_domain::Secret;
use yew::prelude::*;

/// What is typed, as typed (ports and domains are text until saved).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    pub vendor_name: String,
    pub vendor_address: String,
    pub vendor_domains: String,
    pub our_address: String,
    pub user: String,
    pub password: String,
    pub smtp: ServerDraft,
    pub imap: ServerDraft,
    pub ca_file: String,
}

/// One server's row as typed: host, port (text until saved), TLS mode.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerDraft {
    pub host: String,
    pub port: String,
    pub security: Option<MailSecurity>,
}

impl ServerDraft {
    fn new(port: u16, security: MailSecurity) -> ServerDraft {
        ServerDraft {
            host: String::new(),
            port: port.to_string(),
            security: Some(security),
        }
    }

    fn of(h: &MailHost) -> ServerDraft {
        ServerDraft {
            host: h.host.clone(),
            port: h.port.to_string(),
            security: Some(h.security),
        }
    }

    /// A port that is no number reads as 0, which the engine refuses with its sentence.
    fn host(&self) -> MailHost {
        MailHost {
            host: self.host.trim().to_owned(),
            port: self.port.trim().parse().unwrap_or(0),
            security: self.security.unwrap_or(MailSecurity::Tls),
        }
    }
}

impl Draft {
    pub fn new(saved: Option<&MailAccount>) -> Draft {
        let Some(a) = saved else {
            return Draft {
                vendor_name: "RSNL".into(),
                smtp: ServerDraft::new(587, MailSecurity::StartTls),
                imap: ServerDraft::new(993, MailSecurity::Tls),
                ..Draft::default()
            };
        };
        Draft {
            vendor_name: a.vendor_name.clone(),
            vendor_address: a.vendor_address.clone(),
            vendor_domains: a.vendor_domains.join(", "),
            our_address: a.our_address.clone(),
            user: a.user.clone(),
            password: String::new(),
            smtp: ServerDraft::of(&a.smtp),
            imap: ServerDraft::of(&a.imap),
            ca_file: a.ca_file.clone().unwrap_or_default(),
        }
    }

    /// The form the engine checks.
    pub fn form(&self) -> MailAccountForm {
        MailAccountForm {
            account: MailAccount {
                vendor_name: self.vendor_name.trim().to_owned(),
                vendor_address: self.vendor_address.trim().to_owned(),
                vendor_domains: self
                    .vendor_domains
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .map(str::to_owned)
                    .collect(),
                our_address: self.our_address.trim().to_owned(),
                smtp: self.smtp.host(),
                imap: self.imap.host(),
                user: self.user.trim().to_owned(),
                ca_file: Some(self.ca_file.trim().to_owned()).filter(|c| !c.is_empty()),
            },
            password: Some(Secret::new(self.password.clone())).filter(|p| !p.expose().is_empty()),
        }
    }
}

/// Each error under its own field: "smtp.host" and "imap.host" are two fields here.
fn errors_of(e: &storedesk_domain::view::CommandError) -> FormErrors {
    FormErrors {
        fields: e
            .fields
            .iter()
            .map(|f| (f.field.clone(), f.sentence()))
            .collect(),
        // The fields may be scrolled away above the button: say so where the person looks.
        general: Some(if e.fields.is_empty() {
            e.message.clone()
        } else {
            "Some fields above need attention.".to_owned()
        }),
    }
}

const SECURITIES: [(MailSecurity, &str, &str); 3] = [
    (MailSecurity::Tls, "tls", "TLS"),
    (MailSecurity::StartTls, "starttls", "STARTTLS"),
    (MailSecurity::Plain, "plain", "None (this computer only)"),
];

#[derive(Properties, PartialEq)]
pub struct MailAccountSectionProps {
    /// Administrators may change it; others read where the mail goes.
    pub can_edit: bool,
}

#[function_component(MailAccountSection)]
pub fn mail_account_section(p: &MailAccountSectionProps) -> Html {
    let view = use_state(|| None::<storedesk_domain::mail_account::MailAccountView>);
    let draft = use_state(Draft::default);
    let errors = use_state(FormErrors::default);
    let done = use_state(|| None::<String>);
    let busy = use_state(|| false);
    {
        let (view, draft, errors) = (view.clone(), draft.clone(), errors.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match backend::mail_account().await {
                    Ok(v) => {
                        draft.set(Draft::new(v.account.as_ref()));
                        view.set(Some(v));
                    }
                    Err(e) => errors.set(errors_of(&e)),
                }
            });
        });
    }
    let Some(v) = (*view).clone() else {
        return html! {};
    };
    if !v.available {
        return html! {
            <section class="space-y-1">
                <h2 class="font-semibold">{"Vendor mail"}</h2>
                <p>{"Your company's server mails new issues to the vendor and reads the replies."}</p>
            </section>
        };
    }
    if !p.can_edit {
        let line = match &v.account {
            Some(a) => format!(
                "New issues are mailed to {} at {}; replies are read from {}.",
                a.vendor_name, a.vendor_address, a.our_address
            ),
            None => "No mail account is set up yet: an administrator can set one up here.".into(),
        };
        return html! {
            <section class="space-y-1">
                <h2 class="font-semibold">{"Vendor mail"}</h2>
                <p id="mail-account-line">{line}</p>
            </section>
        };
    }
    let onsubmit = {
        let (draft, errors, done, busy, view) = (
            draft.clone(),
            errors.clone(),
            done.clone(),
            busy.clone(),
            view.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form = draft.form();
            let (draft, errors, done, busy, view) = (
                draft.clone(),
                errors.clone(),
                done.clone(),
                busy.clone(),
                view.clone(),
            );
            busy.set(true);
            done.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match backend::save_mail_account(&form).await {
                    Ok(saved) => {
                        errors.set(FormErrors::default());
                        draft.set(Draft::new(saved.account.as_ref()));
                        done.set(Some(format!(
                            "Saved. Issues logged from now on are mailed to {}, and its replies are read from {}.",
                            form.account.vendor_name, form.account.our_address
                        )));
                        view.set(Some(saved));
                    }
                    Err(e) => errors.set(errors_of(&e)),
                }
                busy.set(false);
            });
        })
    };
    let d = (*draft).clone();
    let err = |f: &str| errors.message(f);
    let invalid = |f: &str| field_class(errors.get(f).is_some());
    let server = |kind: &'static str,
                  label: &'static str,
                  get: fn(&Draft) -> &ServerDraft,
                  set: fn(&mut Draft) -> &mut ServerDraft| {
        let draft = draft.clone();
        let on_change = Callback::from(move |next: ServerDraft| {
            let mut d = (*draft).clone();
            *set(&mut d) = next;
            draft.set(d);
        });
        server_fields(kind, label, get(&d).clone(), on_change, &errors)
    };
    let password_hint = if v.password_saved {
        "Saved in this computer's keychain; leave empty to keep it."
    } else {
        "Kept in this computer's keychain, never in a file."
    };
    html! {
        <section class="space-y-2">
            <h2 class="font-semibold">{"Vendor mail"}</h2>
            <p class="text-[12px] text-zinc-500">
                {"StoreDesk mails each new issue to the vendor with its STORE number, reads the vendor's replies from your mailbox, and records the vendor's ticket."}
            </p>
            <form id="mail-account-form" class="space-y-3" onsubmit={onsubmit} novalidate=true>
                <div class="grid grid-cols-[8rem_1fr] gap-2">
                    <div>
                        <label class="label" for="mail-vendor-name">{"Vendor"}</label>
                        <input id="mail-vendor-name" class={invalid("vendor_name")} value={d.vendor_name.clone()}
                               oninput={edit(&draft, |d, v| d.vendor_name = v)} />
                    </div>
                    <div>
                        <label class="label" for="mail-vendor-address">{"Vendor's support address"}</label>
                        <input id="mail-vendor-address" class={invalid("vendor_address")} placeholder="support@rsnl.nl"
                               value={d.vendor_address.clone()} oninput={edit(&draft, |d, v| d.vendor_address = v)} />
                    </div>
                </div>
                <FieldMessage id="mail-vendor-name-msg" error={err("vendor_name")} hint="" />
                <FieldMessage id="mail-vendor-address-msg" error={err("vendor_address")} hint="" />
                <div>
                    <label class="label" for="mail-vendor-domains">{"Vendor's mail domains"}</label>
                    <input id="mail-vendor-domains" class={invalid("vendor_domains")} placeholder="rsnl.nl, rsnl.de"
                           value={d.vendor_domains.clone()} oninput={edit(&draft, |d, v| d.vendor_domains = v)} />
                    <FieldMessage id="mail-vendor-domains-msg" error={err("vendor_domains")} hint="Replies from these domains count as the vendor's. Empty: the support address's domain." />
                </div>
                <div class="grid grid-cols-2 gap-2">
                    <div>
                        <label class="label" for="mail-our-address">{"Our address"}</label>
                        <input id="mail-our-address" class={invalid("our_address")} placeholder="helpdesk@yourcompany.com"
                               value={d.our_address.clone()} oninput={edit(&draft, |d, v| d.our_address = v)} />
                    </div>
                    <div>
                        <label class="label" for="mail-user">{"Login"}</label>
                        <input id="mail-user" class={invalid("user")} placeholder="helpdesk@yourcompany.com"
                               value={d.user.clone()} oninput={edit(&draft, |d, v| d.user = v)} />
                    </div>
                </div>
                <FieldMessage id="mail-our-address-msg" error={err("our_address")} hint="" />
                <FieldMessage id="mail-user-msg" error={err("user")} hint="" />
                <div>
                    <label class="label" for="mail-password">{"Password"}</label>
                    <input id="mail-password" type="password" class={invalid("password")} autocomplete="new-password"
                           value={d.password.clone()} oninput={edit(&draft, |d, v| d.password = v)} />
                    <FieldMessage id="mail-password-msg" error={err("password")} hint={password_hint} />
                </div>
                { server("smtp", "Outgoing server (SMTP)", |d| &d.smtp, |d| &mut d.smtp) }
                { server("imap", "Incoming server (IMAP)", |d| &d.imap, |d| &mut d.imap) }
                <div>
                    <label class="label" for="mail-ca-file">{"Trust this certificate authority (optional)"}</label>
                    <input id="mail-ca-file" class={invalid("ca_file")} placeholder="/etc/ssl/company-ca.pem"
                           value={d.ca_file.clone()} oninput={edit(&draft, |d, v| d.ca_file = v)} />
                    <FieldMessage id="mail-ca-file-msg" error={err("ca_file")} hint="For a company mail server whose certificate no public authority signed (a PEM file)." />
                </div>
                if let Some(g) = errors.general.clone() {
                    <p role="alert" class="text-red-700 dark:text-red-300">{g}</p>
                }
                if let Some(m) = (*done).clone() {
                    <p role="status" id="mail-account-saved" class="text-green-700 dark:text-green-300">{m}</p>
                }
                <button id="save-mail-account" type="submit" class="btn-primary" disabled={*busy}>{"Save mail account"}</button>
            </form>
        </section>
    }
}

/// One server's row: host, port and TLS mode, each with its message under the row.
fn server_fields(
    kind: &'static str,
    label: &'static str,
    value: ServerDraft,
    on_change: Callback<ServerDraft>,
    errors: &FormErrors,
) -> Html {
    let field = |f: &str| format!("{kind}.{f}");
    let id = |f: &str| format!("mail-{kind}-{f}");
    let invalid = |f: &str| field_class(errors.get(&field(f)).is_some());
    let text = |set: fn(&mut ServerDraft, String)| {
        let (value, on_change) = (value.clone(), on_change.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let mut next = value.clone();
                set(&mut next, i.value());
                on_change.emit(next);
            }
        })
    };
    let on_security = {
        let (value, on_change) = (value.clone(), on_change.clone());
        Callback::from(move |e: Event| {
            let chosen = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let mut next = value.clone();
            next.security = SECURITIES
                .iter()
                .find(|(_, v, _)| *v == chosen)
                .map(|(s, _, _)| *s);
            on_change.emit(next);
        })
    };
    let placeholder = format!("{kind}.yourcompany.com");
    html! {
        <>
            <div class="grid grid-cols-[1fr_5rem_9rem] gap-2">
                <div>
                    <label class="label" for={id("host")}>{label}</label>
                    <input id={id("host")} class={invalid("host")} placeholder={placeholder}
                           value={value.host.clone()} oninput={text(|d, v| d.host = v)} />
                </div>
                <div>
                    <label class="label" for={id("port")}>{"Port"}</label>
                    <input id={id("port")} class={invalid("port")} inputmode="numeric"
                           value={value.port.clone()} oninput={text(|d, v| d.port = v)} />
                </div>
                <div>
                    <label class="label" for={id("security")}>{"Security"}</label>
                    <select id={id("security")} class={invalid("security")} onchange={on_security} aria-label="Security">
                        { for SECURITIES.iter().map(|(s, v, l)| html! {
                            <option value={*v} selected={value.security == Some(*s)}>{*l}</option>
                        }) }
                    </select>
                </div>
            </div>
            { for ["host", "port", "security"].into_iter().map(|f| html! {
                <FieldMessage id={format!("{}-msg", id(f))} error={errors.message(&field(f))} hint="" />
            }) }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_draft_offers_the_usual_ports_and_reads_back_as_typed() {
        let mut d = Draft::new(None);
        assert_eq!((d.smtp.port.as_str(), d.imap.port.as_str()), ("587", "993"));
        d.vendor_address = " support@rsnl.nl ".into();
        d.vendor_domains = "rsnl.nl, rsnl.de".into();
        d.smtp.port = "five".into();
        let f = d.form();
        assert_eq!(f.account.vendor_address, "support@rsnl.nl");
        assert_eq!(f.account.vendor_domains, ["rsnl.nl", "rsnl.de"]);
        assert_eq!(f.account.smtp.port, 0);
        assert_eq!(f.account.ca_file, None);
        assert!(
            f.password.is_none(),
            "an empty password keeps the saved one"
        );
        // A saved account comes back as it was, the password never.
        let back = Draft::new(Some(&f.account));
        assert_eq!(back.form().account, f.account);
        assert_eq!(back.password, "");
    }
}
