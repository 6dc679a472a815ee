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
    /// A domain resembling a vendor domain (typo, homoglyph, vendor name inside another domain).
    Lookalike { domain: String, resembles: String },
    /// Any other domain.
    Outsider { domain: String },
}

impl SenderVerdict {
    /// Whether mail from this sender may be acted on.
    pub fn is_trusted(&self) -> bool {
        matches!(self, SenderVerdict::Vendor | SenderVerdict::Unchecked)
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
    if let Some(v) = vendor_domains.iter().find(|v| looks_like(&domain, v)) {
        return SenderVerdict::Lookalike {
            domain,
            resembles: v.clone(),
        };
    }
    SenderVerdict::Outsider { domain }
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
        let c = |a: &str| classify_sender(Some(a), &v(), "ops.storedesk.example");
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
}
