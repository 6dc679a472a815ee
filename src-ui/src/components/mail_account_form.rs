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
    pub smtp_host: String,
    pub smtp_port: String,
    pub smtp_security: Option<MailSecurity>,
    pub imap_host: String,
    pub imap_port: String,
    pub imap_security: Option<MailSecurity>,
    pub ca_file: String,
}

impl Draft {
    pub fn new(saved: Option<&MailAccount>) -> Draft {
        let Some(a) = saved else {
            return Draft {
                vendor_name: "RSNL".into(),
                smtp_port: "587".into(),
                smtp_security: Some(MailSecurity::StartTls),
                imap_port: "993".into(),
                imap_security: Some(MailSecurity::Tls),
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
            smtp_host: a.smtp.host.clone(),
            smtp_port: a.smtp.port.to_string(),
            smtp_security: Some(a.smtp.security),
            imap_host: a.imap.host.clone(),
            imap_port: a.imap.port.to_string(),
            imap_security: Some(a.imap.security),
            ca_file: a.ca_file.clone().unwrap_or_default(),
        }
    }

    /// The form the engine checks (a port that is no number reads as 0, which it refuses with
    /// its sentence).
    pub fn form(&self) -> MailAccountForm {
        let host = |host: &str, port: &str, security: Option<MailSecurity>| MailHost {
            host: host.trim().to_owned(),
            port: port.trim().parse().unwrap_or(0),
            security: security.unwrap_or(MailSecurity::Tls),
        };
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
                smtp: host(&self.smtp_host, &self.smtp_port, self.smtp_security),
                imap: host(&self.imap_host, &self.imap_port, self.imap_security),
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
    let security = |id: &'static str,
                    field: &'static str,
                    current: Option<MailSecurity>,
                    set: fn(&mut Draft, Option<MailSecurity>)| {
        let draft = draft.clone();
        let onchange = Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let mut next = (*draft).clone();
            set(
                &mut next,
                SECURITIES
                    .iter()
                    .find(|(_, v, _)| *v == value)
                    .map(|(s, _, _)| *s),
            );
            draft.set(next);
        });
        html! {
            <select id={id} class={invalid(field)} onchange={onchange} aria-label="Security">
                { for SECURITIES.iter().map(|(s, value, label)| html! {
                    <option value={*value} selected={current == Some(*s)}>{*label}</option>
                }) }
            </select>
        }
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
                <div class="grid grid-cols-[1fr_5rem_9rem] gap-2">
                    <div>
                        <label class="label" for="mail-smtp-host">{"Outgoing server (SMTP)"}</label>
                        <input id="mail-smtp-host" class={invalid("smtp.host")} placeholder="smtp.yourcompany.com"
                               value={d.smtp_host.clone()} oninput={edit(&draft, |d, v| d.smtp_host = v)} />
                    </div>
                    <div>
                        <label class="label" for="mail-smtp-port">{"Port"}</label>
                        <input id="mail-smtp-port" class={invalid("smtp.port")} inputmode="numeric"
                               value={d.smtp_port.clone()} oninput={edit(&draft, |d, v| d.smtp_port = v)} />
                    </div>
                    <div>
                        <label class="label" for="mail-smtp-security">{"Security"}</label>
                        { security("mail-smtp-security", "smtp.security", d.smtp_security, |d, s| d.smtp_security = s) }
                    </div>
                </div>
                <FieldMessage id="mail-smtp-host-msg" error={err("smtp.host")} hint="" />
                <FieldMessage id="mail-smtp-port-msg" error={err("smtp.port")} hint="" />
                <FieldMessage id="mail-smtp-security-msg" error={err("smtp.security")} hint="" />
                <div class="grid grid-cols-[1fr_5rem_9rem] gap-2">
                    <div>
                        <label class="label" for="mail-imap-host">{"Incoming server (IMAP)"}</label>
                        <input id="mail-imap-host" class={invalid("imap.host")} placeholder="imap.yourcompany.com"
                               value={d.imap_host.clone()} oninput={edit(&draft, |d, v| d.imap_host = v)} />
                    </div>
                    <div>
                        <label class="label" for="mail-imap-port">{"Port"}</label>
                        <input id="mail-imap-port" class={invalid("imap.port")} inputmode="numeric"
                               value={d.imap_port.clone()} oninput={edit(&draft, |d, v| d.imap_port = v)} />
                    </div>
                    <div>
                        <label class="label" for="mail-imap-security">{"Security"}</label>
                        { security("mail-imap-security", "imap.security", d.imap_security, |d, s| d.imap_security = s) }
                    </div>
                </div>
                <FieldMessage id="mail-imap-host-msg" error={err("imap.host")} hint="" />
                <FieldMessage id="mail-imap-port-msg" error={err("imap.port")} hint="" />
                <FieldMessage id="mail-imap-security-msg" error={err("imap.security")} hint="" />
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_draft_offers_the_usual_ports_and_reads_back_as_typed() {
        let mut d = Draft::new(None);
        assert_eq!((d.smtp_port.as_str(), d.imap_port.as_str()), ("587", "993"));
        d.vendor_address = " support@rsnl.nl ".into();
        d.vendor_domains = "rsnl.nl, rsnl.de".into();
        d.smtp_port = "five".into();
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
