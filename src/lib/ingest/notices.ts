/**
 * Notices: what a page says about itself rather than about the news — a feedback widget's question
 * ("Was this page helpful?"), a sponsor or underwriting credit, a disclaimer or a note on where the
 * text first ran, a press contact with its number, and the legal lines of a footer (a company's
 * registration, the group it belongs to). Each kind is a pattern of wording that pages in general
 * use, never a phrase of one site, and each is written so that it does not match a sentence of news
 * that merely mentions the same things ("the bill's sponsor", "the press office said", "a company
 * registered in Delaware").
 *
 * A notice counts as a strong interface hit (see `features.ts`); the rule that removes it is
 * `notice`. A notice inside a longer paragraph only makes it "ui-prose", which is kept and checked.
 */

/** The kinds of notice, for the report. */
export type NoticeKind = 'feedback' | 'sponsor' | 'disclaimer' | 'contact' | 'legal';

/** Writes a pattern with each literal space standing for any run of white space (pages join words with no-break spaces); optional space is written `\s?`. */
const pattern = (source: string, flags = 'iu'): RegExp => new RegExp(source.replace(/ /g, String.raw`\s+`), flags);

/**
 * Writes literal words so that they match in any case, for a pattern that must stay case-sensitive
 * elsewhere: with the `i` flag, `\p{Lu}` would match a small letter too, and "Part of the problem"
 * would pass for "Part of the Bugle group".
 */
const anyCase = (words: string): string => words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

/** The page itself, as a feedback question or a disclaimer names it. */
const THIS_PAGE = String.raw`this (?:page|article|story|post|information|content|answer|guide|site|website|transcript|briefing|report|update)`;

/** The page placing itself in a series: "This long read is part of our series Small Mysteries." */
const SERIES_NOTE = pattern(String.raw`^this (?:article|story|long read|longread|piece|report|essay|feature|post|episode|interview|column|commentary|analysis|brief|paper) is (?:part|one) of (?:our|the|a|an) (?:\S+ ){0,4}(?:series|collection|programme|program|project|initiative)\b`);
/** A newsroom describing itself, then asking in its own voice: "X is a not-for-profit newsroom. Our coverage is free to read …". */
const NEWSROOM_PITCH = pattern(
  String.raw`\bis an? (?:independent,? )?(?:not-for-profit|non-?profit|charitable|reader-(?:funded|supported)|community-owned) (?:newsroom|news (?:site|service|organi[sz]ation|outlet)|publication|newspaper|magazine|website)\. (?:our|we)\b`,
);

/** An e-mail newsletter's own footer: "You are receiving this e-mail because you signed up …". */
/** How a transcript was made: "Rush transcript", "This transcript was produced with automated software …". */
const TRANSCRIPT_NOTE = pattern(String.raw`\brush transcript\b|\btranscripts? (?:is|are|was|were|has been|have been) (?:created|produced|prepared|generated|made) (?:on a rush deadline|(?:by|with|using) (?:a |an )?(?:contractor|third party|vendor|computer|machine|software|automated|automatic|speech|ai\b|artificial intelligence|(?:human |professional )?(?:stenographers?|transcribers?|captioners?|court reporters?)))`);

const EMAIL_RECEIPT = pattern(String.raw`\byou(?: are|'re)? receiv(?:ed|ing) this (?:e-?mail|newsletter|message|bulletin)\b|^if (?:you were|you've been|you have been|someone) forwarded (?:you )?this (?:e-?mail|newsletter|message|post)\b`);
/** A press release's legal boilerplate: "This press release contains forward-looking statements …". */
const FORWARD_LOOKING = pattern(String.raw`\b(?:this|the) (?:press )?(?:release|announcement|communication) (?:contains|includes|may contain) (?:certain )?["“]?forward-looking statements\b|^["“]?forward-looking statements["”]?$|\bsafe harbou?r (?:provisions?|statement)\b`);

/** How to cite the page, who translated or edited it, whether it may be quoted: "Suggested citation: …", "(Translated by: A. B.)". */
const CREDIT_NOTE = pattern(
  String.raw`^(?:suggested|recommended|preferred) citation\s?:|^how to cite (?:this|the) (?:article|paper|report|page)\b|^\(?(?:translated|translation|edited|editing|compiled|proofread) by\s?:?\s[^!?()]{1,60}\)?$|^(?:quotation|reproduction|republication|republishing) (?:is )?(?:permitted|allowed|prohibited|forbidden)\b|^[^.!?]{3,160} contributed(?: reporting)? (?:to|for) this (?:report|story|article)\.?$|^[^.!?]{3,160} contributed reporting\.?$|^(?:contributing|additional reporting(?: by)?)\s?:?\s\p{Lu}[^!?]{1,160}$`,
);

/** A feedback widget: a question about the page, its answers, its thanks, an invitation to rate it or report an error. */
const FEEDBACK = [
  pattern(String.raw`\b(?:was|is|were) ${THIS_PAGE}(?: \w+)? (?:helpful|useful|clear)\b`),
  pattern(String.raw`^(?:was|is) this (?:helpful|useful)\?*$`),
  pattern(String.raw`\b${THIS_PAGE} (?:is|was) (?:not )?(?:helpful|useful)\b`),
  pattern(String.raw`\bhow (?:helpful|useful) (?:was|is) ${THIS_PAGE}\b`),
  pattern(String.raw`\bdid (?:you find (?:${THIS_PAGE} )?(?:helpful|useful|what you (?:were|are) looking for)|${THIS_PAGE} answer your question)\b`),
  pattern(String.raw`\banything wrong with ${THIS_PAGE}\b`),
  pattern(String.raw`\brate ${THIS_PAGE}\b`),
  pattern(String.raw`\bthanks? (?:you )?for (?:your feedback|the feedback|letting us know)\b`),
  pattern(String.raw`\b(?:give|send|leave|share) (?:us )?(?:your )?feedback\b`),
  pattern(String.raw`\bhelp us improve (?:this|our) (?:page|site|website|service)s?\b`),
  pattern(String.raw`\breport a problem with ${THIS_PAGE}\b`),
  pattern(String.raw`^(?:report|spotted|found|seen) an? (?:error|mistake|typo)\b`),
  // A tip-off prompt: a question to the reader, then where to send what they saw ("Seen a claim you doubt? Tell us at …").
  pattern(String.raw`^(?:have you )?(?:spotted|seen|noticed|found|heard|got|know (?:of|about)) (?:something|anything|a (?:claim|post|story|tip|photo|video|rumou?r))\b[^.!?]{0,80}\? (?:send|tell|email|e-mail|message|contact|get in touch|let us know|share)\b`),
];

/** A sponsor or underwriting credit: who paid for the page, or a label for paid matter. */
const SPONSOR = [
  pattern(String.raw`\b(?:sponsor(?:ed)?|promoted) (?:message|content|post|links?|stories|story|feature|segment)s?\b`),
  pattern(
    String.raw`\b(?:this|the following) (?:post|story|article|page|feature|newsletter|episode|podcast|program|programme|segment|content|message) (?:is|was) (?:sponsored|paid for|supported|underwritten|presented) by\b`,
  ),
  pattern(String.raw`\bsupport for (?:this|our) (?:story|program|programme|podcast|show|series|coverage|reporting|journalism|station|newsletter|site) (?:comes|is provided) (?:from|by)\b|^support (?:comes from|provided by)\b`),
  pattern(String.raw`\bmessage (?:comes|is) from (?:\S+ ){0,2}sponsors?\b`),
  pattern(String.raw`\bthis (?:article|story|report|series|project|coverage|reporting|newsletter) (?:was|is) (?:produced|made|funded|supported) (?:in partnership with|with (?:the )?(?:support|funding) (?:of|from)|by a grant from)\b`),
  pattern(String.raw`\bbrought to you (?:in part )?by\b`),
  pattern(String.raw`\bunderwriting (?:message|support|announcement|credit)s?\b`),
  pattern(String.raw`\ba (?:word|message) from our (?:sponsors?|partners?|advertisers?)\b`),
  pattern(String.raw`\b(?:paid|partner|advertiser|branded|promoted|commercial) (?:post|content|partnership|promotion)\b|\badvert(?:isement|ising)? feature\b|\badvertorial\b`),
  // A label of its own, with no sentence in it: "Presented by Alder Creek Hardware", "In association with the Fernhill Trust".
  pattern(String.raw`^(?:presented|promoted|supported|funded|underwritten|sponsored) by [^.!?]{1,60}$|^in (?:association|partnership) with [^.!?]{1,60}$`),
  pattern(String.raw`^(?:our |with thanks to our )?(?:sponsors|underwriters|funders)$`),
  // "Support for The Morning Show comes from …": a programme's name, capitalised, not "support for the measure".
  pattern(String.raw`^${anyCase('support for')} \p{Lu}[^.!?]{0,60}? ${anyCase('(comes|is provided)')} ${anyCase('(from|by)')} `, 'u'),
  // A station or newsroom that describes how it is paid for: "… is a member-supported station."
  pattern(String.raw`\b(?:member|listener|viewer|reader)s?[-\s]?(?:supported|funded|powered) (?:public )?(?:station|radio|broadcaster|media|newsroom|news|journalism|network)\b`),
  NEWSROOM_PITCH,
];

/** A disclaimer, or a note on the text's origin: whose views these are, where it first ran, that it was translated. */
const DISCLAIMER = [
  // A paper's letters policy: "The Gazette welcomes letters of up to 300 words …", "Letters must include the writer's name …".
  pattern(String.raw`\bwelcomes letters\b|\bletters (?:must|should) (?:include|be (?:signed|no longer))\b|\bwe (?:do not|don't) (?:publish|print) anonymous letters\b`),
  // An institution's land acknowledgement: "… occupies the ancestral lands of the Ho-Chunk Nation."
  pattern(String.raw`\b(?:occupies|is (?:located|built|situated) on|sits on|stands on) the (?:ancestral|traditional|unceded|stolen) (?:lands?|territor(?:y|ies)|homelands?) of\b`),
  // A press office's offer of its experts: "HSU faculty are available to speak with reporters on a wide range of topics."
  pattern(String.raw`\b(?:are|is) available to (?:speak|talk) (?:with|to) (?:reporters|journalists|the media|the news media|news media)\b`),
  // A court reporter's or notary's certificate under a transcript: "I, Jane Doe, do hereby certify that the foregoing …".
  pattern(String.raw`\bdo hereby certify that the (?:foregoing|above|within|preceding)\b`),
  // A service's line on whom it is not: "… is an independent service and is not affiliated with the U.S. Congress".
  pattern(String.raw`\b(?:is|are) not affiliated with\b|\bis an independent (?:service|site|publication|project) (?:and|that)\b`),
  pattern(String.raw`\b(?:views|opinions) expressed\b.*\b(?:own|necessarily|those of)\b`),
  pattern(String.raw`\b(?:views|opinions)\b[^.!?]*\b(?:are|is) (?:those of the (?:author|writer|columnist)s?|(?:the )?(?:author|writer|columnist)['’]s? own|(?:my|our|their|his|her) own)\b`),
  pattern(String.raw`^disclosures?\s?:|\b(?:author|writer)s? (?:has|have|declares?) no (?:financial|competing|conflicts?)\b`),
  pattern(String.raw`\bdo(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views?|opinions?|position)\b`),
  pattern(String.raw`\bthis (?:article|story|column|piece|post|essay|interview) (?:was )?(?:first|originally) (?:appeared|published|ran)\b`),
  pattern(String.raw`\ba version of this (?:article|story|column|piece|essay|interview) (?:appeared|appears|was published|ran)\b`),
  pattern(String.raw`\bthis (?:article|story|page|text|post) (?:was|has been|is) (?:automatically |machine[- ]|auto[- ])?translated\b`),
  pattern(String.raw`(?:^|[.!?] )read the original(?: (?:article|story|text|post|version|in \p{L}+))?\.?$`),
  pattern(String.raw`\ban official (?:website|web site|site) of\b`),
  pattern(String.raw`^about the (?:author|writer|columnist|contributor)s?$`),
  SERIES_NOTE,
  EMAIL_RECEIPT,
  CREDIT_NOTE,
  // Where a magazine printed the piece: "This article appears in the May 2025 issue of …".
  pattern(String.raw`\bthis (?:article|story|piece|feature|essay|interview|review|column) (?:appears|appeared|will appear|ran|runs|was published|is published) in (?:the |our |a )?(?:\p{L}+ )?(?:\d{4} )?(?:print )?(?:issue|edition)\b`),
  // How the text was made: a rush transcript, an agency feed published unedited (see FIRM below).
  TRANSCRIPT_NOTE,
  pattern(String.raw`\bmay not be in (?:its|their) final form\b`),
  pattern(String.raw`\b(?:automatically|auto-?) ?(?:published|generated|posted|imported) from (?:the |a |an )?[^.!?]{0,40}\b(?:feed|wire|newswire|service)\b|\bhas not been (?:edited|checked|reviewed|modified) by [^.!?]{0,60}\bstaff\b`),
];

/** Words that make a line a press contact, when it also gives a number or an address to contact. */
const CONTACT_WORDS = pattern(
  String.raw`\b(?:press|media|news|communications|public affairs) (?:office|officer|enquiries|inquiries|contacts?|relations|team|desk|manager)\b|\bfor interviews\b|\binterview requests?\b|\bjournalists (?:can|should|may|wishing)\b|^(?:press |media )?contacts?\s?:|^spokes(?:person|man|woman)\s?:|^out of hours\b`,
);
/** An e-mail address. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
/** A run of digits with the spaces and punctuation of a telephone number. */
const PHONE = /\+?\(?\d[\d ()./-]{5,}\d/gu;
/** A date written with digits only ("12.05.2024", "2024-05-12"), which a telephone pattern would also match. */
const NUMERIC_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$/;

/** True when a line gives a way to reach someone: an e-mail address, or a telephone number of seven digits or more. */
export function givesContact(text: string): boolean {
  if (EMAIL.test(text)) return true;
  return [...text.matchAll(PHONE)].some((m) => (m[0].match(/\d/g) ?? []).length >= 7 && !NUMERIC_DATE.test(m[0].trim()));
}

/** A name as a footer writes it: capitalised words ("Bugle Media", "USA TODAY", "Harrow & Co"). */
const NAME = String.raw`\p{Lu}[\p{L}&'’.-]*(?: (?:\p{Lu}[\p{L}&'’.-]*|&|of|and))*`;

/** Legal lines of a footer: a registration with its number or office, the group a title belongs to. */
const LEGAL = [
  // "Registered in England and Wales. Company number 01234567.", "charity number 1234567", "Company Reg. No. 123456".
  pattern(String.raw`\b(?:company|charity|registration|registered|reg\.?|vat|companies house) (?:reg(?:istration|istered)?\.? )?(?:no|number|num)\b\.?:?\s?(?:[A-Z]{0,3}\s?)?\d[\d\s]{4,}`),
  pattern(String.raw`\b(?:abn|acn|vat|ein)\s?:?\s?(?:[A-Z]{2}\s?)?\d{2,3}(?:\s?\d{3}){2,3}\b`),
  pattern(String.raw`\bregistered (?:in [\p{L} ]*?|as an? [\p{L} ]*?)\(?(?:no\.? |number )?[A-Z]{0,3}\d{5,}\)?`),
  pattern(String.raw`\bregistered (?:office|address)\s?:|^registered in [\p{L}&, ]+\.?$|\bcompany limited by guarantee\b`),
  pattern(String.raw`\bauthori[sz]ed and regulated by\b|\b(?:this (?:site|website|newspaper|title|publication) is|we are) (?:regulated by|a member of)\b`),
  pattern(String.raw`\bis a trading name of `),
  // The body a site belongs to: "Claimwise is a project of the Open Record Foundation, a 501(c)(3) nonprofit."
  pattern(String.raw`^${NAME} is an? (?:project|program|programme|initiative|service|publication) of (?:the )?${NAME}\b|\ba 501\(c\)\(3\)`, 'u'),
  // The owner's line of a station or a paper: "KWZT is a Big Country Broadcasting station.", "The Courier is a Gannett newspaper."
  pattern(String.raw`^${NAME} is an? ${NAME} (?:station|newspaper|publication|property|title|brand|website|company)\.?$`, 'u'),
  // A press regulator's line: "The Example Gazette is regulated by the Independent Press Standards Organisation."
  pattern(String.raw`\b(?:regulated by|(?:a )?member of|subscribes? to)\b[^.!?]{0,40}\b(?:press|news media) (?:standards|council|regulator|complaints|ombudsman)\b`),
  pattern(String.raw`\bequal opportunity (?:provider|employer|lender)\b`),
  // A financial firm's regulator line: "… is authorised by the Prudential Regulation Authority."
  pattern(String.raw`\bauthori[sz]ed (?:and regulated )?by the (?:\S+ ){0,3}(?:authority|commission)\b`),
  FORWARD_LOOKING,
  // A court report's legal box: the page says it is under a reporting restriction, or why the paper reports courts.
  pattern(String.raw`\b(?:this|the above) (?:report|article|story|page|case) (?:is|was) (?:subject to|covered by) (?:an? )?(?:reporting |legal )?(?:restrictions?|orders?|anonymity orders?)\b`),
  pattern(String.raw`^why we (?:report|cover|publish|name|write about)\b|\bwe are (?:legally )?(?:obliged|required|bound) to report (?:\S+ ){0,3}(?:fairly|accurately|proceedings|cases)\b|\breports? on (?:court|criminal) (?:cases|hearings|proceedings) because\b|^read our (?:\S+ ){0,2}(?:reporting|editorial|corrections|court) (?:policy|guidelines|standards|code)\b`),
  // A group line standing as a sentence of its own: "Published by X Group.", "Part of the X network.", "A Gannett Company".
  pattern(String.raw`(?:^|[.!?] )${anyCase('(published|owned|operated)')} ${anyCase('by')} (?:the )?${NAME} ${anyCase('(group|media|ltd|limited|plc|inc|llc|gmbh|holdings|publishing|network)')}\b`, 'u'),
  pattern(String.raw`(?:^|[.!?] )(?:${anyCase('a')} |${anyCase('an')} )?${anyCase('(part|member|division)')} of (?:the )?${NAME} ${anyCase('(group|network|family)')}\.?$`, 'u'),
  pattern(String.raw`^${anyCase('(a|an)')} ${NAME} ${anyCase('(company|publication|newspaper|brand)')}\.?$`, 'u'),
  // A line that is only a title's group: "The Example Advertiser is part of Moorland Media Group." (a name, not "Part of the problem").
  pattern(String.raw`^${NAME} ${anyCase('is')} (?:${anyCase('(a|an)')} )?${anyCase('(part|member|division|subsidiary)')} of (?:the )?${NAME} ${anyCase('(group|media|network|family|ltd|limited|plc|inc|holdings|publishing)')}\.?$`, 'u'),
];

/**
 * Notices whose wording only a page's own notice uses, never a sentence of news: an underwriting
 * credit that names its sponsor and the sponsor's slogan ("Support comes from Example Dental,
 * offering …"), a note that the text is a rush transcript or an agency feed published unedited.
 * Such a notice is removed even inside the article (see `classify.ts`); every other notice that
 * reads as a sentence there is kept and checked.
 */
/**
 * A reference site's line under an entry's title, as MediaWiki prints it ("From Wikipedia, the
 * free encyclopedia"): the site's name, then what it is. The name is the publisher's.
 */
export const SITE_SUB = /^From (\p{Lu}[\p{L}\p{N}'’&. -]{1,50}), the (?:[\p{L}-]+ ){0,6}(?:encyclop(?:a)?edia|wiki|reference|dictionary|knowledge base|database|gazetteer)\b[^.!?]{0,60}$/u;

/** A wiki's hatnote over an entry: "This article is about … For …, see …", "For other uses, see …", "Not to be confused with …", "“X” redirects here." */
const HATNOTE = pattern(String.raw`^(?:this (?:article|page|entry) is about\b[^.!?]{1,120}\. for\b[^.!?]{1,120}, see\b|for other uses, see\b|not to be confused with\b|["“][^"”]{1,60}["”] redirects here\.)`);

const FIRM = [
  SITE_SUB,
  HATNOTE,
  // The Government Publishing Office's line over every text of the Congressional Record it serves.
  pattern(String.raw`^from the congressional record online through the government (?:publishing|printing) office\b`),
  // A document's contact line: "For questions about this memo, contact Jo Bell at jo@example.org or (253) 555-0164."
  pattern(String.raw`^for (?:questions|more information|further information|inquiries|enquiries)\b[^.!?]{0,60}\b(?:contact|e-?mail|call|write to)\b[^!?]{0,100}(?:@|\d{3}[ .-]\d{4})`),
  // A nonprofit's status line: "… is a nonpartisan 501(c)(3) organization."
  pattern(String.raw`\bis an? (?:[\p{L}-]+ ){0,3}501\s?\(c\)\s?\(\d\) (?:organi[sz]ation|nonprofit|non-profit|charity)\b`),
  // A wiki's footer on who may edit it: "Reading is open to all; editing is limited to registered contributors."
  pattern(String.raw`\bediting is (?:limited|restricted|open) to\b|\banyone can edit (?:this|the) (?:page|wiki|site)\b`),
  pattern(String.raw`^${anyCase('support')} (?:${anyCase('for')} \p{Lu}[^.!?]{0,60}? )?${anyCase('(comes|is provided)')} ${anyCase('(from|by)')} \p{Lu}[^,.!?]{1,60}, (?:\p{Ll}+ing|makers? of|providers? of|proud|dedicated|committed)\b`, 'u'),
  TRANSCRIPT_NOTE,
  pattern(String.raw`\b(?:automatically|auto-?) ?(?:published|generated|posted|imported) from (?:the |a |an )?[^.!?]{0,40}\b(?:feed|wire|newswire)\b`),
  SERIES_NOTE,
  EMAIL_RECEIPT,
  FORWARD_LOOKING,
  NEWSROOM_PITCH,
  CREDIT_NOTE,
  // An empty widget's message: "Sorry, there are no recent results for popular videos."
  pattern(String.raw`^(?:sorry,? )?(?:there are |we found )?no (?:recent |matching )?results (?:for|found|to show)\b`, 'i'),
  // A form's consent line: "I would like to be emailed about offers…", "I understand and agree that registration…".
  pattern(String.raw`^I (?:would like to|agree to|agree that|understand and agree|consent to)\b[^.!?]{0,160}\b(?:e-?mail(?:ed|s)?|newsletters?|registration|user agreement|terms|privacy|offers)\b`, 'i'),
  // A newsletter's privacy line: "Privacy note: our newsletters may include messages about charities…".
  pattern(String.raw`^privacy (?:note|notice)\s*:|\bour newsletters? (?:may )?(?:include|contain)s?\b`, 'i'),
  // A paper's own pitch inside the story: "Support local journalism. Subscribe to the Dispatch for $1 a week."
  pattern(String.raw`^support (?:local|independent|quality|our|public-interest) journalism\b|\bsubscribe\b[^.!?]{0,60}\bfor (?:just |only )?[£$€]\s?\d[\d.,]* (?:a|per) (?:week|month|year)\b`, 'i'),
  // A reporter's contact line: "Reach Tess Marlowe at tmarlowe@example.com or 555-0188."
  pattern(String.raw`^(?:[Rr]each|[Cc]ontact|[Ee]-?mail) (?:him|her|them|the (?:reporter|writer|author)|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) (?:at|on|via) (?:\S+@\S+|(?:\(?\d{3}\)?[ .-]?)?\d{3}[ .-]\d{4})`, 'u'),
  // A licence line: "All content is available under the Open Government Licence v3.0, except where otherwise stated".
  pattern(String.raw`\b(?:all )?(?:content|text|material) (?:is )?available under (?:the |a )?(?:[^.!?]{0,60}\blicen[cs]e\b|creative commons\b)|\b(?:this (?:work|article|page|content) is )?licensed under (?:a |the )?(?:creative commons|open government)\b`, 'i'),
  // An aggregator on where its stories come from: "Stories on Newsgrove come from United Press International and our other news partners."
  pattern(String.raw`^(?:the )?(?:stories|articles|content|news|reports)(?: (?:on|at) [^.!?]{1,40})? (?:comes?|is|are) (?:provided by |supplied by |from )[^.!?]{0,80}\b(?:partners?|agenc(?:y|ies)|wire services?|providers?)\b`, 'i'),
  // A forum's or a comment section's rules: "Do not post unit locations …".
  pattern(String.raw`(?:^|[.!?]\s+)(?:please )?(?:do not|don't|never) post\b`, 'i'),
  // A consent banner's purposes, in the standard wording of the IAB's Transparency and Consent Framework that consent tools print.
  pattern(String.raw`^(?:personali[sz]ed advertising and content, advertising and content measurement|store and\/or access information on a device|use precise geolocation data|actively scan device characteristics for identification|(?:use limited data to select|create profiles for personali[sz]ed) (?:advertising|content))\b`, 'i'),
  // A release's embargo label on a line of its own.
  pattern(String.raw`^for immediate release\.?$`, 'i'),
  // A release's press-office line: "Media inquiries regarding this release may be directed to …".
  pattern(String.raw`^(?:media|press|news media) (?:inquiries|enquiries|queries)\b[^.!?]{0,80}\b(?:directed|sent|contact|call|e-?mail)`, 'i'),
  // A pitch for the site's channel on a messaging app: "Stay up to date with the latest news. Follow Gulf Horizon on WhatsApp".
  pattern(String.raw`^stay up to date with (?:the latest|our)\b|\bfollow [^.!?]{1,40} on (?:whatsapp|telegram|google news|signal)\b|^join (?:the |our )?[^.!?]{0,40}\b(?:whatsapp|telegram|signal) (?:channel|group|community)\b`, 'i'),
  // A pitch for money: "If you value this work, chip in $5 a month", "… is independent and nonprofit. We don't take money from …".
  pattern(String.raw`\bchip in (?:[$£€]\s?\d|here\b)|^if you (?:value|like|enjoy|appreciate|rely on) (?:this|our) (?:work|journalism|reporting|newsletter|site)\b|\bsupport (?:more )?independent (?:reporting|journalism)\b|^\p{Lu}[\p{L}'’ -]{1,40} is (?:an? )?(?:independent(?: and)? )?(?:nonprofit|non-profit|reader-funded|reader-supported)\b[^.!?]{0,20}[.!?]\s+we (?:don't|do not) take money\b`, 'iu'),
  // The banner of US government sites (the U.S. Web Design System's), on .gov and .mil alike.
  pattern(String.raw`^an? \.(?:gov|mil) website belongs to an official\b|\bmeans you(?:'|’)ve safely connected to the \.(?:gov|mil) website\b|^(?:official|secure) \.?(?:gov|mil)? ?websites use (?:\.gov|\.mil|https)\b`, 'i'),
  // A footer's contact lines: "Phone: 870-555-0187", "Email: newsroom@example.com", and a US city with its state and ZIP code.
  pattern(String.raw`^(?:phone|tel|telephone|fax|e-?mail)\s*:\s*(?:\+?[\d(][\d ().-]{6,}|\S+@\S+)$|^\p{Lu}[\p{L} .'’-]{1,30}, [A-Z]{2} \d{5}(?:-\d{4})?$`, 'iu'),
  // An agency's desk slug under its copy: "bur-sct/jm", "ec/dw".
  pattern(String.raw`^(?:[a-z]{2,5}-)*[a-z]{2,5}(?:\/[a-z]{2,5})+$`),
  // A metered paywall's counter: "You have 2 free articles left this month.", "This is your last free story."
  pattern(String.raw`^(?:you have|you've got) (?:\d+|one|two|three|no) (?:more )?free (?:articles?|stor(?:y|ies)|reads?)(?: left| remaining)\b|^this is your (?:last|final) free (?:article|story)\b`, 'i'),
  // A market widget's note: "Quotes are delayed by at least 15 minutes.", "All quotes delayed a minimum of 15 minutes."
  pattern(String.raw`^(?:all )?(?:market )?(?:quotes|prices|data) (?:are |is )?delayed (?:by )?(?:at least |a minimum of |up to )?\d+ min`, 'i'),
  // A page's pointer to its own standards: "Our Standards: The Thomson Reuters Trust Principles."
  pattern(String.raw`^our (?:standards|editorial (?:standards|policy|guidelines|values)|ethics (?:policy|code))\s*:`, 'i'),
  // A reporter's credit: "Karadeniz reported from Istanbul.", "Ruiz and Park reported from Kirkby and York."
  pattern(String.raw`^\p{Lu}[\p{L}'’-]+(?:(?:,| and) \p{Lu}[\p{L}'’-]+){0,3} reported from \p{Lu}[^.!?]{1,60}\.?$`, 'u'),
  // A station's or paper's sign-off: "Stay with KJRV 7 for updates on this developing story."
  pattern(String.raw`^(?:stay with|stick with|keep it (?:here )?(?:on|with)|check back with) [^.!?]{1,40} for (?:updates|the latest|more)\b`, 'i'),
  // A blog engine's line under a post: "This entry was posted in Military and tagged Jordan. Bookmark the permalink."
  pattern(String.raw`^this (?:entry|post|article) was (?:posted|filed) (?:in|under)\b|\bbookmark the permalink\b`, 'i'),
  // A forum post's edit note: "Last edited by Walt Brekke on Tue Dec 31, 2019 7:05 pm, edited 1 time in total."
  pattern(String.raw`^last edited by\b.{1,80}\bedited \d+ times? in total\.?$`, 'i'),
  // A registration wall: "Register for free to keep reading local news from …", "You've reached your limit of free articles".
  pattern(String.raw`^(?:register|sign up|sign in|log in|subscribe)(?: (?:for free|now|today|free))? to (?:keep|continue) reading\b|^(?:you've|you have) (?:reached|hit|used up) (?:your|the) (?:\S+ ){0,2}limit\b`, 'i'),
  // A newsletter's or a newsroom's pitch: "… is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.", "Crater Watch is free to read and funded by donations."
  pattern(String.raw`\bconsider becoming a (?:free or paid |paid |free )?(?:subscriber|member|supporter)\b|\bto receive new posts\b|\bis (?:free to read|free for everyone|free for all) and (?:is )?(?:funded|supported|paid for) by (?:donations|readers|its readers|members)\b`, 'i'),
  // A reader-revenue appeal's ask: "If you can, please support us today. It takes less than a minute."
  pattern(String.raw`\bplease support us\b|\bit (?:takes|only takes) less than a minute\b|\bbuy me a coffee\b|\b(?:support|fund) (?:our|this) (?:journalism|reporting|work) (?:today|from as little)`, 'i'),
];

/** The answers a feedback widget offers under its question: "Yes", "No", "Yes No", "Not really", 👍 👎. */
const ANSWER = /^(?:(?:yes|no|maybe|not really|somewhat|partly|partially|a little|very|not at all|thumbs up|thumbs down|👍|👎)[\s,/|·•]*)+$/iu;

/** True for a line that is only a feedback widget's answer buttons (it counts as one after a feedback question). */
export function isFeedbackAnswer(text: string): boolean {
  return ANSWER.test(text.trim());
}

/** True when a line holds a notice worded as only a page's own notice is (see `FIRM`). */
export function isFirmNotice(text: string): boolean {
  return FIRM.some((re) => re.test(text));
}

/** The notices in a line: at most one of each kind, with the words that matched. */
export function noticesIn(text: string): { kind: NoticeKind; text: string }[] {
  const found: { kind: NoticeKind; text: string }[] = [];
  const add = (kind: NoticeKind, list: RegExp[]): void => {
    const m = list.map((re) => text.match(re)).find((x) => x !== null);
    if (m) found.push({ kind, text: m[0].trim().toLowerCase() });
  };
  add('feedback', FEEDBACK);
  add('sponsor', SPONSOR);
  add('disclaimer', DISCLAIMER);
  const contact = text.match(CONTACT_WORDS);
  if (contact && givesContact(text)) found.push({ kind: 'contact', text: contact[0].toLowerCase() });
  add('legal', LEGAL);
  return found;
}
