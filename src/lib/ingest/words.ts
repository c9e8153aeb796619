/**
 * The two word lists the furniture classifier counts with: English function words (the stop list of
 * jusText, Pomikálek 2011, cut to its commonest members) and the vocabulary of web-page interfaces
 * (buttons, banners, menus, forms). Both describe kinds of text, never any particular page: article
 * prose is dense in function words, page furniture in interface words.
 */

/** Function words: articles, pronouns, prepositions, conjunctions, auxiliaries, common adverbs. */
const FUNCTION_WORDS = new Set(
  `a about above after again against all also although am an and another any are around as at be
  because been before being below between both but by can could did do does doing down during each
  either else even ever every few for from further had has have having he her here hers herself him
  himself his how however i if in into is it its itself just least less like many may me might more
  most much must my myself neither no nor not now of off often on once one only onto or other our
  ours ourselves out over own per perhaps rather same several shall she should since so some such
  than that the their theirs them themselves then there these they this those though through thus
  to too toward towards under until up upon us very was we were what whatever when where whether
  which while who whom whose why will with within without would yet you your yours yourself`.split(/\s+/),
);

/**
 * Interface words and how strongly each marks furniture. 1: words that name a page's machinery and
 * almost never occur in news prose (cookie, newsletter, subscribe). 0.75: the social networks, which
 * share buttons name but news also reports on. 0.5: words that buttons and menus use but prose also
 * does (share, follow, accept, related, comments, video).
 */
const INTERFACE_WORDS: Record<string, number> = {};
const weigh = (weight: number, list: string): void => {
  for (const w of list.split(/\s+/).filter(Boolean)) INTERFACE_WORDS[w] = weight;
};
weigh(1, `cookie cookies consent gdpr subscribe subscribed subscriber subscribers subscription subscriptions
  unsubscribe newsletter newsletters advertisement advertisements advert adverts sponsored login logout
  signup inbox paywall sitemap rss copyright pingback pingbacks trackback trackbacks`);
weigh(0.75, `facebook twitter whatsapp linkedin reddit pinterest telegram instagram youtube tiktok flipboard
  bluesky mastodon`);
weigh(0.5, `share shares sharing tweet print email e-mail follow followers accept reject decline preferences
  settings privacy policy terms partners personalised personalized related recommended trending popular
  latest read watch listen video videos gallery photos search home account register password profile
  premium download app apps notifications alerts click tap toggle close skip expand enlarge view load
  loading feedback contact careers advertise advertising ad ads accessibility help faq edition topics
  tags gift min trademark reserved rights previous next more comments commenting reply replies menu podcast
  podcasts save saved autoplay embed`);

/** A label over links to a story's earlier reports: "Earlier coverage", "Our coverage", "Related coverage". */
export const COVERAGE_LABEL = String.raw`(?:earlier|previous|past|prior|full|ongoing|continuing|our|related|more|latest) coverage`;

/**
 * Interface phrases, each worth two interface words: the fixed wording of buttons, banners and
 * forms ("sign in", "all rights reserved"), general to the web rather than to any site. Any white
 * space may separate the words: pages often join them with no-break spaces.
 */
const INTERFACE_PHRASES = new RegExp(
  String.raw`\b(?:sign (?:in|up|out)|log (?:in|out)|skip to|read more|read next|all rights reserved|terms (?:of|and) (?:use|service|conditions)|privacy (?:policy|notice|settings)|cookie (?:policy|settings|preferences)|(?:\d+ )?min(?:ute)? read|story continues|continue reading|click here|follow us|share (?:this|on|via)|copy link|(?:view|see)(?: this| more)?(?: (?:post|video|photo|reel|profile|tweet|thread))? on (?:x|twitter|instagram|facebook|tiktok|youtube|threads|bluesky|linkedin|mastodon)|email address|most (?:read|popular|viewed|shared)|you (?:may|might) also like|more (?:(?:news|stories|articles|posts|videos) )?(?:from|on|in) \S+|see also|also read|back to top|powered by|leave a (?:reply|comment)|comments are closed|\d+ comments?|(?:show|view|hide|load|read|see|post|add) (?:all |the )?comments?|join the (?:conversation|discussion|debate)|(?:download|get|install) (?:the|our) (?:[a-z0-9+]+ ){0,3}app|(?:tap|click|swipe)(?: or (?:tap|click|swipe))? to (?:view|see|open|play|expand|enlarge|browse)|use (?:the |your )?(?:arrows?|arrow (?:keys|buttons)) to (?:browse|navigate|scroll|view|see|move)|(?:you've|you’ve|you have) (?:reached|hit|used) (?:your|the) (?:\S+ ){0,2}limit|(?:you've|you’ve|you have) used (?:all (?:of )?)?your (?:\S+ ){0,2}free (?:articles?|stories|reads)|\d+ free (?:articles?|stories|gift articles?) (?:left|remaining)|(?:all )?quotes (?:are )?delayed|in this (?:article|story):|buy now|liked by \w+|ready for more|(?:register|sign up|log in|subscribe)(?: (?:for free|now|today))? to (?:keep|continue) reading|continue with (?:google|apple|facebook|microsoft|e-?mail)|not ready to (?:register|subscribe|sign up)|(?:see|view) (?:our|all) (?:subscription )?(?:offers|plans)|already have an account|here's how you know|here’s how you know|(?:buy|purchase|order) (?:this |a )?(?:photo|print|picture|image|reprint)s?|save my name,? e-?mail,? and website|(?:sorry, )?(?:there are )?no (?:recent |matching )?results (?:for|found)|download (?:the )?(?:data|full (?:data|report)|spreadsheet|dataset)(?: \((?:csv|xlsx?|pdf|json)\))?|(?:posted|filed) (?:in|under)|(?:previous|next|older|newer) (?:post|article|story|entry)|buy me a coffee|tip jar|(?:shared|sent) (?:from|via|with) (?:the )?(?:\S+ ){0,4}app|print(?:ed)? (?:from|this (?:page|article|story))|close (?:this )?window|find out more(?=$)|view (?:this (?:e-?mail|newsletter|message) )?(?:in|on) (?:your |a |the )?(?:web )?browser|view (?:it |this (?:e-?mail|newsletter) )?online(?=$)|view as (?:a )?web ?page|read (?:this|the full|the whole) (?:story|article|report) (?:on|at) \S+|^${COVERAGE_LABEL}(?=$)|(?:\d+|one|two|three|four|five) free (?:articles?|stories|reads|pieces) (?:left|remaining)|listen to (?:this|the) (?:article|story)|open in app|enter your email|unlimited access|cancel anytime|already a subscriber|(?:enlarge|expand) (?:this )?(?:image|photo|picture)|(?:hide|show|toggle) caption|by clicking|manage (?:preferences|cookies|consent)|accept all|reject all|thanks for reading|subscribe for free|(?:receive|get) new posts|become a (?:[a-z]+ )?(?:member|subscriber|supporter|patron)|(?:\d+|first [a-z]+) (?:issues|months|weeks) for (?:just |only )?[£$€]\s?\d+|(?:must|need to|have to) be (?:signed|logged) in to (?:comment|reply|post|vote)|(?:from|out of) \d[\d,]* (?:votes|ratings|reviews)|rate this (?:recipe|article|story|post|product)|cont(?:inued|'d|\.)? (?:on|from) (?:page|p\.) ?[A-Z]?\d{1,3}|^from (?:page|p\.) ?[A-Z]?\d{1,3}$|(?:blog|site|website) at wordpress\.com|^retrieved from ["“]?https?(?=:)|^categor(?:y|ies): [^|]*\w(?=\s*\|)|^(?:hits|views|reads|page views):? \d[\d,.]*$|^(?:current time|duration|remaining time) -?\d{1,2}:\d{2}(?::\d{2})?$|^(?:beginning|end) of dialog window|\bvol(?:ume)?\.? \d{1,4},? (?:no|number|issue)\.? \d{1,4})\b`.replace(/ /g, String.raw`\s+`),
  'gi',
);

/** A media label opening a teaser: "Watch: …", "VIDEO: …", "Listen: …", "Related video: …". */
export const MEDIA_LABEL = /^(?:(?:(?:related|recommended|more|featured)\s+)?(?:watch|videos?|listen|audio|gallery|photos|in pictures)(?:\s+(?:now|live|next))?|related|see also|also read|read also|read more|further reading)\s*:/i;

/** A link that points with an arrow before or after its words: previous and next posts. */
const ARROW_LINK = /^\s*[←«‹]\s*\S|\S\s*[→»›]\s*$/u;

/** A market quote's chip, as a finance page prints it by a story: a ticker with its exchange suffix ("CL=F", "^GSPC", "BRK.B") or a signed change ("-0.70%", "+3.11"). */
const QUOTE_CHIP = /^\s*(?:\^[A-Z]{2,6}|[A-Z]{1,6}[=.][A-Z]{1,4}|\(?[+\-−]\d[\d,]*(?:\.\d+)?%?\)?)\s*$/u;

/**
 * A logo's text, where a copy keeps an image's alt text: capitalised words, then "logo" ("The
 * Example Ledger logo"), or the alt text in square brackets, as an e-mail client pastes an image
 * ("[The Example Record]", "[Photo]"): a few words, no sentence.
 */
const LOGO = /^(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,6}logo$|^\[[^\][.!?:]{1,60}\]$/u;

/** The words of a text: runs of letters, digits and inner apostrophes or hyphens, lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}©]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** How many of the words are function words. */
export function functionWordCount(list: string[]): number {
  return list.filter((w) => FUNCTION_WORDS.has(w)).length;
}

/** True for an English function word (lower case). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * The interface words and phrases of a text: their total weight, the hits, whether any is strong
 * (a phrase, or a word of weight 1), which marks furniture even alone, and whether any is a word
 * of weight 1, which names the page's machinery (cookie, newsletter, subscribe); and how many
 * hits are phrases.
 */
export function interfaceScore(text: string, list: string[] = words(text)): { score: number; hits: string[]; strong: boolean; machinery: boolean; phrases: number } {
  const hits: string[] = [];
  let score = 0;
  let phrases = 0;
  let strong = false;
  let machinery = false;
  for (const m of text.matchAll(INTERFACE_PHRASES)) {
    hits.push(m[0].toLowerCase());
    score += 2;
    phrases++;
    strong = true;
  }
  const logo = text.trim().match(LOGO);
  if (logo) {
    hits.push('logo');
    score += 2;
    phrases++;
    strong = true;
  }
  // A previous/next link that points with an arrow: "← Snow day at the hall", "Feb. 3: The answer comes →".
  if (ARROW_LINK.test(text) && list.length <= 15) {
    hits.push('arrow link');
    score += 2;
    phrases++;
    strong = true;
  }
  if (QUOTE_CHIP.test(text)) {
    hits.push('quote chip');
    score += 2;
    phrases++;
    strong = true;
  }
  const label = text.match(MEDIA_LABEL);
  if (label) {
    hits.push(label[0].toLowerCase());
    score += 2;
    phrases++;
    strong = true;
  }
  for (const w of list) {
    const weight = INTERFACE_WORDS[w];
    if (weight) {
      hits.push(w);
      score += weight;
      strong ||= weight >= 1;
      machinery ||= weight >= 1;
    }
  }
  return { score, hits, strong, machinery, phrases };
}
