//! Is the sender the vendor? Exact domain or a subdomain of a vendor domain counts; anything
//! else does not, and near-misses are named as lookalikes so the reason says why.

/// How triage sees the sender of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SenderVerdict {
    /// The sender's domain is a vendor domain or a subdomain of one.
    Vendor,
    /// No vendor domain is configured, so every sender is accepted (reason says so).
    Unchecked,
    /// Mail from our own domain (a copy of what we sent, or a loop).
    Ourselves,
    /// No usable From address.
    Missing,
    /// The vendor's tenant on a hosted helpdesk (`rsnl.supportbee.com` for `rsnl.nl`): trusted,
    /// but worth a confirmation, since anyone can name a tenant.
    HostedHelpdesk { domain: String },
    /// Sent by a service for the vendor (`rsnl-france@synchroteam.com`) with its `Reply-To` at a
    /// vendor domain: a phisher wants the answers for himself. Trusted, with a confirmation.
    OnBehalf { domain: String, reply_to: String },
    /// A product's own domain with the vendor's name leading the display name, in a mail that
    /// names one of our issues (decided in `triage`, which knows the issues). Trusted, with a
    /// confirmation.
    NamedForVendor { domain: String },
    /// A domain resembling a vendor domain (typo, homoglyph, vendor name inside another domain).
    Lookalike { domain: String, resembles: String },
    /// Any other domain.
    Outsider { domain: String },
}

impl SenderVerdict {
    /// Whether mail from this sender may be acted on.
    pub fn is_trusted(&self) -> bool {
        matches!(
            self,
            SenderVerdict::Vendor
                | SenderVerdict::Unchecked
                | SenderVerdict::HostedHelpdesk { .. }
                | SenderVerdict::OnBehalf { .. }
                | SenderVerdict::NamedForVendor { .. }
        )
    }

    /// Trusted on weaker evidence than the vendor's own domain: ask before acting.
    pub fn is_indirect(&self) -> bool {
        matches!(
            self,
            SenderVerdict::HostedHelpdesk { .. }
                | SenderVerdict::OnBehalf { .. }
                | SenderVerdict::NamedForVendor { .. }
        )
    }
}

/// Lowercases a domain and drops a trailing dot, so `RSNL.nl.` and `rsnl.nl` compare equal.
pub fn normalise_domain(domain: &str) -> String {
    domain.trim().trim_end_matches('.').to_lowercase()
}

/// True when `domain` is `vendor` or ends with `.vendor` (a subdomain). Plain suffix matching
/// would accept `evilrsnl.nl` for `rsnl.nl`; the dot boundary prevents that.
pub fn is_same_or_subdomain(domain: &str, vendor: &str) -> bool {
    domain == vendor
        || (domain.len() > vendor.len()
            && domain.ends_with(vendor)
            && domain.as_bytes()[domain.len() - vendor.len() - 1] == b'.')
}

pub fn classify_sender(
    from: Option<&str>,
    reply_to: Option<&str>,
    vendor_domains: &[String],
    our_domain: &str,
) -> SenderVerdict {
    let Some(domain) = from
        .and_then(|a| a.rsplit_once('@'))
        .map(|(_, d)| normalise_domain(d))
        .filter(|d| !d.is_empty())
    else {
        return SenderVerdict::Missing;
    };
    let ours = normalise_domain(our_domain);
    if !ours.is_empty() && is_same_or_subdomain(&domain, &ours) {
        return SenderVerdict::Ourselves;
    }
    if vendor_domains.is_empty() {
        return SenderVerdict::Unchecked;
    }
    if vendor_domains
        .iter()
        .any(|v| is_same_or_subdomain(&domain, v))
    {
        return SenderVerdict::Vendor;
    }
    let local = from
        .and_then(|a| a.rsplit_once('@'))
        .map(|(l, _)| l.trim().to_lowercase())
        .unwrap_or_default();
    if vendor_domains.iter().any(|v| is_tenant(&domain, v)) {
        return SenderVerdict::HostedHelpdesk { domain };
    }
    if let Some(v) = vendor_domains.iter().find(|v| looks_like(&domain, v)) {
        return SenderVerdict::Lookalike {
            domain,
            resembles: v.clone(),
        };
    }
    let reply_domain = reply_to
        .and_then(|a| a.rsplit_once('@'))
        .map(|(_, d)| normalise_domain(d))
        .filter(|d| vendor_domains.iter().any(|v| is_same_or_subdomain(d, v)));
    match reply_domain {
        Some(reply_to) => SenderVerdict::OnBehalf { domain, reply_to },
        None if vendor_domains.iter().any(|v| is_tenant_mailbox(&local, v)) => {
            SenderVerdict::HostedHelpdesk { domain }
        }
        None => SenderVerdict::Outsider { domain },
    }
}

/// `rsnl.supportbee.com`, `rsnl.servicedesk.itarian.com`: the vendor's name as the first label
/// of a hosted product's domain, as hosted helpdesks name their tenants. Not when the vendor's
/// whole domain leads (`rsnl.nl.evil.net`, `rsnl.nl-servicedesk.com`): that is a disguise.
fn is_tenant(domain: &str, vendor: &str) -> bool {
    let mut v = vendor.split('.');
    let (Some(name), Some(next)) = (v.next(), v.next()) else {
        return false;
    };
    let mut d = domain.split('.');
    name.len() >= 3
        && d.next() == Some(name)
        && d.next().is_some_and(|l| !l.starts_with(next))
        && d.count() >= 1
}

/// `rsnl@helpdesk.proprofs.com`, `rsnl-support@bossdesk.io`: hosted helpdesks that name the
/// tenant by its mailbox rather than by a subdomain. The vendor's name must be the whole local
/// part or lead it before a separator, so `personnel@` or `rsnlx@` do not count.
fn is_tenant_mailbox(local: &str, vendor: &str) -> bool {
    let Some(name) = vendor.split('.').next().filter(|n| n.len() >= 3) else {
        return false;
    };
    local == name
        || local
            .strip_prefix(name)
            .is_some_and(|rest| rest.starts_with(['-', '_', '.', '+']))
}

/// "RSNL Field Maintenance", "RSNL Support Köln": the vendor's name (its domain's first label)
/// is the display name's first word.
pub fn named_for_vendor(display_name: &str, vendor_domains: &[String]) -> bool {
    let first = display_name
        .trim_start_matches(['"', '\'', ' '])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    vendor_domains.iter().any(|v| {
        v.split('.')
            .next()
            .is_some_and(|name| name.len() >= 3 && first.eq_ignore_ascii_case(name))
    })
}

/// Lookalike tests, cheapest first: the vendor's name label inside another domain
/// (`rsnl-support.com`, `rsnl.nl.evil.net`), a homoglyph/punycode spelling, or an edit
/// distance of at most two on the whole domain (`rsnI.nl`, `rsn1.nl`, `rsnl.co`).
fn looks_like(domain: &str, vendor: &str) -> bool {
    let label = vendor.split('.').next().unwrap_or(vendor);
    if label.len() >= 3 && domain.contains(label) {
        return true;
    }
    let skeleton = skeleton(domain);
    if skeleton != domain && (skeleton == vendor || is_same_or_subdomain(&skeleton, vendor)) {
        return true;
    }
    if domain.split('.').any(|l| l.starts_with("xn--")) {
        // Punycode we cannot decode without an IDNA table: treat any IDN whose ASCII labels
        // match the vendor's TLD structure as suspicious only when the length is close.
        return domain.len().abs_diff(vendor.len()) <= 12 && domain.ends_with(tld(vendor));
    }
    edit_distance_at_most(domain, vendor, 2)
}

fn tld(domain: &str) -> &str {
    domain.rsplit('.').next().unwrap_or(domain)
}

/// Maps the common Cyrillic/Greek/Latin-extended confusables (and digit lookalikes) to
/// ASCII, the way phishing domains are usually built.
fn skeleton(domain: &str) -> String {
    domain
        .chars()
        .map(|c| match c {
            'а' | 'α' => 'a',
            'с' | 'ϲ' => 'c',
            'е' | 'ε' => 'e',
            'і' | 'ı' | 'ί' | '1' | '!' | '|' => 'l',
            'ӏ' | 'ⅼ' => 'l',
            'о' | 'ο' | '0' => 'o',
            'р' | 'ρ' => 'p',
            'ѕ' | '5' => 's',
            'х' => 'x',
            'у' => 'y',
            'ո' => 'n',
            'ν' => 'v',
            'т' => 't',
            'ԁ' => 'd',
            'ɡ' => 'g',
            other => other,
        })
        .collect()
}

/// Bounded Levenshtein: returns early once every cell of a row exceeds `max`.
fn edit_distance_at_most(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max || a.len() > 255 {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if cur.iter().all(|&d| d > max) {
            return false;
        }
        prev = cur;
    }
    prev[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v() -> Vec<String> {
        vec!["rsnl.nl".to_string()]
    }

    #[test]
    fn verdicts() {
        let c = |a: &str| classify_sender(Some(a), None, &v(), "ops.storedesk.example");
        assert_eq!(c("help@rsnl.nl"), SenderVerdict::Vendor);
        assert_eq!(c("help@desk.RSNL.nl."), SenderVerdict::Vendor);
        assert!(matches!(
            c("x@evilrsnl.nl"),
            SenderVerdict::Lookalike { .. }
        ));
        assert!(matches!(
            c("x@rsnl.nl.evil.net"),
            SenderVerdict::Lookalike { .. }
        ));
        assert!(matches!(c("x@rsnI.nl"), SenderVerdict::Lookalike { .. }));
        assert!(matches!(c("x@rѕnl.nl"), SenderVerdict::Lookalike { .. }));
        assert!(matches!(c("x@gmail.com"), SenderVerdict::Outsider { .. }));
        assert_eq!(c("me@ops.storedesk.example"), SenderVerdict::Ourselves);
    }

    #[test]
    fn the_vendors_name_leading_a_display_name() {
        let v = vec!["rsnl.nl".to_owned()];
        for yes in [
            "RSNL Field Maintenance",
            "\"rsnl\" Support",
            "RSNL-Servicedesk",
        ] {
            assert!(named_for_vendor(yes, &v), "{yes}");
        }
        for no in ["Support RSNL", "RSNLX Support", "", "Maintenance team"] {
            assert!(!named_for_vendor(no, &v), "{no}");
        }
    }

    #[test]
    fn hosted_helpdesks_and_senders_for_the_vendor() {
        let c = |a: &str, reply: Option<&str>| {
            classify_sender(Some(a), reply, &v(), "ops.storedesk.example")
        };
        let tenant = c("support@rsnl.supportbee.com", None);
        assert!(matches!(tenant, SenderVerdict::HostedHelpdesk { .. }));
        for mailbox in ["rsnl@helpdesk.proprofs.com", "RSNL-support@bossdesk.io"] {
            assert!(
                matches!(c(mailbox, None), SenderVerdict::HostedHelpdesk { .. }),
                "{mailbox}"
            );
        }
        for stranger in ["personnel@bossdesk.io", "rsnlx@helpdesk.proprofs.com"] {
            assert!(
                matches!(c(stranger, None), SenderVerdict::Outsider { .. }),
                "{stranger}"
            );
        }
        assert!(tenant.is_trusted() && tenant.is_indirect());
        assert!(matches!(
            c("support@rsnl.servicedesk.itarian.com", None),
            SenderVerdict::HostedHelpdesk { .. }
        ));
        // The vendor's whole domain in front is a disguise, not a tenant.
        for disguise in [
            "x@rsnl.nl-servicedesk.com",
            "x@rsnl.nl.evil.net",
            "x@rsnl.co",
        ] {
            assert!(
                matches!(c(disguise, None), SenderVerdict::Lookalike { .. }),
                "{disguise}"
            );
        }
        let service = c("rsnl-france@synchroteam.com", Some("terrain@fr.rsnl.nl"));
        assert!(matches!(service, SenderVerdict::OnBehalf { .. }));
        assert!(service.is_trusted() && service.is_indirect());
        assert!(matches!(
            c("agent@synchroteam.com", Some("agent@synchroteam.com")),
            SenderVerdict::Outsider { .. }
        ));
        // A lookalike stays one whatever its Reply-To says.
        assert!(matches!(
            c("x@rsnl-support.com", Some("help@rsnl.nl")),
            SenderVerdict::Lookalike { .. }
        ));
    }
}
