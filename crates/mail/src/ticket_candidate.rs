//! Ticket-id candidates from the places a helpdesk or a person states an id without one of the
//! formats `ticket_id` knows by name: a ticket word in any of our six languages followed by an
//! id ("we have logged this under service request 55123", "numéro de dossier FR-240705-193",
//! "Ticket ID : 58231"), a bracketed tag in the subject that is not ours, a link into the
//! helpdesk whose path or query names the ticket, and a bare "#9912". Each candidate carries the
//! weight of its evidence; `ticket_id` adds the place and repetition and picks the best, after
//! the decoy rules here have removed phone numbers, dates, orders, serials and the like.

use std::sync::LazyLock;

use regex::Regex;

/// How an id was stated, weakest last. The weights are evidence, not probabilities: a ticket
/// word right before the id is worth more than a link, which is worth more than a bare hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// "ticket", "incident", "melding", "Vorgang", "chamado"... then the id.
    TicketWord,
    /// "request", "reference", "dossier", "caso"...: words that also name other things.
    WeakWord,
    /// A bracketed tag in the subject that is not ours: "[RSN-482-91033]", "(#123)".
    SubjectTag,
    /// A helpdesk link: ".../tickets/4411", "...?ticket_id=4411".
    Link,
    /// "#9912" in running text.
    Hash,
}

impl Evidence {
    pub fn weight(self) -> i32 {
        match self {
            Evidence::TicketWord => 60,
            Evidence::SubjectTag => 55,
            Evidence::WeakWord => 50,
            Evidence::Link => 45,
            Evidence::Hash => 35,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::TicketWord => "ticket word",
            Evidence::WeakWord => "reference word",
            Evidence::SubjectTag => "subject tag",
            Evidence::Link => "helpdesk link",
            Evidence::Hash => "hash number",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: String,
    pub evidence: Evidence,
    /// Byte offset in the text it came from (earlier wins a tie).
    pub at: usize,
}

fn re(pattern: &str) -> Regex {
    // Constants checked by the unit tests: a typo must fail in development, not at a site.
    Regex::new(pattern).expect("built-in candidate pattern compiles")
}

/// Words that name a ticket in the helpdesks' and people's languages (en, nl, fr, de, pt, es),
/// A field-service product's work order or intervention is a reference word: the ticket when
/// nothing else is, a separate number when a ticket is named too.
/// Word edges are written as "not a letter or digit" rather than `\b`: a Unicode `\b` makes
/// the regex engine leave its DFA on any non-ASCII text (measured: 12x slower triage).
static TICKET_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}\p{N}])(?P<w>service\s+request|support\s+ticket|support\s+case|ticket|tickets|ticketnummer|ticketnr|incident|incidente|incidence|incidencia|incidência|incidentnummer|melding|meldingsnummer|meldnummer|storingsnummer|registratienummer|vorgang|vorgangsnummer|meldungsnummer|störungsnummer|chamado|processo|ordem\s+de\s+serviço|ordem\s+de\s+trabalho|pratica|segnalazione|case|sagsnr|sagsnummer|ärende|ärendenummer|ärendenr|zgłoszenie|zgłoszenia|zgłoszeniu|numer\s+zgłoszenia|požadavek|požadavku|požadavkem|číslo\s+požadavku|tiketti|tiketin|tikettinumero|tapaus|tapausnumero|saksnummer|saksnr|ocorrência|ocorrencia|atendimento|servicenummer|service\s+call|ärendet|sagen|tichet|tichetul|tichetului|numărul\s+tichetului)(?:$|[^\p{L}\p{N}])",
    )
});
static WEAK_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}\p{N}])(?P<w>request|requête|demande|reference|référence|referentie|referencia|referência|ref|réf|dossier|dossiernummer|caso|solicitud|solicitação|solicitacao|pedido|protocolo|fall|anfrage|aanvraag|verzoek|verzoeknummer|auftrag|auftragsnummer|sag|henvendelse|referens|zlecenie|zlecenia|zleceniu|numer\s+zlecenia|tarefa|tarea|tâche|pod\s+číslem|číslo|pyyntö|pyynnön|sak|richiesta|riferimento|call\s+(?:number|nr|no|id)|number|nummer|numéro|número|numero|numer|referentienummer|referenznummer|conversation|conversación|conversa|conversação|gesprek|konversation|conversazione|work\s+order|wo\#|service\s+order|werkorder|werkbon|job|jobnummer|job\s+(?:number|reference|ref)|opdracht|opdrachtnummer|storingsbon|servicebon|ordre\s+de\s+travail|ordre\s+d'intervention|arbeitsauftrag|serviceauftrag|orden\s+de\s+trabajo|ordine\s+di\s+lavoro|ordine\s+di\s+intervento|orden\s+de\s+servicio|intervention|interventie|intervención|intervenção|intervento|serviceanfrage|saken|taak|taaknummer|aviso)(?:$|[^\p{L}\p{N}])",
    )
});

/// "Logged it on our side as NOC-55102", "registered under 4471", "enregistré sous": a
/// logging verb then "as"/"under" names the id in prose, with no ticket word.
static LOGGED_AS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\p{L}\p{N}])(?:logged|registered|recorded|raised|filed|opened|picked|tracking|tracked|runs|läuft|loopt|geführt|geregistreerd|vastgelegd|aangemaakt|enregistrée?|ouverte?|erfasst|angelegt|registrad[oa]|abiert[oa]|abert[oa])(?:\s+[\p{L}']+){0,5}?\s+(?P<w>as|under|onder|als|sous|unter|como)(?:$|[^\p{L}\p{N}])",
    )
});

/// "Of" in our languages: the noun after it may complete the ticket word.
const OF: [&str; 9] = ["de", "do", "da", "of", "van", "von", "di", "del", "du"];

/// What may stand between a ticket word and its id: number words, articles, "is", "under"...
const CONNECTORS: &[&str] = &[
    // "O processo do vosso lado é o PT-2024-1877", "the case on your side is".
    "vosso",
    "vossa",
    "lado",
    "on",
    "side",
    "côté",
    "kant",
    "seite",
    // "La incidencia en nuestro sistema es la INC-ES-24/0719", "the ticket in our system is".
    "en",
    "in",
    "im",
    "nuestro",
    "nuestra",
    "nosso",
    "nossa",
    "nostro",
    "onze",
    "unserem",
    "notre",
    // Romanian: "Tichetul nostru RO-B7K-2291", "numărul dumneavoastră".
    "nostru",
    "nostră",
    "vostru",
    "dumneavoastră",
    "system",
    "sistema",
    "systeem",
    "système",
    "lautet",
    "luidt",
    "het",
    "ihre",
    "for",
    "this",
    "it",
    "voor",
    "pour",
    "für",
    "para",
    "number",
    "no",
    "nr",
    "nº",
    "n°",
    "n",
    "º",
    "°",
    "num",
    "id",
    "is",
    "was",
    "now",
    "nu",
    "jetzt",
    "maintenant",
    "agora",
    "ahora",
    "ora",
    "under",
    "with",
    "as",
    "our",
    "your",
    "the",
    "de",
    "du",
    "do",
    "da",
    "del",
    "der",
    "die",
    "das",
    "des",
    "le",
    "la",
    "el",
    "il",
    "lo",
    "o",
    "a",
    "est",
    "es",
    "é",
    "è",
    "ist",
    "onder",
    "met",
    "uw",
    "votre",
    "su",
    "seu",
    "sua",
    "con",
    "col",
    "número",
    "numero",
    "numéro",
    "nummer",
];

/// An id as helpdesks write them: letters and digits, in groups joined by - . / _ .
static ID_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    // "AMS/2024/0718", "MAD/24/0719", "ZS/2024/07/0153", "SAV24/07/0193": a prefix, a year
    // (and month) and a sequence joined by slashes (the prefix may hold on to the year).
    re(
        r"^#?(?P<id>[A-Z]{1,6}/?(?:(?:19|20)\d{2}|\d{2})(?:/(?:0[1-9]|1[0-2]))?/\d{2,8}(?:-\d{1,4})?|[A-Z]{1,4}#\d{2,8}|[A-Za-z0-9]+(?:[-._][A-Za-z0-9]+)+/\d{3,8}|[A-Za-z0-9]+(?:[-._][A-Za-z0-9]+)*)",
    )
});
/// "dossier 24/1519": a two-digit year and a sequence, as Belgian and Dutch case files are
/// numbered ("2024/07/0153" with the month, "24/0712/ES-07" with a desk's suffix); only after
/// a ticket word, and never a month and year ("07/2024").
static YEAR_SEQUENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<id>(?:(?:19|20)\d{2}|\d{2})(?:/(?:0[1-9]|1[0-2]|[A-Z]{2,4}))?/\d{3,8}(?:-\d{1,4}|/[A-Z]{1,4}-\d{1,4})?)(?:$|[^/\d])",
    )
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:0[1-9]|1[0-2])/(?:19|20)\d{2}$"));
/// Digits in groups with spaces ("731 204"), after an optional capital prefix ("SR 24 0391").
static SPACED_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<id>(?:[A-Z]{1,4} )?\d{1,4}(?: \d{3,4})+)(?:$|[^\d ]|\s[^\d])"));
static SUBJECT_TAG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[\[(]\s*(?:[A-Za-z]{2,12}\.?:?\s+){0,2}#?\s*(?P<id>[A-Za-z0-9]+(?:[-._/][A-Za-z0-9]+)*)\s*[\])]",
    )
});
static LINK: LazyLock<Regex> = LazyLock::new(|| re(r#"https?://[^\s<>"')\]]+"#));
static HASH: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[\s(])#(?P<id>(?:[A-Z]{1,6}-)?\d{3,12})\b"));
static FOR_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[\s(])(?P<id>[A-Z][A-Z0-9]*(?:[-./][A-Z0-9]+)+|\d{3,12})\s+(?:for (?:your |future )?reference|para (?:sua |futura )?refer[êe]ncia|como referencia|als referentie|ter referentie|zur referenz|pour référence|per riferimento)(?:$|[^\p{L}])",
    )
});
static SUBJECT_KEY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\[[^\[\]]{1,30}\]\s*)*(?P<id>[A-Z]{1,4}#?\d{2,10}(?:-\d{2,10})?)(?::\s|\s[-–—]\s)")
});
static SUBJECT_HASH: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[\s(])#(?P<id>(?:[A-Z]{1,6}-)?\d{2,12})\b"));
/// A date, with a year people write (a four-digit year is 19xx or 20xx: "24.07.1193" is an id).
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|19\d{2}|20\d{2}))$",
    )
});

/// Words just before an id that make it something other than a ticket.
const DECOY_WORDS: [&str; 46] = [
    "order",
    "bestelling",
    "bestelnummer",
    "commande",
    "bestellung",
    "purchase",
    "po",
    "invoice",
    "factuur",
    "facture",
    "rechnung",
    "factura",
    "fatura",
    "serial",
    "s/n",
    "sn",
    "serienummer",
    "seriennummer",
    "série",
    "serie",
    "rma",
    "kb",
    "article",
    "artikel",
    "kba",
    "part",
    "model",
    "modèle",
    "sku",
    "ean",
    "kvk",
    "btw",
    "vat",
    "iban",
    "account",
    "contract",
    "contrato",
    "klantnummer",
    "kundennummer",
    "customer",
    "phone",
    "tel",
    "telefoon",
    "téléphone",
    "telefon",
    "fax",
];
const PHONE_CUES: [&str; 6] = ["+", "tel", "phone", "call us", "bel ", "mobile"];

/// Legal footers name the company's registration: "registered with the Chamber of Commerce
/// under number 24312345", "KvK 24312345", "Amtsgericht Köln HRB 12345".
const LEGAL_CUES: [&str; 18] = [
    "chamber of commerce",
    "kamer van koophandel",
    "handelsregister",
    "registre du commerce",
    "registro mercantil",
    "registo comercial",
    "company number",
    "company registration",
    "registration number",
    "registered in",
    "registered office",
    "amtsgericht",
    "hrb",
    "siret",
    "siren",
    "rcs ",
    "nipc",
    "kvk",
];

/// Words just before an id that make it another ticket than the one this mail is about
/// (the named formats of `ticket_id` use them too).
pub const OTHER_TICKET_CUES: [&str; 26] = [
    "other",
    // A carrier's or provider's own ticket ("KPN carrier ticket: 1-2840193311").
    "carrier",
    "provider",
    "opérateur",
    "operator",
    "operadora",
    "operatore",
    // A third party's number ("KPN, their reference 1-2045573920").
    "their ",
    "hun ",
    "leur ",
    "another",
    "related",
    "see also",
    "duplicate of",
    "merged into",
    "merged with",
    "previous",
    "similar",
    "parent",
    "linked",
    "old ",
    "instead of",
    "zie ook",
    "root cause",
    "problem ticket",
    "master ticket",
];

/// Why `id`, preceded by `before` in its text, is not a ticket id (or `None` when it may be).
pub fn decoy(id: &str, before: &str) -> Option<&'static str> {
    let digits = id.chars().filter(char::is_ascii_digit).count();
    // "7XK2QN", "SZ3K7Q": random keys in capitals and digits, as chat and job products print
    // them; a token with fewer than three digits is otherwise a word ("A4", "USB-C").
    let letters = id.chars().filter(char::is_ascii_alphabetic).count();
    let random_key = (6..=12).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && digits >= 2
        && letters >= 2;
    if (digits < 3 && !random_key) || id.len() > 40 {
        return Some("too few digits");
    }
    if DATE.is_match(id) {
        return Some("a date");
    }
    if id.to_ascii_uppercase().starts_with("STORE-") {
        return Some("our own tag");
    }
    // Watermarks and message tokens ("MSG0012345_aB3dE5fG7hJ9kL1") mix cases in one group;
    // ids people read and type do not.
    if id.split(['-', '.', '/', '_']).any(|g| {
        g.len() >= 6
            && g.chars().any(|c| c.is_ascii_lowercase())
            && g.chars().any(|c| c.is_ascii_uppercase())
    }) {
        return Some("a machine token");
    }
    let sentence = before
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(before, |i| &before[i + 1..]);
    // A decoy word names the number it stands beside; one before a comma belongs to the
    // clause before ("... de votre part, la demande DI-24-01842").
    let clause_start = sentence.rfind(',').map_or(0, |i| i + 1);
    let window = tail_chars(&sentence[clause_start..], 28).to_lowercase();
    if OTHER_TICKET_CUES
        .iter()
        .any(|c| tail_chars(sentence, 40).to_lowercase().contains(c))
    {
        return Some("another ticket");
    }
    if third_party(sentence) {
        return Some("another organisation's ticket");
    }
    let clause = tail_chars(sentence, 60).to_lowercase();
    if LEGAL_CUES.iter().any(|c| clause.contains(c)) {
        return Some("a company registration number");
    }
    let near = tail_chars(sentence, 14).to_lowercase();
    if PHONE_CUES.iter().any(|c| near.contains(c)) {
        return Some("a phone number");
    }
    let words: Vec<&str> = window
        .split(|c: char| !(c.is_alphanumeric() || c == '/'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().rev().take(3).any(|w| DECOY_WORDS.contains(w)) {
        return Some("order/serial/phone context");
    }
    let prefix = id.split(['-', '.', '_', '/']).next().unwrap_or_default();
    if [
        "PO", "SO", "INV", "ORD", "RMA", "SN", "KB", "ISO", "RFC", "CVE", "UTF",
    ]
    .contains(&prefix.to_ascii_uppercase().as_str())
    {
        return Some("a document number");
    }
    None
}

/// "Wir haben bei der Telekom eine Störung aufgemacht (Störungsnummer 1-4471190823)": a ticket
/// the vendor opened with someone else (a carrier, an acquirer) before the id, in its sentence.
fn third_party(sentence: &str) -> bool {
    THIRD_PARTY.captures_iter(sentence).any(|c| {
        c.name("org")
            .or_else(|| c.name("org2"))
            .is_some_and(|o| !PRONOUNS.contains(&o.as_str().to_lowercase().as_str()))
    })
}

static THIRD_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    // Both word orders: "bei der Telekom ... aufgemacht", "opened a ticket with Worldline".
    re(
        r"(?:^|[^\p{L}])(?:(?:with|bei|bij|chez|auprès de|con|com|junto d[aoe]|presso)\s+(?:(?:der|dem|de|het|the|la|le|el|a|o|da|do|lo|il)\s+)?(?P<org>\p{Lu}[\p{L}\p{N}&-]+)\s+(?:[\p{L}]+\s+){0,3}?(?:aufgemacht|eröffnet|angelegt|gemeldet|geopend|aangemaakt|gemeld|ingediend)|(?:opened|raised|logged|filed|ouvert|ouverte|abierto|abierta|abrimos|aberto|aberta|aperto|aperta)\s+(?:[\p{L}']+\s+){0,3}?(?:with|chez|auprès de|con|com|junto d[aoe]|presso)\s+(?:(?:the|la|le|el|a|o|da|do|lo|il)\s+)?(?P<org2>\p{Lu}[\p{L}\p{N}&-]+))(?:$|[^\p{L}])",
    )
});
const PRONOUNS: [&str; 10] = [
    "ihnen", "you", "vous", "u", "uw", "jullie", "usted", "ustedes", "você", "voi",
];

pub fn tail_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &s[start..]
}

/// The id that follows a ticket word ending at `end`: skips up to six connectors and
/// punctuation, then takes an id-shaped token (or digits in groups of three: "731 204").
fn id_after(text: &str, end: usize) -> Option<(String, usize)> {
    let mut rest = &text[end..];
    let mut offset = end;
    // "Pedido de assistência PA/2024/00871", "demande d'intervention 4411": one noun after "de"
    // or "of" completes the ticket word.
    let mut after_of = false;
    let mut complemented = false;
    for _ in 0..7 {
        let trimmed = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '-' | '–' | '=' | '(' | '[' | '"' | '\u{201c}')
        });
        offset += rest.len() - trimmed.len();
        rest = trimmed;
        if let Some(c) = SPACED_DIGITS.captures(rest) {
            let m = c.name("id")?;
            return Some((m.as_str().replace(' ', ""), offset));
        }
        if let Some(m) = YEAR_SEQUENCE.captures(rest).and_then(|c| c.name("id")) {
            if !MONTH_YEAR.is_match(m.as_str()) {
                return Some((m.as_str().to_string(), offset));
            }
        }
        let word_len = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '°' | 'º')))
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        // "número ES-3318": a connector in capitals joined to digits is the id's prefix.
        let prefix = word.chars().all(|c| c.is_ascii_uppercase())
            && rest[word_len..]
                .strip_prefix(['-', '_'])
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphanumeric()));
        // "Riferimento laboratorio: LAB/2024/0728-03", "Référence interne : X": a word that
        // qualifies the label, then its colon.
        let qualifies_label = !word.is_empty()
            && word.chars().all(char::is_alphabetic)
            && rest[word_len..]
                .trim_start_matches([' ', '\t'])
                .starts_with(':');
        let lower = word.to_lowercase();
        let complement = after_of
            && !complemented
            && word.chars().count() >= 4
            && word.chars().all(char::is_alphabetic);
        if !word.is_empty()
            && !prefix
            && (qualifies_label || complement || CONNECTORS.contains(&lower.as_str()))
        {
            complemented |= complement;
            after_of = OF.contains(&lower.as_str());
            offset += word_len;
            rest = &rest[word_len..];
        } else {
            let c = ID_TOKEN.captures(rest)?;
            let m = c.name("id")?;
            let token = m.as_str();
            // Part of an address or a Message-ID ("<issue-43.38f3...@ops...>"), not an id.
            let after = &rest[c.get(0).map_or(0, |w| w.end())..];
            if !token.chars().any(|ch| ch.is_ascii_digit()) || after.starts_with('@') {
                return None;
            }
            return Some((token.to_string(), offset + m.start()));
        }
        // "ticket no." / "n°.": a dot after a number word is part of it.
        if let Some(r) = rest.strip_prefix('.') {
            offset += 1;
            rest = r;
        }
    }
    None
}

/// "CASE-000412", "INCIDENT-0815": a ticket word in capitals joined to digits is the id's own
/// prefix, as helpdesks print their keys; "Ticket-4471" in running text is word and number.
fn glued(text: &str, start: usize, end: usize) -> Option<(String, usize)> {
    let word = &text[start..end];
    let rest = text[end..].strip_prefix(['-', '_'])?;
    if !rest.starts_with(|c: char| c.is_ascii_digit())
        || word.chars().any(|c| c.is_lowercase() || c.is_whitespace())
    {
        return None;
    }
    let m = ID_TOKEN.captures(&text[start..])?.name("id")?;
    Some((m.as_str().to_string(), start))
}

fn worded(text: &str, words: &Regex, evidence: Evidence, out: &mut Vec<Candidate>) {
    for c in words.captures_iter(text) {
        let Some(m) = c.name("w") else { continue };
        // "Ref. 240719.033", "Sagsnr. 24-07-0291": the dot of an abbreviated word belongs to
        // the word.
        let w = m.as_str().to_lowercase();
        let abbreviated = w.len() <= 4 || w.ends_with("nr") || w.ends_with("no");
        let end = match text[m.end()..].starts_with('.') && abbreviated {
            true => m.end() + 1,
            false => m.end(),
        };
        if let Some((id, at)) = glued(text, m.start(), m.end()).or_else(|| id_after(text, end)) {
            if decoy(&id, &text[..m.start()]).is_none() {
                out.push(Candidate { id, evidence, at });
            }
        }
    }
}

/// Candidates in free text (the new body or the quoted history).
pub fn in_text(text: &str) -> Vec<Candidate> {
    // Ids stand near the top of a reply or a notification; the cap keeps a pasted log cheap.
    let text = crate::message::truncate(text, 16 * 1024);
    let mut out = Vec::new();
    worded(text, &TICKET_WORDS, Evidence::TicketWord, &mut out);
    worded(text, &WEAK_WORDS, Evidence::WeakWord, &mut out);
    worded(text, &LOGGED_AS, Evidence::TicketWord, &mut out);
    for c in HASH.captures_iter(text) {
        if let Some(m) = c.name("id") {
            if decoy(m.as_str(), &text[..m.start()]).is_none() {
                out.push(Candidate {
                    id: m.as_str().to_string(),
                    evidence: Evidence::Hash,
                    at: m.start(),
                });
            }
        }
    }
    // "esta fica com o n.º PT-OC-5512 para referência", "use 4471 for reference": the
    // reference word after the id.
    for c in FOR_REFERENCE.captures_iter(text) {
        if let Some(m) = c.name("id") {
            if decoy(m.as_str(), &text[..m.start()]).is_none() {
                out.push(Candidate {
                    id: m.as_str().to_string(),
                    evidence: Evidence::WeakWord,
                    at: m.start(),
                });
            }
        }
    }
    links(text, &mut out);
    out
}

/// Candidates in the vendor's part of the subject: worded ids and bracketed tags.
pub fn in_subject(subject: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    worded(subject, &TICKET_WORDS, Evidence::TicketWord, &mut out);
    worded(subject, &WEAK_WORDS, Evidence::WeakWord, &mut out);
    // "[Maniphest] [Created] T4821: <title>", "[CARL] DI24-00612 - Nouvelle demande": after the
    // helpdesk's own bracket tags, a key of capitals and digits ending in a colon or a dash
    // opens the subject as the ticket's name.
    if let Some(m) = SUBJECT_KEY.captures(subject).and_then(|c| c.name("id")) {
        if decoy(m.as_str(), "").is_none() {
            out.push(Candidate {
                id: m.as_str().to_string(),
                evidence: Evidence::SubjectTag,
                at: m.start(),
            });
        }
    }
    // "#1187-[STORE-202] ...", "Updated the issue #57": a hash number in the vendor's subject
    // is its ticket; a short one too, since a subject has no room for list numbering.
    for c in SUBJECT_HASH.captures_iter(subject) {
        if let Some(m) = c.name("id") {
            let short = m.as_str().chars().filter(char::is_ascii_digit).count() < 3;
            if short || decoy(m.as_str(), &subject[..m.start()]).is_none() {
                out.push(Candidate {
                    id: m.as_str().to_string(),
                    evidence: Evidence::Hash,
                    at: m.start(),
                });
            }
        }
    }
    for c in SUBJECT_TAG.captures_iter(subject) {
        if let Some(m) = c.name("id") {
            let before = &subject[..m.start()];
            if decoy(m.as_str(), before).is_none() && !is_word_tag(m.as_str()) {
                out.push(Candidate {
                    id: m.as_str().to_string(),
                    evidence: Evidence::SubjectTag,
                    at: m.start(),
                });
            }
        }
    }
    out
}

/// "[EXTERNAL]", "[SPAM 2]"-like tags are words, not ids: an id has at least three digits and
/// no more letters than a prefix and suffix group allow.
fn is_word_tag(token: &str) -> bool {
    token.chars().filter(char::is_ascii_digit).count() < 3
}

/// Path segments and query names that introduce a ticket in a helpdesk's links.
const LINK_WORDS: [&str; 29] = [
    "ticket",
    "tickets",
    "issue",
    "issues",
    "case",
    "cases",
    "incident",
    "incidents",
    "request",
    "requests",
    "call",
    "calls",
    "conversation",
    "conversations",
    "melding",
    "meldingen",
    "chamado",
    "chamados",
    // Field-service and maintenance products link their work orders and jobs.
    "workorder",
    "workorders",
    "work-orders",
    "work_orders",
    "job",
    "jobs",
    "task",
    "tasks",
    "failure",
    "failures",
    "wo",
];
/// Path segments that show a record rather than name it: ".../Details/738215".
const VIEW_SEGMENTS: [&str; 6] = ["details", "detail", "view", "show", "edit", "display"];
const LINK_DECOYS: [&str; 6] = ["kb", "article", "articles", "knowledge", "solutions", "faq"];

fn links(text: &str, out: &mut Vec<Candidate>) {
    for m in LINK.find_iter(text) {
        let url = m.as_str();
        let lower = url.to_lowercase();
        let (path, query) = lower.split_once('?').unwrap_or((&lower, ""));
        let segments: Vec<&str> = path.split('/').skip(3).collect();
        if segments.iter().any(|s| LINK_DECOYS.contains(s)) {
            continue;
        }
        let mut found = None;
        for (i, word) in segments.iter().enumerate() {
            if !LINK_WORDS.contains(word) {
                continue;
            }
            // ".../workorders/4821937", ".../WorkOrders/Details/738215": the id after the word,
            // or after one view segment.
            let next = segments.get(i + 1).and_then(|s| path_id(s));
            let viewed = segments
                .get(i + 1)
                .filter(|s| VIEW_SEGMENTS.contains(s))
                .and_then(|_| segments.get(i + 2))
                .and_then(|s| path_id(s));
            if let Some(id) = next.or(viewed) {
                found = Some(id.to_string());
            }
        }
        let ticket_path = segments
            .iter()
            .any(|s| LINK_WORDS.iter().any(|w| s.contains(w)));
        for kv in query.split(['&', ';']) {
            let Some((k, v)) = kv.split_once('=') else {
                continue;
            };
            let named = LINK_WORDS.iter().any(|w| k.contains(w))
                || (ticket_path && matches!(k, "id" | "number" | "no" | "nr"));
            if named && is_link_id(v) && found.is_none() {
                found = Some(v.to_string());
            }
        }
        if let Some(id_lower) = found {
            // The id as written (links are case-insensitive to us, ids are not to the reader).
            let at = lower.find(&id_lower).unwrap_or(0);
            let id = url.get(at..at + id_lower.len()).unwrap_or(&id_lower);
            out.push(Candidate {
                id: id.to_string(),
                evidence: Evidence::Link,
                at: m.start(),
            });
        }
    }
}

/// The id in the path segment after a link word: the whole segment ("RQ-8812"), a short
/// sequence ("issue/57": the word before it says what it is), or the number in front of a
/// slug as Rails and Django helpdesks write them ("tickets/1187-receipt-printer-offline").
fn path_id(segment: &str) -> Option<&str> {
    let digits_only =
        |s: &str| s.len() >= 2 && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit());
    // A slug is words: two or more after the number, one of them a real word ("4471-be" is an
    // id with a country suffix, "2024-0815" a year and a sequence).
    if let Some((head, slug)) = segment.split_once('-') {
        let words: Vec<&str> = slug.split('-').collect();
        if digits_only(head)
            && words.len() >= 2
            && words[0].starts_with(|c: char| c.is_ascii_alphabetic())
            && words
                .iter()
                .any(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            return Some(head);
        }
    }
    if is_link_id(segment) || digits_only(segment) {
        return Some(segment);
    }
    None
}

fn is_link_id(s: &str) -> bool {
    ID_TOKEN
        .captures(s)
        .and_then(|c| c.name("id"))
        .is_some_and(|m| m.as_str() == s && decoy(s, "").is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<String> {
        in_text(text).into_iter().map(|c| c.id).collect()
    }

    #[test]
    fn worded_ids_in_seven_languages() {
        let table = [
            ("We have logged this under service request 55123.", "55123"),
            ("A ticket has been created with Ticket ID - 88231.", "88231"),
            ("Ticket 4471 on our side.", "4471"),
            ("Onder meldingsnummer M2407.153 geregistreerd.", "M2407.153"),
            ("Votre numéro de dossier : FR-240705-193.", "FR-240705-193"),
            ("Ihre Vorgangsnummer lautet T-240708-0042.", "T-240708-0042"),
            ("O número do chamado é 120455.", "120455"),
            ("Número de incidencia: 00412877", "00412877"),
            ("Your reference is RSNL-2024-0815.", "RSNL-2024-0815"),
            ("Ticket nr. 731 204 is aangemaakt", "731204"),
            ("closing #9912 now", "9912"),
            ("O atendimento n.º 2024/0917 foi encerrado.", "2024/0917"),
            ("Geregistreerd onder servicenummer 240702-18.", "240702-18"),
            ("Opdracht: GP-104882", "GP-104882"),
            ("N° de dossier : SAV24/07/0193", "SAV24/07/0193"),
            ("Nadaliśmy mu numer 2024/07/0153.", "2024/07/0153"),
            ("Pedido de assistência PA/2024/00871", "PA/2024/00871"),
            ("Service Call:     SC-7731204", "SC-7731204"),
            ("O processo do vosso lado é o PT-2024-1877.", "PT-2024-1877"),
            ("Serviceanfrage SR-24-00815", "SR-24-00815"),
            ("Numero intervento: 2024/IT/00931", "2024/IT/00931"),
            ("Ärendet NU-240311 är nu stängt.", "NU-240311"),
            (
                "Afspraakbevestiging monteursbezoek - taak T-0098812",
                "T-0098812",
            ),
            ("nuestra referencia 24/0712/ES-07", "24/0712/ES-07"),
            (
                "Riferimento laboratorio: LAB/2024/0728-03",
                "LAB/2024/0728-03",
            ),
            ("La richiesta è registrata con il numero 48213.", "48213"),
            ("Abrimos o processo PT-000412 para a loja.", "PT-000412"),
            ("Your case is now 5521 in our system.", "5521"),
            ("Bei uns Ticket 61 004, Termin folgt.", "61004"),
            ("Ponto de situação da ordem de serviço n.º 31207:", "31207"),
            ("We opened CASE-000412 for you.", "CASE-000412"),
            ("A ticket was created with ID #INC-4471.", "INC-4471"),
            ("Registrado con el número ES-3318.", "ES-3318"),
            ("Número de conversación: 4821337", "4821337"),
            (
                "Ons referentienummer voor deze melding is 24.07.1193.",
                "24.07.1193",
            ),
            ("Stijn\nRef. 240719.033", "240719.033"),
            ("Ik sluit ons dossier 24/1519 hierbij af.", "24/1519"),
            (
                "la hemos registrado con la referencia MAD/24/0719.",
                "MAD/24/0719",
            ),
            (
                "Suite à notre diagnostic (réf. DI-24-01877), le routeur",
                "DI-24-01877",
            ),
            (
                "een storingsbon aangemaakt onder jobnummer 318822.",
                "318822",
            ),
            ("Caso SR 24 0391", "SR240391"),
            ("Ticket: AMS/2024/0718", "AMS/2024/0718"),
            ("and logged it on our side as NOC-55102.", "NOC-55102"),
            ("Work Order WO-00048213 has been created", "WO-00048213"),
            ("Intervention n° 15872 planifiée le 31/07/2024", "15872"),
        ];
        for (text, want) in table {
            assert_eq!(ids(text).first().map(String::as_str), Some(want), "{text}");
        }
    }

    #[test]
    fn decoys_are_not_candidates() {
        for text in [
            "Call us on +31 20 123 4567.",
            "Your order number 4500012345 has shipped.",
            "Serial number SN-88123-X, RMA 55120.",
            "See KB article 10023 for details.",
            "This is a duplicate of ticket 7777.",
            "Ticket created on 2024-07-12.",
            "[STORE-212] Till frozen",
            "Ref: <issue-43.38f386711508501e@ops.example>",
            "Ref:MSG0012345_aB3dE5fG7hJ9kL1",
            "I've raised it with KPN (their reference 1-2045573920).",
            "Wir haben bei der Telekom eine Störung aufgemacht (Störungsnummer 1-4471190823).",
            "We opened a ticket with Worldline (number 24070418812).",
            "Ticket created on 12/07/2024.",
        ] {
            assert!(ids(text).is_empty(), "{text}: {:?}", ids(text));
        }
    }

    #[test]
    fn nordic_and_polish_ticket_words() {
        assert_eq!(
            ids("Vægtspecialist\nSagsnr. 24-07-0291 · Tlf. +45 70 22 14 90"),
            ["24-07-0291"]
        );
        assert_eq!(ids("Ärendenummer: 240711-0042"), ["240711-0042"]);
        assert_eq!(ids("Numer zlecenia: ZS/2024/07/0153"), ["ZS/2024/07/0153"]);
        assert_eq!(
            ids("zu Auftrag 711-0385: ein Techniker kommt"),
            ["711-0385"]
        );
        assert_eq!(ids("Pedido n.º 2024/1187"), ["2024/1187"]);
    }

    /// Classes from the blind-13 set, one line each (none is a message of the set).
    #[test]
    fn prefixed_slashed_and_czech_ids() {
        assert_eq!(
            ids("vi aggiorno sulla pratica IT-PC-2407-118: il price checker"),
            ["IT-PC-2407-118"]
        );
        assert_eq!(
            ids("La incidencia en nuestro sistema es la INC-ES-24/0719."),
            ["INC-ES-24/0719"]
        );
        assert_eq!(ids("Riferimento: TKT-IT-24/0391"), ["TKT-IT-24/0391"]);
        assert_eq!(
            ids("Váš požadavek byl zaevidován pod číslem R-45120."),
            ["R-45120"]
        );
        assert_eq!(ids("A tarefa nº 4471023 foi agendada."), ["4471023"]);
        assert_eq!(
            ids("View Work Order: https://x.assetessentials.com/WorkOrders/Details/738215"),
            ["738215"]
        );
        assert!(ids("certificado n.º MET-2024-07781").is_empty());
        assert_eq!(ids("Ordine di lavoro:     2024/1384"), ["2024/1384"]);
        assert_eq!(
            ids("Se voltar, abro outra; esta fica com o n.º PT-OC-5512 para referência."),
            ["PT-OC-5512"]
        );
    }

    #[test]
    fn a_comma_ends_what_a_decoy_word_names() {
        assert_eq!(
            ids("Suite à la commande de votre part, la demande DI-24-01842 est close."),
            ["DI-24-01842"]
        );
        assert!(ids("Your order number 4500012345 has shipped, thanks.").is_empty());
    }

    #[test]
    fn slugs_and_short_ids_in_helpdesk_links() {
        assert_eq!(
            ids("View: https://help.rsnl.nl/en/tickets/1187-receipt-printer-offline"),
            ["1187"]
        );
        assert_eq!(
            ids("See https://taiga.rsnl.nl/project/ops/issue/57 for it"),
            ["57"]
        );
        assert_eq!(
            ids("View Work Order: https://app.getmaintainx.com/workorders/4821937"),
            ["4821937"]
        );
        assert!(ids("https://help.rsnl.nl/tickets/new-ticket-form").is_empty());
        assert!(ids("https://help.rsnl.nl/tickets/7").is_empty());
    }

    #[test]
    fn links_and_subject_tags() {
        assert_eq!(
            ids("View it: https://help.rsnl.nl/agent/tickets/4411 now"),
            ["4411"]
        );
        assert_eq!(
            ids("https://rsnl.nl/portal/view?ticket_id=RQ-8812"),
            ["RQ-8812"]
        );
        assert!(ids("https://rsnl.nl/kb/article/12345").is_empty());
        assert_eq!(
            ids("In the portal: https://erp.rsnl.nl/issues/ISS-2024-01187"),
            ["ISS-2024-01187"]
        );
        let s: Vec<String> = in_subject("Re: [RSN-482-91033] [STORE-205] Printer")
            .into_iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(s, ["RSN-482-91033"]);
        assert!(in_subject("[EXTERNAL] [STORE-205] Printer").is_empty());
    }
}
