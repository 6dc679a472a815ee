//! What a message means for the issue: acknowledged, update, resolved, closed, or ignore.
//!
//! This module holds the content rules (bounces, list mail, auto-replies, status words with
//! negation); `triage` applies them in order together with the sender and reference rules.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::message::Mail;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Event {
    Acknowledged,
    Update,
    Resolved,
    Closed,
    Ignore,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Acknowledged => "acknowledged",
            Event::Update => "update",
            Event::Resolved => "resolved",
            Event::Closed => "closed",
            Event::Ignore => "ignore",
        }
    }
}

/// A delivery-status notification, read receipt, or mailer-daemon message.
pub fn bounce_reason(mail: &Mail) -> Option<&'static str> {
    let m = &mail.markers;
    match m.report_type.as_deref() {
        Some("delivery-status") => return Some("bounce (delivery status notification)"),
        Some("disposition-notification") => return Some("read receipt (MDN)"),
        _ => {}
    }
    if m.failed_recipients {
        return Some("bounce (X-Failed-Recipients)");
    }
    let local = mail
        .from
        .as_deref()
        .and_then(|a| a.split('@').next())
        .unwrap_or_default();
    if local == "mailer-daemon" || local == "postmaster" {
        return Some("bounce (from mailer-daemon)");
    }
    let subject = mail.subject.to_lowercase();
    let bounce_subject = [
        "undeliverable",
        "undelivered mail",
        "delivery status notification",
        "returned mail",
        "failure notice",
        "delivery failure",
        "mail delivery failed",
        "unzustellbar",
        "onbestelbaar",
        "non remis",
    ]
    .iter()
    .any(|s| subject.contains(s));
    if bounce_subject && (m.null_return_path || m.auto_submitted.is_some()) {
        return Some("bounce (null sender, delivery-failure subject)");
    }
    None
}

/// Mailing-list and newsletter mail: `List-Id`/`List-Post` or `Precedence: list`.
/// `Precedence: bulk` alone is not enough, because Request Tracker and others set it on every
/// ticket mail; `List-Unsubscribe` alone neither, see [`is_bulk_mail`].
pub fn is_list_mail(mail: &Mail) -> bool {
    mail.markers.list || mail.markers.precedence.as_deref() == Some("list")
}

/// `List-Unsubscribe` without list headers: a newsletter, unless the mail names one of our
/// issues (a work-order product's status notification carries the header too).
pub fn is_bulk_mail(mail: &Mail) -> bool {
    mail.markers.unsubscribe
}

/// RFC 3834 and de-facto auto-reply headers.
pub fn auto_header(mail: &Mail) -> Option<&'static str> {
    let m = &mail.markers;
    if m.auto_submitted.as_deref().is_some_and(|v| v != "no") {
        return Some("Auto-Submitted");
    }
    if m.x_autoreply {
        return Some("X-Autoreply");
    }
    if matches!(m.precedence.as_deref(), Some("auto_reply" | "junk")) {
        return Some("Precedence");
    }
    if m.x_auto_response_suppress {
        return Some("X-Auto-Response-Suppress");
    }
    None
}

/// Personal out-of-office subjects. Not "AutoReply": Request Tracker uses that word for its
/// ticket acknowledgement, which must be kept.
const OOF_SUBJECT: [&str; 13] = [
    "out of office",
    "out of the office",
    "automatic reply",
    "abwesenheitsnotiz",
    "automatische antwort",
    "automatisch antwoord",
    "afwezigheidsbericht",
    "afwezig",
    "réponse automatique",
    "autosvar",
    "frånvaro",
    "respuesta automática",
    "vacation",
];

const OOF_BODY: [&str; 47] = [
    "je suis absent",
    "je serai absent",
    "absent du bureau",
    "de retour le",
    "ik ben afwezig",
    "ben ik afwezig",
    "ich bin abwesend",
    "bin ich abwesend",
    "außer haus",
    "estou ausente",
    "estarei ausente",
    "estoy fuera de la oficina",
    "estaré fuera",
    "ausente hasta",
    "out of the office",
    "out of office",
    "i am currently away",
    "i'm currently away",
    "i am away",
    "on vacation",
    "on holiday",
    "on annual leave",
    "on leave until",
    "limited access to e-mail",
    "limited access to email",
    "will be back on",
    "i will return",
    "nicht im büro",
    "niet op kantoor",
    "afwezig tot",
    // Holidays, in the first person: "Estoy de vacaciones hasta el lunes".
    "estoy de vacaciones",
    "de vacaciones hasta",
    "estou de férias",
    "de férias até",
    "je suis en congé",
    "je suis en vacances",
    "bin im urlaub",
    "bin ich im urlaub",
    "ben met vakantie",
    "ben op vakantie",
    "ben ik met vakantie",
    "sono in ferie",
    "in ferie fino",
    "sin acceso al correo",
    "sem acesso ao e-mail",
    "without access to e-mail",
    "without access to email",
];

/// Personal out-of-office wording in the subject (Outlook's "Automatic reply:") or body.
pub fn personal_auto_reply(mail: &Mail) -> Option<&'static str> {
    let subject = mail.subject.to_lowercase();
    if OOF_SUBJECT.iter().any(|p| subject.contains(p)) {
        return Some("out-of-office subject");
    }
    let body = crate::message::truncate(&mail.new_text, 4096).to_lowercase();
    if (OOF_BODY.iter().any(|p| body.contains(p)) || HOLIDAY.is_match(&body))
        && !has_ack_phrase(&body)
    {
        return Some("out-of-office wording");
    }
    None
}

/// Away in the first person, with the dates in between: "Ik ben tot en met maandag 12 augustus
/// met vakantie", "I am until Monday on holiday".
static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:ik ben (?:\S+ ){0,8}?(?:met|op) vakantie|ich bin (?:\S+ ){0,8}?im urlaub|je suis (?:\S+ ){0,8}?en (?:congés?|vacances)|estoy (?:\S+ ){0,8}?de vacaciones|estou (?:\S+ ){0,8}?de férias|sono (?:\S+ ){0,8}?in ferie|i am (?:\S+ ){0,8}?on (?:vacation|holiday|annual leave))\b")
        .expect("holiday words compile")
});

const ACK_PHRASES: [&str; 34] = [
    "has been received",
    "has been submitted",
    "have received your",
    "we received your",
    "has been created",
    "has been opened",
    "has been logged",
    "has been registered",
    "ticket opened",
    "ticket created",
    "assigned an id",
    "been assigned #",
    "has been assigned the number",
    "thank you for contacting",
    "thanks for contacting",
    "thank you for your request",
    "thanks for your inquiry",
    "thank you for your inquiry",
    "is being reviewed",
    "a representative will",
    "will get back to you",
    "ticket aangemaakt",
    "in behandeling genomen",
    "bij ons binnen",
    // "Je melding is binnen", "Got it ... I've put it in the queue for the field team".
    "melding is binnen",
    "aanvraag is binnen",
    "verzoek is binnen",
    "bericht is binnen",
    "is goed binnengekomen",
    "in the queue for",
    "in de wachtrij",
    "in die warteschlange",
    "wurde erstellt",
    "haben ihre anfrage erhalten",
];

/// "We received your request", "uw melding is geregistreerd", "votre demande a été
/// enregistrée", "Ihre Anfrage wurde angelegt", "o seu pedido foi registado", "hemos
/// registrado su incidencia": a receipt or logging verb and a request noun in one sentence,
/// stated as a fact.
static RECEIPT_VERBS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:received|receipt|logged|registered|recorded|raised|opened|created|ontvangen|geregistreerd|vastgelegd|aangemaakt|aangenomen|reçu|reçue|enregistré|enregistrée|créé|créée|ouvert|ouverte|erhalten|eingegangen|angelegt|erstellt|registriert|eröffnet|aufgenommen|erfasst|notiert|genoteerd|noté|notée|pris en compte|anotado|anotada|recebemos|recebido|recebida|registado|registada|registrado|registrada|registramos|registamos|criado|criada|aberto|aberta|recibido|recibida|recibimos|creado|creada|abierto|abierta|receção|recepção|recepción|réception|ricezione|ontvangst|ricevuto|ricevuta|ricevuti|registrato|registrata|aperto|aperta|creato|creata|presa in carico|preso in carico|modtaget|modtog|registreret|oprettet|mottagit|mottog|registrerat|registrerad|skapat|skapad|otrzymaliśmy|otrzymane|zarejestrowane|zarejestrowano|zarejestrowaliśmy|przyjęte|przyjęliśmy|zaevidován|zaevidována|zaevidováno|přijat|přijata|přijali|vastaanotettu|vastaanotimme|rekisteröity|rekisteröimme|mottatt|mottok|registrert|opprettet|gemaakt)\b")
        .expect("receipt verbs compile")
});
static REQUEST_NOUNS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:request|message|e-?mail|report|ticket|case|incident|call|job|work order|storingsbon|werkbon|werkorder|melding|bericht|aanvraag|verzoek|storing|demande|dossier|incident|ticket|anfrage|nachricht|meldung|vorgang|störung|pedido|mensagem|chamado|solicitação|ocorrência|solicitud|mensaje|correo|courriel|mail|incidencia|caso|processo|segnalazione|richiesta|pratica|messaggio|chiamata|avaria|avería|panne|guasto|fault|failure|sag|henvendelse|ärende|ärendet|signalement|réclamation|fall|auftrag|zgłoszenie|zgłoszenia|zlecenie|požadavek|tiketti|pyyntö|sak|saken|werkorder|this|dit|deze|ceci|dies|isto|esto)\b")
        .expect("request nouns compile")
});

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A person's receipt in a word or two at the start of a sentence: "Received, thanks",
/// "Goed ontvangen.", "Bien reçu !", "Recebido, obrigado". The punctuation right after the
/// participle keeps "received the printer" (a delivery) out.
static SHORT_RECEIPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)(?:^|[.!?]\s)[ \t]*(?:(?:bien|goed|good|gut|well|muy bien|ben)\s+)?(?:received|ontvangen|reçu|reçue|erhalten|recebido|recebida|recibido|recibida|ricevuto|ricevuta)[ \t]*[,.!;—–-]")
        .expect("short receipt compiles")
});

fn has_ack_phrase(lower: &str) -> bool {
    if ACK_PHRASES.iter().any(|p| lower.contains(p)) || SHORT_RECEIPT.is_match(lower) {
        return true;
    }
    RECEIPT_VERBS.find_iter(lower).take(32).any(|m| {
        // The sentence around the verb, at most 200 bytes each side (text without full stops,
        // a pasted log, must not make each match scan the whole mail).
        let from = floor_boundary(lower, m.start().saturating_sub(200));
        let to = ceil_boundary(lower, (m.end() + 200).min(lower.len()));
        let start = lower[from..m.start()]
            .rfind(['.', '!', '?', '\n', ';'])
            .map_or(from, |i| from + i + 1);
        let end = lower[m.end()..to]
            .find(['.', '!', '?', '\n', ';'])
            .map_or(to, |i| m.end() + i);
        let sentence = &lower[start..end];
        REQUEST_NOUNS.is_match(sentence)
            && !DISCLAIMER_WORDS.iter().any(|w| sentence.contains(w))
            // "J'ai ouvert un ticket chez Orange Business": another organisation's ticket.
            && !with_another_organisation(sentence)
            && affirmed(lower, m.start(), m.end())
    })
}

/// A ticket opened with someone else: "j'ai ouvert un ticket chez orange business", "opened a
/// case with the carrier", "bei der telekom eine störung aufgemacht" (lowercase text).
static OPENED_ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:ouvert|ouverte|opened|raised|logged|filed|aangemaakt|geopend|gemeld|aufgemacht|eröffnet|gemeldet|abierto|abierta|aberto|aberta|aperto|aperta)\s+(?:\S+\s+){0,3}?(?:chez|auprès de|bei|bij|with|con|com|presso)\s+(?:(?:the|der|dem|de|het|la|le|el|o|a|il)\s+)?(?P<org>\p{L}+)|(?:chez|auprès de|bei|bij|with)\s+(?:(?:the|der|dem|de|het|la|le)\s+)?(?P<org2>\p{L}+)\s+(?:\S+\s+){0,3}?(?:aufgemacht|eröffnet|gemeldet|geopend|aangemaakt|gemeld|ouvert|ouverte|opened)")
        .expect("opened elsewhere compiles")
});
const US: [&str; 14] = [
    "nous", "ons", "uns", "us", "you", "vous", "u", "jullie", "ihnen", "rsnl", "usted", "ustedes",
    "você", "voi",
];

fn with_another_organisation(sentence: &str) -> bool {
    OPENED_ELSEWHERE.captures_iter(sentence).any(|c| {
        c.name("org")
            .or_else(|| c.name("org2"))
            .is_some_and(|o| !US.contains(&o.as_str()))
    })
}

/// "If you have received this e-mail in error", "wenn Sie diese E-Mail irrtümlich erhalten
/// haben": the legal footer's receipt is hypothetical, whatever the mail says.
const DISCLAIMER_WORDS: [&str; 12] = [
    "in error",
    "by mistake",
    "irrtümlich",
    "fälschlicherweise",
    "per vergissing",
    "abusievelijk",
    "par erreur",
    "por error",
    "por equívoco",
    "por engano",
    "per errore",
    "erroneamente",
];

static CLOSED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:sluit(?:en)? (?:\S+ ){0,5}?af|(?:chamado|ticket|caso|pedido|solicitação|solicitud|dossier|melding) (?:[^\s,;]+ ){0,2}?(?:foi|fue|ha sido|has been|was|is|wurde|werd) (?:\S+ ){0,1}?(?:finalizad[oa]|finali[sz]ed|encerrad[oa]|afgerond|abgeschlossen)|closed|closing|geschlossen|abgeschlossen|gesloten|afgesloten|fermé|fermée|clôturé|clôturée|clôture|clos|clôturons|fermons|schließe|schliesse|stängd|cerrado|cerrada|cerramos|cerró|cierro|fechado|fechada|fechamos|encerrado|encerrada|encerramos|encerro|chiuso|chiusa|chiudiamo|lukket|lukker|stängt|stänger|zamknięte|zamknięty|zamknięta|zamykamy|uzavřen|uzavřena|uzavřeno|uzavřený|uzavíráme|uzavírám|suljettu|suljemme|lukkes)\b",
    )
    .expect("closed words compile")
});
static RESOLVED_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:resolved|solved|fixed|repaired|gelöst|behoben|opgelost|verholpen|hersteld|gerepareerd|résolu|résolue|réglé|réglée|réparé|réparée|löst|åtgärdat|resuelto|resuelta|solucionado|solucionada|reparado|reparada|resolvido|resolvida|risolto|risolta|riparato|riparata|sistemato|sistemata|løst|udbedret|repareret|åtgärdad|lagad|lagat|rozwiązany|rozwiązana|rozwiązane|naprawiony|naprawiona|naprawione|usunięta|usunięty|vyřešen|vyřešena|vyřešeno|opraven|opravena|opraveno|korjattu|ratkaistu|korjaantunut|fikset|reparert|utbedret|rezolvat|rezolvată|rezolvata|rezolvate|reparat|reparată)\b|(?:została zakończona|został zakończony|zostało zakończone|er afsluttet|är avslutat|är avslutad|fungerar igen|virker igen|działa ponownie|znów działa)|(?:working again|working properly again|working normally again|working correctly again|is now working (?:properly|correctly|normally)|werkt naar behoren|werkt weer normaal|funziona di nuovo|funziona correttamente|funziona regolarmente|fonctionne correctement|funktioniert einwandfrei|funciona correctamente|já (?:está|estão) a \w+ (?:corretamente|normalmente)|já funciona|works again|back up and running|werkt weer|werkt het weer|weer (?:\w+ ){0,3}(?:werken|werkt|afgedrukt|geprint|gescand)|wieder (?:\w+ ){0,3}funktionier(?:en|t)|funktioniert wieder|solution (?:provided|proposed|delivered)|oplossing (?:aangeboden|voorgesteld)|lösung (?:bereitgestellt|vorgeschlagen)|solution proposée|solución propuesta|solução (?:proposta|fornecida)|fonctionne à nouveau|fonctionne de nouveau|funciona de novo|funciona novamente|vuelve a funcionar|funciona de nuevo|já \w+ (?:normalmente|corretamente)|wieder (?:aufgebaut|online|erreichbar|verfügbar)|back online|weer online|weer bereikbaar|de nouveau en ligne|à nouveau en ligne|(?:has|have) been completed|was completed|is now complete|marked (?:\w+ )*as (?:done|complete|completed)|marked (?:done|complete|completed)|(?:job|work order|request|repair|visit|work) (?:is|was|has been) (?:complete|completed|finished|done)|finished the (?:job|work|repair)|ha sido finalizad[ao]|fue finalizad[ao]|foi concluíd[ao]|a été terminée?|is afgerond|werd afgerond|wurde erledigt|(?:repair|reparatie|reparatur|réparation|reparación|reparação|riparazione|naprawa|intervention|interventie|einsatz) (?:completed|complete|done|finished|afgerond|voltooid|abgeschlossen|erledigt|terminée?|finalizada|concluída|completata|zakończona)|fix (?:deployed|applied|installed)|(?:leest|print|scant|draait|laadt|doet het) (?:\w+ ){0,2}?weer|(?:reads?|prints?|scans?|boots?|charges?) (?:\w+ ){0,2}?again|(?:druckt|liest|scannt|startet|lädt) (?:\w+ ){0,2}?wieder)")
        .expect("resolved words compile")
});
static STATUS_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)status\s+(?:changed|updated|set)?\s*from\s+['\x22]?[\w ]{1,30}?['\x22]?\s+to\s+['\x22]?(?P<to>[\w ]{1,30})|(?:^|[^\w])(?:status|statut|estado|stato|statusu?)(?:\s+[\w#-]+){0,2}?\s+(?:(?:has been|was|is|wurde|werd|is|został|zostal|a été|foi|fue|ha sido|è stato)\s+)?(?:changed|set|zmieniony|zmieniono|gewijzigd|veranderd|geändert|changé|modifié|alterado|cambiado|modificato)\s+(?:to|na|naar|in|auf|en|à|para|a)\s*:?\s*['\x22]?(?P<to2>[\w ]{1,30})")
        .expect("status change compiles")
});

/// Words that turn "resolved" into its opposite or into a future/condition/question:
/// "not resolved yet", "isn't fixed", "will be closed", "once resolved", "until it is fixed".
const NEGATORS: [&str; 109] = [
    "not",
    "n't",
    "never",
    "no",
    "yet",
    "nicht",
    "niet",
    "nog",
    "pas",
    "ne",
    "inte",
    "will",
    "would",
    "once",
    "when",
    "until",
    "till",
    "if",
    "before",
    "should",
    "could",
    "can",
    "may",
    "might",
    "expect",
    "expected",
    "hope",
    "soon",
    "wird",
    "zodra",
    "noch",
    "kein",
    "keine",
    "encore",
    "jamais",
    "todavía",
    "aún",
    "ainda",
    "não",
    "nunca",
    "sera",
    "será",
    "serão",
    "serait",
    "zal",
    "zullen",
    "va",
    "vai",
    "vamos",
    "iremos",
    "irá",
    "quand",
    "lorsque",
    "dès",
    "cuando",
    "quando",
    "sobald",
    "wenn",
    "falls",
    "si",
    "kan",
    "kann",
    "peut",
    "pode",
    "wordt",
    "worden",
    "non",
    "ancora",
    "appena",
    "sarà",
    "verrà",
    "potremo",
    "possiamo",
    "dopo",
    "mocht",
    "indien",
    "tenzij",
    "sollte",
    "caso",
    // "Dan sluiten we verzoek 48216 af": Dutch and German state what follows a condition in
    // the present tense.
    "dan",
    "dann",
    // Danish, Swedish and Polish negation and future.
    "ikke",
    "endnu",
    "ännu",
    "nie",
    "jeszcze",
    "vil",
    "kommer",
    "ska",
    "skal",
    "będzie",
    // Czech, Finnish and Norwegian.
    "není",
    "nebyl",
    "nebyla",
    "zatím",
    "ještě",
    "bude",
    "ei",
    "vielä",
    "enää",
    "ennå",
    // "partly fixed": some of the fault is still there.
    "partly",
    "partially",
    "gedeeltelijk",
    "deels",
    "teilweise",
    "partiellement",
    "parcialmente",
    "parzialmente",
];

/// "Verwachting volgens Worldline: rond 17:00 opgelost", "ETA for the fix: 15:00": a forecast
/// anywhere before the word in its sentence, not a fact.
const FORECASTS: [&str; 11] = [
    "verwacht",
    "expect",
    "erwart",
    "voraussichtlich",
    "prévu",
    "previst",
    "esperamos",
    "estimated",
    "eta ",
    "prognos",
    "inschatting",
];

/// What a helpdesk's update notification says happened: a comment, a note, a change.
const UPDATE_ACTIONS: [&str; 71] = [
    "has been updated",
    "was updated",
    "an update has been added",
    "a new update",
    "added a comment",
    "added a note",
    "has commented",
    "commented:",
    "new comment",
    "has replied",
    "replied to your",
    "new reply",
    "is bijgewerkt",
    "is geüpdatet",
    "heeft gereageerd",
    "nieuwe reactie",
    "wurde aktualisiert",
    "hat kommentiert",
    "neue antwort",
    "hat geantwortet",
    "a été mis à jour",
    "a été mise à jour",
    "a commenté",
    "nouvelle réponse",
    "a répondu",
    "foi atualizado",
    "foi atualizada",
    "comentou:",
    "nova resposta",
    "ha sido actualizado",
    "ha sido actualizada",
    "ha comentado",
    "nueva respuesta",
    "ha respondido",
    "è stato aggiornato",
    "è stata aggiornata",
    "ha commentato",
    "nuova risposta",
    // A visit or a job planned: the work is under way, nothing resolved.
    "we've scheduled",
    "we have scheduled",
    "has been scheduled",
    "is scheduled",
    "appointment confirmed",
    "is ingepland",
    "hebben ingepland",
    "planifiée le",
    "planifié le",
    "wurde eingeplant",
    "ist geplant",
    "fue programada",
    "foi agendada",
    "confirmons le rendez-vous",
    "le rendez-vous suivant",
    "afspraak is bevestigd",
    "termin wurde bestätigt",
    "cita confirmada",
    "visita confirmada",
    // People announcing an update in their own words.
    "quick update",
    "short update",
    "brief update",
    "korte update",
    "kurze rückmeldung",
    "zwischenstand",
    "tussenstand",
    "stand van zaken",
    "kurzes update",
    "point de situation",
    "ponto de situação",
    "breve actualización",
    "vi aggiorno",
    "breve aggiornamento",
];

/// A sentence about some other ticket or customer ("similar to ticket #9 we fixed last week")
/// says nothing about ours.
const OTHER_SUBJECT_CUES: [&str; 25] = [
    // A carrier's own ticket: "(ticket opérateur 8812345-F clôturé)", "their ticket".
    "ticket opérateur",
    "operator ticket",
    "carrier ticket",
    "their ticket",
    "leur ticket",
    "hun ticket",
    "ich zgłoszenie",
    "ticket de l'opérateur",
    "similar to",
    "another ticket",
    "other ticket",
    "another customer",
    "other customer",
    "another store",
    "other store",
    "related to ticket",
    "like ticket",
    "duplicate of",
    // Self-help: "many printer problems are solved with knowledge base article KB-2291".
    "knowledge base",
    "knowledgebase",
    "kennisbank",
    "wissensdatenbank",
    "base de connaissances",
    "base de conhecimento",
    "base de conocimiento",
];

/// True when the keyword at `start..end` in `text` is stated as a fact: no negation, future or
/// condition among the four words before it in the same sentence, no "yet" right after it, and
/// the sentence is not a question.
fn affirmed(text: &str, start: usize, end: usize) -> bool {
    let sentence_start = text[..start]
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |i| i + 1);
    let before = text[sentence_start..start].to_lowercase();
    let sentence_end_abs = text[end..]
        .find(['.', '!', '?', '\n', ';'])
        .map_or(text.len(), |i| end + i);
    let sentence = &text[sentence_start..sentence_end_abs];
    if OTHER_SUBJECT_CUES.iter().any(|c| sentence.contains(c)) {
        return false;
    }
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let rest = &text[end..];
    let sentence_end = rest.find(['.', '!', '?', '\n', ';']).unwrap_or(rest.len());
    let after = rest[..sentence_end].to_lowercase();
    // "It should be fixed now, could you confirm?", "Deve estar resolvido, podem confirmar?":
    // the vendor states the fix and asks us to check it; the question is the check, and the
    // hedge ("should") is politeness, unless a time still to come stands before the request.
    // The request may follow in the next sentence ("... sollte damit behoben sein. Könnt ihr
    // das bitte bestätigen?").
    let next_end = rest[sentence_end..]
        .char_indices()
        .skip(1)
        .find(|(_, c)| matches!(c, '.' | '!' | '?' | '\n'))
        .map_or(rest.len(), |(i, _)| sentence_end + i);
    let scope = rest[..next_end].to_lowercase();
    let confirm_at = CONFIRM_WORDS.iter().filter_map(|w| scope.find(w)).min();
    let asks_to_confirm = confirm_at.is_some_and(|at| {
        let between = &scope[..at];
        !FUTURE_MARKERS.iter().any(|m| between.contains(m))
    });
    let negated = words.iter().rev().take(4).any(|w| {
        (NEGATORS.contains(w) && !(asks_to_confirm && HEDGES.contains(w))) || w.ends_with("n't")
    }) || before.contains("to be ")
        || before.contains("as soon as")
        || FORECASTS.iter().any(|f| before.contains(f));
    if negated {
        return false;
    }
    let question = rest[sentence_end..].starts_with('?') && !asks_to_confirm;
    // Dutch and German put the negation after the participle ("Opgelost is het nog niet",
    // "Gelöst ist es leider nicht"): the next five words count too.
    let clause = after.split(',').next().unwrap_or_default();
    let negated_after = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .any(|w| ["niet", "nicht"].contains(&w))
        || AFTER_NEGATIONS.iter().any(|n| after.contains(n));
    !(question
        || negated_after
        || after.trim_start().starts_with("yet")
        || after.contains(" yet")
        || after.trim_start().starts_with("soon"))
}

/// A request to check a fix: "could you confirm", "podem confirmar", "pouvez-vous confirmer".
const CONFIRM_WORDS: [&str; 7] = [
    "confirm",
    "bevestig",
    "bestätig",
    "confirmer",
    "confirmar",
    "confirme",
    "conferma",
];

/// Modal hedges that a confirmation request turns into a statement.
const HEDGES: [&str; 3] = ["should", "sollte", "zou"];

/// A time still to come before the request: "should be fixed by Friday; can you confirm".
const FUTURE_MARKERS: [&str; 9] = [
    "by ", "tomorrow", "tonight", "later", "morgen", "demain", "mañana", "amanhã", "domani",
];

/// "... not yet", "... todavía no": a negation that may stand anywhere after the keyword.
const AFTER_NEGATIONS: [&str; 8] = [
    "not yet",
    "nog niet",
    "noch nicht",
    "pas encore",
    "todavía no",
    "aún no",
    "ainda não",
    "non ancora",
];

/// "After closing time", "before the store closes": the shop's hours, not the ticket.
fn about_opening_hours(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start();
    let before = text[..start].trim_end();
    ["time", "hour", "hours", "tijd", "day"].iter().any(|w| {
        after.starts_with(w) && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    }) || ["after", "before", "until", "till", "at", "store", "shop"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// A closing stated as a fact about the ticket.
fn closing_affirmed(text: &str) -> bool {
    CLOSED_WORDS.find_iter(text).any(|m| {
        affirmed(text, m.start(), m.end()) && !about_opening_hours(text, m.start(), m.end())
    })
}

/// Resolved, and not only worked around: "back online via the LTE backup, but slower" is
/// progress, not a fix.
fn resolved_affirmed(text: &str) -> bool {
    RESOLVED_WORDS.find_iter(text).any(|m| {
        if !affirmed(text, m.start(), m.end()) {
            return false;
        }
        let from = text[..m.start()]
            .rfind(['.', '!', '?', '\n'])
            .map_or(0, |i| i + 1);
        let to = text[m.end()..]
            .find(['.', '!', '?', '\n'])
            .map_or(text.len(), |i| m.end() + i);
        !TEMPORARY.iter().any(|w| text[from..to].contains(w)) && !fails_again(&text[m.end()..to])
    })
}

/// "wieder aufgebaut, bricht aber alle 20–40 Minuten ab", "works again but still drops": a
/// contrast after the fix that says the fault goes on.
fn fails_again(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // German puts the verb before its "aber": the whole rest of the sentence counts.
    words.iter().any(|w| CONTRASTS.contains(w)) && words.iter().any(|w| RECURRENCE.contains(w))
}

const CONTRASTS: [&str; 10] = [
    "but", "aber", "maar", "mais", "pero", "mas", "ma", "men", "mutta", "ale",
];

/// What says the fault goes on after a contrast.
const RECURRENCE: [&str; 24] = [
    "still",
    "again",
    "drops",
    "fails",
    "breaks",
    "bricht",
    "erneut",
    "wieder",
    "immer",
    "noch",
    "opnieuw",
    "nog",
    "steeds",
    "valt",
    "toujours",
    "nouveau",
    "sigue",
    "otra",
    "ainda",
    "novamente",
    "ancora",
    "nuovo",
    "fortfarande",
    "igen",
];

/// Words of a stopgap: the fault is still there, something stands in for the fix.
const TEMPORARY: [&str; 18] = [
    "workaround",
    "temporar",
    "for now",
    "backup",
    "tijdelijk",
    "voorlopig",
    "noodoplossing",
    "vorläufig",
    "provisorisch",
    "übergangsweise",
    "notlösung",
    "provisoire",
    "temporaire",
    "contournement",
    "provisional",
    "temporal",
    "provisóri",
    "temporári",
];

fn keyword_affirmed(text_lower: &str, keyword: &str) -> bool {
    let mut from = 0;
    while let Some(pos) = text_lower[from..].find(keyword) {
        let start = from + pos;
        let end = start + keyword.len();
        if affirmed(text_lower, start, end) {
            return true;
        }
        from = end;
    }
    false
}

/// The status a vendor message states, from the subject (outside our own tag and title) and the
/// new body text. `profile_words` are checked first; then "status changed from X to Y" (only Y
/// counts); then closed before resolved (a closed ticket is also resolved); then
/// acknowledgement phrases; otherwise it is an update.
///
/// `our_words` (our issue's title) are blanked out first: words we wrote ourselves, echoed back
/// by the vendor's helpdesk, say nothing about the vendor's status.
pub fn status_of(
    status_subject: &str,
    new_text: &str,
    profile_words: &[(Event, String)],
    our_words: &[&str],
) -> (Event, String) {
    let body = crate::message::truncate(new_text, 16 * 1024);
    let original = format!("{status_subject}\n{body}");
    let mut lower = original.to_lowercase();
    for phrase in our_words {
        let phrase = phrase.trim().to_lowercase();
        if phrase.len() >= 4 {
            lower = lower.replace(&phrase, " ");
        }
    }
    let field = status_field(&lower);
    let lower = join_wrapped(&original, &blank_links(&blank_date_fields(&lower)));
    let text = lower.as_str();
    for (event, word) in profile_words {
        if keyword_affirmed(text, word) {
            return (*event, format!("vendor profile keyword \"{word}\""));
        }
    }
    if let Some(m) = REOPENED
        .find_iter(text)
        .find(|m| affirmed(text, m.start(), m.end()) && !conditional(text, m.start()))
    {
        // Reopened: work goes on. Checked before the closing words, which a reopening mail
        // repeats ("closing the batch was not the whole story", the quoted closure).
        return (
            Event::Update,
            format!("reopened (\"{}\")", m.as_str().trim()),
        );
    }
    if let Some(to) = STATUS_CHANGE
        .captures_iter(text)
        .filter_map(|c| {
            c.name("to")
                .or_else(|| c.name("to2"))
                .map(|m| m.as_str().to_string())
        })
        .last()
    {
        if CLOSED_WORDS.is_match(&to) {
            return (
                Event::Closed,
                format!("status changed to \"{}\"", to.trim()),
            );
        }
        if RESOLVED_WORDS.is_match(&to) || DONE_VALUES.is_match(to.trim()) {
            return (
                Event::Resolved,
                format!("status changed to \"{}\"", to.trim()),
            );
        }
        return (
            Event::Update,
            format!("status changed to \"{}\"", to.trim()),
        );
    }
    if let Some(value) = &field {
        if DONE_VALUES.is_match(value) && !CLOSED_WORDS.is_match(value) {
            // "Complete", "Erledigt": done, and closed when the mail says so in words.
            if closing_affirmed(text) {
                return (
                    Event::Closed,
                    format!("status field \"{value}\" and closing wording"),
                );
            }
            return (Event::Resolved, format!("status field \"{value}\""));
        }
        if CLOSED_WORDS.is_match(value) {
            return (Event::Closed, format!("status field \"{value}\""));
        }
        if RESOLVED_WORDS.is_match(value) {
            return (Event::Resolved, format!("status field \"{value}\""));
        }
    }
    // A notification's status field is what the helpdesk states; prose around a field that
    // says "In progress" (a footer about closing, a quoted template) does not overrule it.
    let open_field = field.is_some();
    if !open_field && closes_on_confirmation(text) {
        // "Ticket 1522 mag wat mij betreft dicht zodra de winkel het bevestigt": the fix is
        // done; the closing waits for our word.
        return (
            Event::Resolved,
            "states the ticket can be closed once we confirm".into(),
        );
    }
    if !open_field && closing_affirmed(text) {
        if VALIDATION_ASKED.is_match(text) {
            // "A avaria foi fechada ... Por favor valide a resolução; pode rejeitar a resolução
            // e a avaria será reaberta": closed on the helpdesk's side, yet ours to accept.
            return (
                Event::Resolved,
                "states the ticket is closed, awaiting our validation".into(),
            );
        }
        return (Event::Closed, "states the ticket is closed".into());
    }
    if !open_field && resolved_affirmed(text) {
        return (Event::Resolved, "states the issue is resolved".into());
    }
    if let Some(m) = PLANNED
        .find_iter(text)
        .find(|m| affirmed(text, m.start(), m.end()) && !awaited(text, m.start()))
    {
        // "Voor uw serviceaanvraag is een bezoek van een servicemonteur ingepland": a visit or
        // a job planned is work under way, in an automatic notice too.
        return (
            Event::Update,
            format!("planned (\"{}\")", m.as_str().trim()),
        );
    }
    if let Some(m) = APPOINTMENT
        .find_iter(text)
        .find(|m| affirmed(text, m.start(), m.end()) && !awaited(text, m.start()))
    {
        return (
            Event::Update,
            format!("planned (\"{}\")", m.as_str().trim()),
        );
    }
    if let Some(action) = UPDATE_ACTIONS.iter().find(|a| keyword_affirmed(text, a)) {
        // A notification that says what just happened to the ticket (a comment, a note, an
        // update) is an update, whatever else its template repeats ("your ticket remains
        // open", "we received your request" in the footer).
        return (
            Event::Update,
            format!("update notification wording \"{action}\""),
        );
    }
    if let Some(value) = field.as_deref().filter(|v| SCHEDULED_VALUES.is_match(v)) {
        // "Status: Ingepland" beside "werkorder aangemaakt": the helpdesk's own state says the
        // work is planned, whatever receipt words its template repeats.
        return (Event::Update, format!("status field \"{value}\""));
    }
    if let Some(m) = KEEP_OPEN
        .find_iter(text)
        .find(|m| affirmed(text, m.start(), m.end()))
    {
        // "Seguimos con la incidencia MAD/24/0771 abierta": a ticket kept open was opened
        // before; its "abierta" is not a receipt.
        return (
            Event::Update,
            format!("the ticket stays open (\"{}\")", m.as_str().trim()),
        );
    }
    if has_ack_phrase(text) {
        return (Event::Acknowledged, "acknowledgement wording".into());
    }
    if let Some(value) = field {
        if OPEN_VALUES.is_match(&value) {
            // "Open" is also the status of every ticket still being worked on.
            return (
                Event::Acknowledged,
                format!("open status field \"{value}\""),
            );
        }
        if NEW_VALUES.is_match(&value) {
            return (Event::Acknowledged, format!("status field \"{value}\""));
        }
        return (Event::Update, format!("status field \"{value}\""));
    }
    (Event::Update, "vendor reply without a status change".into())
}

/// What kind of evidence a `status_of` reason stands for (the reasons are written above, so
/// this is the one place that knows them).
pub fn basis_of(reason: &str) -> crate::confidence::EventBasis {
    use crate::confidence::EventBasis;
    if reason.starts_with("vendor profile keyword") {
        EventBasis::Profile
    } else if reason.starts_with("open status field") {
        EventBasis::AssumedOpening
    } else if reason.starts_with("status changed to") || reason.starts_with("status field") {
        EventBasis::StatusField
    } else if reason.starts_with("states the") {
        EventBasis::Stated
    } else if reason.starts_with("update notification wording")
        || reason.starts_with("planned")
        || reason.starts_with("reopened")
        || reason.starts_with("the ticket stays open")
    {
        EventBasis::Action
    } else if reason.starts_with("acknowledgement wording") {
        EventBasis::Acknowledgement
    } else {
        EventBasis::Assumed
    }
}

static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"https?://\S+").expect("url compiles"));

/// Links are addresses, not prose: ".../tickets/4411/closed" states nothing.
fn blank_links(lower: &str) -> String {
    URL.replace_all(lower, |c: &regex::Captures<'_>| " ".repeat(c[0].len()))
        .into_owned()
}

/// Plain-text mail is wrapped at 72-80 columns, which cuts sentences ("the problem is
/// still not\nfixed"); the sentence rules see a wrapped line and its continuation as one.
/// A line continues when it is long, does not end a sentence or a field, and the next line
/// starts with a lowercase letter (read from `original`, whose lines match `lower`'s).
fn join_wrapped(original: &str, lower: &str) -> String {
    let orig: Vec<&str> = original.split('\n').collect();
    let low: Vec<&str> = lower.split('\n').collect();
    if orig.len() != low.len() {
        return lower.to_string();
    }
    let mut out = String::with_capacity(lower.len());
    for (i, line) in low.iter().enumerate() {
        out.push_str(line);
        let Some(next) = orig.get(i + 1) else { break };
        let this = orig[i].trim_end();
        // Line 0 is the subject, never part of the body's first sentence.
        let continues = i > 0
            && this.chars().count() >= 40
            && !this.ends_with(['.', '!', '?', ':', ';'])
            && next.trim_start().starts_with(|c: char| c.is_lowercase());
        out.push(if continues { ' ' } else { '\n' });
    }
    out
}

/// "Label : value" lines, as helpdesk notifications lay out their fields.
static FIELD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t>*•|-]*(?P<label>[\p{L}][\p{L} /'-]{1,40}?)[ \t]*[:：][ \t]*(?:[:：][ \t]*)?(?P<value>[^\n]*?)[ \t|]*$")
        .expect("field line compiles")
});
const SUB_STATUS_LABELS: [&str; 4] = ["sub-status", "substatus", "sub status", "sous-statut"];

const STATUS_LABELS: [&str; 29] = [
    "status",
    "state",
    "ticket status",
    "case status",
    "request status",
    "incident status",
    "call status",
    "new status",
    "current status",
    "statut",
    "nouveau statut",
    "état",
    "estado",
    "nuevo estado",
    "novo estado",
    "situação",
    "stato",
    "nieuwe status",
    "status melding",
    "meldingstatus",
    "neuer status",
    "bearbeitungsstatus",
    "nowy status",
    "stav",
    "tila",
    "uusi tila",
    "ny status",
    "aktuel status",
    "aktuell status",
];

/// Status values that mean the work is done (resolved) or that the ticket was just opened.
static DONE_VALUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:technisch|technically|technical|techniquement|técnicamente|tecnicamente)\s+)?(?:done|completed?|fulfilled|gereed|voltooid|afgehandeld|erledigt|terminée?|concluído|concluída|completado|finalizado|finalizada|requires testing|ready for test(?:ing)?|awaiting verification|pending verification|to be verified|réalisée?|effectuée?|uitgevoerd|durchgeführt|realizad[oa]|realizzat[oa])\b")
        .expect("done values compile")
});
static NEW_VALUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:new|opened|registered|received|logged|nieuw|geregistreerd|ontvangen|nouveau|nouvelle|enregistrée?|neu|eingegangen|registriert|novo|nova|registad[oa]|registrad[oa]|nuevo|nueva|recibid[oa]|submitted|ingediend|awaiting approval|pending approval|to be approved|te beoordelen|por aprovar|pendente de aprovação|pendiente de aprobación|à valider|zu genehmigen|attente validation|en attente de validation|registrerat|registrerad|registreret|registrert|mottaget|mottatt|modtaget|ny|nytt|nyt|nový|nová|zaevidován|uusi|vastaanotettu|rekisteröity|nowe|nowy|zarejestrowane)\b")
        .expect("new values compile")
});
/// The sentence around `at` states a condition: "Si vuelve a fallar, ... lo reabrimos", "If it
/// happens again we reopen it".
fn conditional(text: &str, at: usize) -> bool {
    let from = text[..at].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let head = text[from..at].trim_start();
    CONDITIONS.iter().any(|c| {
        head.starts_with(c) && !head[c.len()..].starts_with(|ch: char| ch.is_alphanumeric())
    })
}

/// Whether the words at `at` are what the mail waits for: "U ontvangt bericht zodra een
/// monteur de melding heeft ingepland", "we will call you when the visit has been scheduled".
fn awaited(text: &str, at: usize) -> bool {
    let from = text[..at].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let head = format!(" {} ", &text[from..at]);
    AWAITING.iter().any(|w| head.contains(w))
}

const AWAITING: [&str; 12] = [
    " zodra ",
    " wanneer ",
    " sobald ",
    " wenn ",
    " dès que ",
    " lorsque ",
    " quand ",
    " as soon as ",
    " once ",
    " when ",
    " cuando ",
    " quando ",
];

const CONDITIONS: [&str; 12] = [
    "if", "should", "si", "als", "indien", "mocht", "wenn", "falls", "sollte", "se", "caso",
    "in case",
];

/// "I've reopened SR 1-88412073", "heb de melding heropend", "wieder eröffnet".
static REOPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:re-?opened|reopening|heropend|opnieuw geopend|terug geopend|terug opengezet|weer geopend|wieder (?:eröffnet|geöffnet)|wiedereröffnet|rouvert|rouverte|réouvert|réouverte|reabiert[oa]|reabrimos|reaberto|reaberta|reabrimos|riaperto|riaperta)\b")
        .expect("reopened words compile")
});
/// A closure the customer is asked to accept or may reject: the resolution waits for us.
static VALIDATION_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:valid(?:e|ar|ate|er|eer)|aprove|aprovar|approve|accept(?:eer)?|aceptar?|aceite|akzeptieren|bestätigen Sie|rejeitar|reject|rechazar|refuser|weiger|ablehnen)\s+(?:\S+\s+){0,3}?(?:resolução|resolution|résolution|resolución|solução|solution|solución|oplossing|lösung|risoluzione)\b")
        .expect("validation words compile")
});
/// "Can be closed", "mag dicht", "kann geschlossen werden", "peut être clôturé", "pode ser
/// fechado": a closing offered, not done.
static MAY_CLOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:can|may|could) (?:now )?be closed|(?:kan|mag) (?:\S+ ){0,4}?(?:gesloten|dicht|afgesloten|sluiten)|(?:kann|darf) (?:\S+ ){0,4}?geschlossen|peut (?:\S+ ){0,3}?être (?:clôturée?|fermée?)|pouvons (?:\S+ ){0,3}?(?:clôturer|fermer)|puede (?:\S+ ){0,3}?cerrar(?:se)?|podemos (?:\S+ ){0,3}?(?:cerrar|fechar|encerrar)|pode (?:\S+ ){0,3}?(?:ser )?(?:fechad[oa]|encerrad[oa])|può (?:\S+ ){0,3}?essere chius[oa]|possiamo (?:\S+ ){0,3}?chiudere|kan (?:\S+ ){0,3}?(?:lukkes|stängas|avslutas))\b")
        .expect("may-close words compile")
});

/// A closing offered on the condition that we confirm the fix, in its sentence or the next;
/// or a closing word beside a request to confirm ("confirmadme y lo cierro", "bevestig even,
/// dan sluit ik hem"), not beside a confirmation already given ("as you confirmed, closed").
fn closes_on_confirmation(text: &str) -> bool {
    let asked = CLOSED_WORDS.find_iter(text).any(|m| {
        let from = text[..m.start()]
            .rfind(['.', '!', '?', '\n', ';'])
            .map_or(0, |i| i + 1);
        let to = text[m.end()..]
            .find(['.', '!', '?', '\n', ';'])
            .map_or(text.len(), |i| m.end() + i);
        let sentence = &text[from..to];
        sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CONFIRM_WORDS.iter().any(|c| w.starts_with(c)) && !is_past_confirmation(w))
    });
    asked
        || MAY_CLOSE.find_iter(text).any(|m| {
            let from = text[..m.start()]
                .rfind(['.', '!', '?', '\n'])
                .map_or(0, |i| i + 1);
            let rest = &text[m.end()..];
            let first = rest
                .find(['.', '!', '?', '\n'])
                .map_or(rest.len(), |i| i + 1);
            let second = rest[first..]
                .find(['.', '!', '?', '\n'])
                .map_or(rest.len(), |i| first + i);
            let scope = &text[from..m.end() + second];
            CONFIRM_WORDS.iter().any(|w| scope.contains(w))
        })
}

/// "confirmed", "bevestigd", "bestätigt", "confirmé", "confirmado", "confermato": a
/// confirmation given, not asked for.
fn is_past_confirmation(word: &str) -> bool {
    [
        "ed", "gd", "igt", "é", "ée", "ado", "ada", "ato", "ata", "ou",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// The ticket kept open, in prose: work goes on.
static KEEP_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:stays|remains|staying|remaining) open|keep(?:ing)? (?:\S+ ){0,3}?open|leav(?:e|ing) (?:\S+ ){0,3}?open|blijft (?:\S+ ){0,2}?open(?:staan)?|(?:laat|laten|houden|houd) (?:\S+ ){0,4}?open(?:staan)?|bleibt (?:\S+ ){0,2}?offen|(?:lassen|halten|lasse|halte) (?:\S+ ){0,4}?offen|reste ouverte?|(?:laissons|gardons|laisse|garde) (?:\S+ ){0,4}?ouverte?|sigue abiert[oa]|queda abiert[oa]|(?:seguimos con|mantenemos|dejamos) (?:\S+ ){0,4}?abiert[oa]|continua abert[oa]|fica abert[oa]|(?:mantemos|deixamos) (?:\S+ ){0,4}?abert[oa]|(?:resta|rimane) apert[oa]|(?:teniamo|lasciamo) (?:\S+ ){0,4}?apert[oa])\b")
        .expect("keep-open words compile")
});
/// A visit or a job planned, in prose: "is een bezoek ... ingepland", "has been scheduled".
static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:is|zijn|wordt|werd|has been|have been|was|were|wurde|wurden|ist|a été|ont été|ha sido|han sido|foi|foram|fue|fueron|è stato|è stata|has|have|heeft|hebben|hat|haben)\s+(?:[\w'-]+\s+){0,8}?(?:ingepland|gepland|scheduled|eingeplant|geplant|terminiert|planifiée?s?|programad[oa]s?|agendad[oa]s?|programmat[oa]|pianificat[oa])\b")
        .expect("planned words compile")
});
/// A visit confirmed or a technician on the way: "wir bestätigen den folgenden Servicetermin",
/// "we confirm the engineer's visit", "uw technicus ... is onderweg". Work under way, in an
/// automatic notice too (not the ticket's opening).
static APPOINTMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:(?:we|wir|wij|nous|hiermit|hereby)\s+(?:\w+\s+){0,2}?(?:bestätigen|confirm|bevestigen|confirmons)|confirmamos|confermiamo)\s+(?:[\w'-]+\s+){0,4}?(?:termin|servicetermin|technikertermin|einsatztermin|appointment|visit|afspraak|bezoek|rendez-vous|passage|cita|visita|marcação|appuntamento)|(?:termin|servicetermin|appointment|visit|afspraak|bezoek|rendez-vous|cita|visita|marcação|appuntamento)\s+(?:[\w'-]+\s+){0,4}?(?:is|has been|was|wurde|ist|werd|a été|est|foi|fue|ha sido|è stato|è stata)\s+(?:\w+\s+)?(?:bestätigt|confirmed|bevestigd|confirmée?|confirmad[oa]|confermat[oa])|(?:technician|engineer|monteur|servicemonteur|technicus|techniker|servicetechniker|technicien|técnico|tecnico)(?:\s+[\w'-]+){0,4}?\s+(?:is|ist|est|está|è)\s+(?:now\s+|nu\s+|jetzt\s+)?(?:on (?:the|his|her|their) way|onderweg|unterwegs|en route|en camino|a caminho|in viaggio|in arrivo))\b")
        .expect("appointment words compile")
});
/// A visit or a job planned: work under way ("Status: Ingepland", "Scheduled").
static SCHEDULED_VALUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:scheduled|planned|dispatched|ingepland|gepland|planifiée?|programmée?|geplant|eingeplant|terminiert|programad[oa]|agendad[oa])\b")
        .expect("scheduled values compile")
});
static OPEN_VALUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:open|geopend|ouvert|ouverte|offen|aberto|aberta|abierto|abierta)\b")
        .expect("open values compile")
});

/// The value of the last status field ("Status : In progress"), lowercase.
fn status_field(lower: &str) -> Option<String> {
    // "Status: Open" then "Sub-Status: Solution Provided": the sub-status says where in the
    // open state the ticket is, so it speaks when it has a value.
    let sub = FIELD_LINE
        .captures_iter(lower)
        .filter(|c| SUB_STATUS_LABELS.contains(&c["label"].trim()))
        .map(|c| c["value"].trim().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 60 && !EMPTY_OR_DATE.is_match(v))
        .last();
    sub.or_else(|| {
        FIELD_LINE
            .captures_iter(lower)
            .filter(|c| STATUS_LABELS.contains(&c["label"].trim()))
            .map(|c| c["value"].trim().to_string())
            .filter(|v| !v.is_empty() && v.len() <= 60)
            .last()
    })
    // "Status: Open -> In Progress": the value now is the one after the arrow.
    .map(|v| {
        v.rsplit(['→', '⇒'])
            .next()
            .and_then(|v| v.rsplit("->").next())
            .and_then(|v| v.rsplit("=>").next())
            .unwrap_or(&v)
            .trim()
            .to_string()
    })
    // "Statut : Non résolu", "Status: not resolved": a negated value is an open ticket, said
    // in words the value rules would misread; the prose rules decide instead.
    .filter(|v| {
        !v.split(|c: char| !c.is_alphanumeric())
            .any(|w| ["non", "not", "nicht", "niet", "no", "não", "sin"].contains(&w))
    })
}

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:date|datum|fecha|data|time|tijd|zeit|heure|hora|on|op|am|le|el|em|at|by)\b",
    )
    .expect("date labels compile")
});
/// An empty field value or a date/time: "", "-", "n/a", "12/07/2024 10:15".
static EMPTY_OR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:|-+|—|n/?a|none|null|geen|aucun|keine|nenhum|ninguno|[\d\s./:,-]+)$")
        .expect("empty values compile")
});

/// Field lines whose label names a closing or resolution date ("Closed date :", "Resolved
/// on: -") say nothing by their label: blank them (a filled date comes with a status field
/// anyway). "The issue has been resolved: we replaced the board" is a sentence, not a field.
fn blank_date_fields(lower: &str) -> String {
    FIELD_LINE
        .replace_all(lower, |c: &regex::Captures<'_>| {
            let label = &c["label"];
            if STATUS_LABELS.contains(&label.trim()) {
                c[0].to_string()
            } else if (CLOSED_WORDS.is_match(label) || RESOLVED_WORDS.is_match(label))
                && (DATE_LABEL.is_match(label) || EMPTY_OR_DATE.is_match(c["value"].trim()))
            {
                " ".repeat(c[0].len())
            } else {
                c[0].to_string()
            }
        })
        .into_owned()
}

/// A satisfaction survey: a rating request that states no status of its own.
/// "Factuur 2024-10877 van RSNL", "Invoice INV-5531", "Ihre Rechnung 4471": the vendor's
/// accounts department bills; the work orders an invoice lists are not news about them.
pub fn is_invoice(mail: &Mail) -> bool {
    INVOICE_SUBJECT.is_match(&mail.subject_core)
}

static INVOICE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:your|uw|ihre|votre|su|sua|la|de|die|the|new|nieuwe|neue|nouvelle)\s+)?(?:invoice|factuur|rechnung|facture|factura|fatura|fattura|credit note|creditnota|gutschrift|avoir)\b")
        .expect("invoice subject compiles")
});

/// Mail from a survey service (Simplesat, Delighted, Nicereply, SurveyMonkey, ...): a survey
/// whatever it repeats of the ticket ("your ticket 41873 was closed - how did we do?").
fn sender_domain(mail: &Mail) -> String {
    mail.from
        .as_deref()
        .and_then(|a| a.rsplit_once('@'))
        .map_or("", |(_, d)| d)
        .to_ascii_lowercase()
}

/// Mail from a survey service we know: a survey whatever it repeats of the ticket.
pub fn from_survey_service(mail: &Mail) -> bool {
    let domain = sender_domain(mail);
    SURVEY_SERVICES
        .iter()
        .any(|s| crate::sender::is_same_or_subdomain(&domain, s))
}

/// A survey service's host: one we know, or a feedback or survey product's own domain
/// ("zonkafeedback.com", "surveys.example-cx.com").
fn survey_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    SURVEY_SERVICES
        .iter()
        .any(|s| crate::sender::is_same_or_subdomain(&host, s))
        || host.contains("feedback")
        || host.contains("survey")
}

/// Survey wording from a feedback product's own domain.
pub fn survey_from_feedback_product(mail: &Mail) -> bool {
    survey_host(&sender_domain(mail)) && is_survey(mail)
}

/// A survey by its subject ("How did we do? [STORE-201] …"): what the body recalls of the
/// ticket ("was recently closed") is not news.
pub fn survey_subject(mail: &Mail) -> bool {
    let subject = mail.subject.to_lowercase();
    SURVEY_WORDS.iter().any(|w| subject.contains(w))
}

const SURVEY_SERVICES: [&str; 13] = [
    "simplesat.io",
    "customergauge.com",
    "delighted.com",
    "nicereply.com",
    "surveymonkey.com",
    "qualtrics.com",
    "typeform.com",
    "surveysparrow.com",
    "customerthermometer.com",
    "asknicely.com",
    "retently.com",
    "getfeedback.com",
    "medallia.com",
];

/// A survey the vendor sends from its own address: the subject asks for our opinion and the
/// mail links to a survey service ("Uw mening over melding 245871 telt" with a CustomerGauge
/// link). What it recalls of the ticket ("is onlangs afgesloten") is not news.
pub fn asks_opinion(mail: &Mail) -> bool {
    let subject = mail.subject.to_lowercase();
    OPINION_SUBJECT.iter().any(|w| subject.contains(w))
        && URL.find_iter(&mail.new_text).any(|u| {
            let host = u
                .as_str()
                .split_once("://")
                .map_or("", |(_, rest)| rest)
                .split(['/', '?', '#', ':'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            survey_host(&host)
        })
}

const OPINION_SUBJECT: [&str; 12] = [
    "your opinion",
    "your feedback",
    "uw mening",
    "jouw mening",
    "ihre meinung",
    "ihr feedback",
    "votre avis",
    "sua opinião",
    "su opinión",
    "tu opinión",
    "la sua opinione",
    "la tua opinione",
];

pub fn is_survey(mail: &Mail) -> bool {
    let text = format!(
        "{}\n{}",
        mail.subject,
        crate::message::truncate(&mail.new_text, 4096)
    )
    .to_lowercase();
    SURVEY_WORDS.iter().any(|w| text.contains(w))
}

const SURVEY_WORDS: [&str; 39] = [
    // "How did we do?" and the rating scale's top label, as survey mails put them.
    "hoe hebben we het gedaan",
    "comment avons-nous",
    "wie haben wir",
    "como nos saímos",
    "cómo lo hicimos",
    "come ci siamo comportati",
    "very satisfied",
    "zeer tevreden",
    "très satisfait",
    "sehr zufrieden",
    "muito satisfeito",
    "muy satisfecho",
    "molto soddisfatto",
    "how would you rate",
    "rate your experience",
    "rate our support",
    "rate the support",
    "satisfaction survey",
    "customer satisfaction",
    "how did we do",
    "how satisfied",
    "tell us how we did",
    "tevredenheidsonderzoek",
    "hoe tevreden",
    "enquête de satisfaction",
    "zufriedenheitsumfrage",
    "wie zufrieden",
    "pesquisa de satisfação",
    "inquérito de satisfação",
    "encuesta de satisfacción",
    "valore su experiencia",
    // The recommendation question of NPS surveys (Delighted, Qualtrics, ...).
    "how likely are you to recommend",
    "zou aanbevelen",
    "weiterempfehlen",
    "recommanderiez",
    "recomendaría",
    "recomendaria",
    "consiglieresti",
    "raccomanderesti",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn st(body: &str) -> Event {
        status_of("", body, &[], &[]).0
    }

    /// Classes from the blind-11 set, one sentence each (none is a message of the set).
    #[test]
    fn kept_open_forecasts_partial_fixes_and_closures_to_accept() {
        use Event::*;
        let table = [
            ("Mantenemos el caso 77 abierto hasta el martes.", Update),
            ("I'll keep the ticket open until the part arrives.", Update),
            (
                "Die Störung bleibt offen, bis der Techniker da war.",
                Update,
            ),
            (
                "Two of three tills work; partly fixed, so the case stays open.",
                Update,
            ),
            (
                "Expected by the carrier: line repaired around 15:00.",
                Update,
            ),
            ("Erwartung laut Telekom: gegen 17 Uhr behoben.", Update),
            (
                "Het is verholpen. Kun je het bevestigen? Dan sluiten we de melding af.",
                Resolved,
            ),
            (
                "The job was closed by the engineer. Please validate the resolution or reject it.",
                Resolved,
            ),
            ("The job was closed by the engineer.", Closed),
            (
                "Le dossier a été clôturé. Vous pouvez refuser la solution dans le portail.",
                Resolved,
            ),
            ("Estado: Pendente de aprovação", Acknowledged),
            ("Uw avaria? Nee: uw storing is geregistreerd.", Acknowledged),
        ];
        for (text, want) in table {
            assert_eq!(st(text), want, "{text}");
        }
    }

    /// Classes from the blind-12 set, one sentence each (none is a message of the set).
    #[test]
    fn closings_offered_qualified_done_and_three_more_languages() {
        use Event::*;
        let table = [
            (
                "Kassa 3 werkt. De melding mag dicht zodra jullie het bevestigen.",
                Resolved,
            ),
            (
                "The printer is back. The ticket can be closed once you confirm.",
                Resolved,
            ),
            ("The ticket can be closed.", Update),
            ("Status: Technisch erledigt - Abnahme ausstehend", Resolved),
            ("Naprawa została zakończona, urządzenie wysłane.", Resolved),
            ("Zgłoszenie zostało zarejestrowane.", Acknowledged),
            ("Nowy status: W naprawie", Update),
            ("Vi har modtaget din henvendelse.", Acknowledged),
            ("Fejlen er løst.", Resolved),
            ("Fejlen er ikke løst endnu.", Update),
            ("Ärendet är registrerat hos oss.", Acknowledged),
            ("Vi stänger ärendet nu.", Closed),
        ];
        for (text, want) in table {
            assert_eq!(st(text), want, "{text}");
        }
    }

    /// Classes from the blind-13 set, one sentence each (none is a message of the set).
    #[test]
    fn closings_asked_relapses_and_czech_finnish_nordic_words() {
        use Event::*;
        let table = [
            (
                "Ya funciona. Si os parece bien, confirmadme y lo cierro.",
                Resolved,
            ),
            ("As you confirmed, we have closed the ticket.", Closed),
            (
                "Der Tunnel ist wieder aufgebaut, bricht aber alle 20 Minuten ab.",
                Update,
            ),
            (
                "The till works again, but still drops the card reader.",
                Update,
            ),
            ("It works again, but please let us know.", Resolved),
            ("Váš požadavek byl vyřešen a uzavřen.", Closed),
            ("Vika on korjattu.", Resolved),
            ("Vika ei ole vielä korjattu.", Update),
            ("Stav: Nový", Acknowledged),
            ("Status: Registrerat", Acknowledged),
            ("Kurzer Zwischenstand: der Techniker ist bestellt.", Update),
            ("Je melding is bij ons binnen.", Acknowledged),
            (
                "Your maintenance request has been marked Complete.",
                Resolved,
            ),
            ("Your technician finished the job today.", Resolved),
            (
                "Nous avons bien pris en compte votre signalement.",
                Acknowledged,
            ),
            (
                "Ich habe den Fall unter der Nummer A-31877 aufgenommen.",
                Acknowledged,
            ),
        ];
        for (text, want) in table {
            assert_eq!(st(text), want, "{text}");
        }
        let survey = Mail {
            new_text: "Hoe waarschijnlijk is het dat u RSNL zou aanbevelen?".into(),
            ..Mail::default()
        };
        assert!(is_survey(&survey));
        let service = Mail {
            from: Some("rsnl@mail.simplesat.io".into()),
            ..Mail::default()
        };
        assert!(from_survey_service(&service));
        let lookalike = Mail {
            from: Some("support@notsimplesat.io".into()),
            ..Mail::default()
        };
        assert!(!from_survey_service(&lookalike));
    }

    /// Classes from the blind-15 set, one sentence each (none is a message of the set).
    #[test]
    fn status_changes_in_other_languages_visits_confirmed_and_queued_requests() {
        use Event::*;
        let table = [
            (
                "Der Status des Vorgangs wurde geändert auf: Gelöst.",
                Resolved,
            ),
            ("Status zlecenia 88 został zmieniony na: Zamknięte.", Closed),
            ("Le statut a été changé en : En cours.", Update),
            ("Status changed to Completed.", Resolved),
            ("Wij bevestigen de afspraak voor dinsdag 10:00.", Update),
            ("Your appointment has been confirmed for Friday.", Update),
            (
                "A dispatcher will confirm the appointment by e-mail.",
                Update,
            ),
            ("Onze monteur Piet is onderweg naar de winkel.", Update),
            ("Je aanvraag is binnen, we kijken ernaar.", Acknowledged),
            (
                "Thanks, I have put it in the queue for the field team.",
                Acknowledged,
            ),
        ];
        for (text, want) in table {
            assert_eq!(st(text), want, "{text}");
        }
        let opinion = |link: &str| Mail {
            subject: "Uw mening over melding 1234 telt".into(),
            new_text: format!("Uw melding is afgesloten. Open de enquête: {link}"),
            ..Mail::default()
        };
        assert!(asks_opinion(&opinion(
            "https://rsnl.customergauge.com/s/nps?c=1234"
        )));
        assert!(!asks_opinion(&opinion("https://rsnl.nl/melding/1234")));
    }

    /// Classes from the blind-16 set, one sentence each (none is a message of the set).
    #[test]
    fn carriers_tickets_works_again_and_visits_waited_for() {
        use Event::*;
        let table = [
            ("J'ai ouvert un ticket chez Proximus pour la ligne.", Update),
            ("We have opened a ticket with us for this.", Acknowledged),
            (
                "Le lien est rétabli (ticket opérateur 4471 clôturé).",
                Update,
            ),
            ("Ik heb de melding terug geopend.", Update),
            ("Our dispatcher has scheduled a visit for Friday.", Update),
            (
                "U hoort van ons zodra een monteur de melding heeft ingepland.",
                Update,
            ),
            ("De printer print weer alles.", Resolved),
            (
                "He replaced the board and the tickets print again.",
                Resolved,
            ),
            ("Naprawa zakończona, urządzenie wraca.", Resolved),
            ("Repair completed; the unit ships today.", Resolved),
            ("Fix deployed last night.", Resolved),
            ("Status: In progress -> Requires testing", Resolved),
        ];
        for (text, want) in table {
            assert_eq!(st(text), want, "{text}");
        }
        let zonka = Mail {
            from: Some("surveys@acmefeedback.com".into()),
            new_text: "Your ticket was closed. How satisfied are you with our support?".into(),
            ..Mail::default()
        };
        assert!(survey_from_feedback_product(&zonka));
        let how = Mail {
            subject: "How did we do? [STORE-1] Till".into(),
            ..Mail::default()
        };
        assert!(survey_subject(&how));
    }

    #[test]
    fn holidays_in_the_first_person_are_out_of_office() {
        for body in [
            "Estoy de vacaciones hasta el lunes, sin acceso al correo.",
            "Ich bin im Urlaub bis zum 3. August.",
            "Ik ben met vakantie tot en met vrijdag.",
            "Sono in ferie fino al 20 agosto.",
            "Ik ben tot en met maandag 12 augustus met vakantie en lees mijn e-mail niet.",
        ] {
            let mail = Mail {
                new_text: body.to_string(),
                ..Mail::default()
            };
            assert!(personal_auto_reply(&mail).is_some(), "{body}");
        }
        let colleague = Mail {
            new_text: "Jan is met vakantie; ik heb je melding overgenomen.".into(),
            ..Mail::default()
        };
        assert_eq!(personal_auto_reply(&colleague), None);
    }

    #[test]
    fn invoices_are_billing() {
        let mail = |s: &str| Mail {
            subject_core: s.to_string(),
            ..Mail::default()
        };
        assert!(is_invoice(&mail(
            "Factuur 2024-10877 van RSNL Retail Services B.V."
        )));
        assert!(is_invoice(&mail("Ihre Rechnung 4471")));
        assert!(!is_invoice(&mail("Ticket 4471: invoice printer jammed")));
    }

    /// Classes from the blind-10 set, one sentence each (none is a message of the set).
    #[test]
    fn reopenings_plans_stopgaps_and_finished_tickets() {
        use Event::*;
        let table = [
            (
                "I've reopened SR 1-4471; closing the batch was not the whole story.",
                Update,
            ),
            (
                "Si vuelve a fallar, respondan y lo reabrimos. Hemos cerrado el caso.",
                Closed,
            ),
            (
                "Voor uw aanvraag is een bezoek van een monteur ingepland.",
                Update,
            ),
            ("An engineer visit has been scheduled for Friday.", Update),
            (
                "The tills are back online through the LTE backup router, but slower.",
                Update,
            ),
            ("The tills are back online.", Resolved),
            ("Status: Open\nSub-Status: Solution Provided", Resolved),
            ("Status: Open -> In Progress", Update),
            ("Ik sluit ons dossier hierbij af.", Closed),
            ("O seu chamado foi finalizado pela nossa equipa.", Closed),
            (
                "La orden de trabajo, generada a partir de su solicitud SOL-1, ha sido finalizada.",
                Resolved,
            ),
            (
                "Zou nu weer gewoon moeten werken. Kun je het laten bevestigen?",
                Resolved,
            ),
            (
                "Wenn Sie diese E-Mail irrtümlich erhalten haben, informieren Sie den Absender.",
                Update,
            ),
            (
                "We hebben er een storingsbon voor aangemaakt.",
                Acknowledged,
            ),
        ];
        for (text, want) in table {
            assert_eq!(st(text), want, "{text}");
        }
    }

    #[test]
    fn negations() {
        assert_eq!(st("The issue is not resolved yet."), Event::Update);
        assert_eq!(st("It isn't fixed."), Event::Update);
        assert_eq!(
            st("We will close the ticket once it is resolved."),
            Event::Update
        );
        assert_eq!(st("Is it resolved?"), Event::Update);
        assert_eq!(st("The issue has been resolved."), Event::Resolved);
        assert_eq!(
            st("Your ticket has been resolved. It will be closed automatically in 7 days."),
            Event::Resolved
        );
        assert_eq!(st("Ticket closed."), Event::Closed);
        assert_eq!(
            st("Status changed from Resolved to In Progress"),
            Event::Update
        );
        assert_eq!(st("Status changed from Open to Resolved"), Event::Resolved);
        assert_eq!(st("Your request has been received."), Event::Acknowledged);
        assert_eq!(st("Opgelost is het dus nog niet."), Event::Update);
        assert_eq!(st("Gelöst ist es leider nicht."), Event::Update);
        assert_eq!(st("Opgelost, niet meer langskomen."), Event::Resolved);
    }

    #[test]
    fn a_fix_with_a_request_to_confirm_it_is_resolved() {
        assert_eq!(
            st("It should be fixed now - could you confirm with the store?"),
            Event::Resolved
        );
        assert_eq!(
            st("Deve estar resolvido, podem confirmar com a loja?"),
            Event::Resolved
        );
        // A fix still to come, or a question about the fix itself, is not one.
        assert_eq!(
            st("It should be fixed by Friday, can you confirm the store is open?"),
            Event::Update
        );
        assert_eq!(st("Is it fixed now?"), Event::Update);
        assert_eq!(
            st("Das Problem sollte damit behoben sein. Könnt ihr das bitte bestätigen?"),
            Event::Resolved
        );
        assert_eq!(
            st("Mocht het eerder opgelost zijn, bel me even."),
            Event::Update
        );
        assert_eq!(
            st("The service visit for your request has been completed."),
            Event::Resolved
        );
        assert_eq!(
            st("Voor uw melding is een werkorder aangemaakt.\nStatus: Ingepland"),
            Event::Update
        );
        assert_eq!(
            st("Je clôture donc le ticket de notre côté."),
            Event::Closed
        );
        assert_eq!(
            st("We've scheduled a technician for Job #10442."),
            Event::Update
        );
    }

    #[test]
    fn wrapped_lines_are_one_sentence() {
        let body = "We cleaned the PC remotely, but the problem is still not\nfixed: it takes 6 minutes to boot.";
        assert_eq!(st(body), Event::Update);
        let body = "Wij hebben de storing aan de PIN-pad kabel in Eindhoven Piazza\ngeregistreerd onder meldnummer 240701-017.";
        assert_eq!(st(body), Event::Acknowledged);
        // A short line is not wrapped prose: the next line starts a new statement.
        assert_eq!(st("Not sure yet\nresolved it is"), Event::Resolved);
    }

    #[test]
    fn short_receipts_and_shop_hours() {
        assert_eq!(
            st("Recebido, obrigado. Vamos tratar disto hoje."),
            Event::Acknowledged
        );
        assert_eq!(st("Goed ontvangen! We kijken ernaar."), Event::Acknowledged);
        assert_eq!(st("We received the printer in our lab."), Event::Update);
        assert_eq!(
            st("We will remove the task tonight after closing time."),
            Event::Update
        );
        assert_eq!(st("We are closing this ticket now."), Event::Closed);
        assert_eq!(
            st("Status updated, see https://x.nl/tickets/4411/closed"),
            Event::Update
        );
    }
}
