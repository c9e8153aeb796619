/**
 * Why a line left the article. Each rule is general — it describes a kind of line, never a file —
 * and every line a rule removes is listed in the ingest report under the rule's id, with the class
 * scores the classifier gave it (see `classify.ts`).
 */

/** The id of a rule, as printed in the report. */
export type RuleId =
  | 'date-metadata'
  | 'duplicate-line'
  | 'page-furniture'
  | 'pull-quote'
  | 'stray-token'
  | 'photo-caption'
  | 'photo-credit'
  | 'agency-licensing-note'
  | 'byline'
  | 'date-line'
  | 'dateline'
  | 'copyright'
  | 'interface'
  | 'notice'
  | 'navigation'
  | 'teaser'
  | 'comments'
  | 'excerpt-box'
  | 'embed'
  | 'before-headline'
  | 'after-article'
  | 'between-furniture'
  | 'outside-article'
  | 'landmark'
  | 'link-list'
  | 'issuer-line'
  | 'mail-header';

/** What each rule removes, for the report's legend and the editor's guide. */
export const RULES: Record<RuleId, string> = {
  'date-metadata': 'a leading "date YYYY-MM-DD" token: it becomes the published date',
  'duplicate-line': 'a line that repeats an earlier line of the same article (repeated titles and captions)',
  'page-furniture': 'a running header, footer or page number of a paginated copy (a PDF’s), wherever a page break left it: the paragraph it cut is joined again',
  'pull-quote': 'a line that repeats, word for word, part of a paragraph of the article (a pull quote such as “A bridge is also a promise.”): its words stay in their paragraph',
  'stray-token': 'a line of one to three capital letters or lone punctuation, such as "TT", or a gallery counter such as "3 of 12" or "Photo 3 of 12"',
  'photo-caption': 'a photo caption: kept once, as the figure caption with its credit',
  'photo-credit': 'a photo credit or a caption label on a line of its own ("Image source, Getty Images", "Rosa Delgado/Public Radio"): kept with the figure',
  'agency-licensing-note': 'a photo agency licensing note such as "NO RESALES. NO ARCHIVES."',
  byline: 'a byline ("By Jane Doe, Reuters", "Hosted by Jane Doe"), with a job title on the line under it ("Environment reporter"): it becomes `ingest.byline`',
  'date-line': 'a line that only says when ("Published 3 February 2024 · Updated 4 February", "Updated at 16.34 BST"): it becomes the published date; a live blog\'s entry times ("17.41 BST") stay',
  dateline: 'an agency dateline at the start of the first paragraph ("WASHINGTON (AP) —"): it names the agency',
  copyright: 'a copyright line ("© 2024 The Daily Example. All rights reserved.") or a press release’s "SOURCE" line: it names the publisher',
  interface: 'a line made of interface words: buttons, menus, banners, sign-in and newsletter boxes, cookie notices, advertisement labels',
  notice:
    'what a page says about itself: a feedback question ("Was this page helpful?"), a sponsor or underwriting credit, a member-supported station, a disclaimer, a note on where the text first ran or how it was made (a print issue, a rush transcript, an unedited agency feed), a press contact with its number, a press regulator, a company’s registration or group line',
  navigation: 'a run of menu items, a breadcrumb or a row of share buttons',
  teaser: 'headlines listed under a "Related", "Read more" or "Most read" label',
  comments: 'a comment section: its header ("3 Comments", "Join the conversation"), controls (Reply, Report, likes, "Sort by", "Load more"), moderation and house-rules notices, the comment form, and readers’ comments under a name and a time',
  'excerpt-box': 'a box that shows the start of another page and links to the whole: a short label, a text cut off with "…", the "View full notice" link and the box’s buttons (a paid family notice beside an obituary)',
  'embed': 'the header of a social post embedded in the story (the poster’s name and the post’s time, between its text and the paragraph above, with the platform’s link under it): the post’s text stays',
  'before-headline': 'a short line above the headline, or between it and the first paragraph, that is not a sentence (section names, labels, player buttons)',
  'after-article': 'a short line after the last paragraph that is not a sentence (tags, footers, teasers), or the author’s biography there',
  'between-furniture': 'a short line that is not a sentence, between two lines of furniture',
  'outside-article': 'a block of a saved page outside the article that Readability extracted, and not a sentence',
  landmark: 'a block of a saved page inside its navigation, header, footer, aside, comments, share bar or newsletter box (by element, role or class)',
  'link-list': 'a block of a saved page that is mostly links',
  'mail-header': 'the header of an e-mail the copy was pasted from ("From:", "Sent:", "To:", "Subject:" on its first lines): the subject line is the e-mail’s, not the headline',
  'issuer-line': 'a release’s or a government page’s "From:" line naming who issued it ("From: Ministry of Defence and …"): its first organisation is the publisher',
};

/** A short line: furniture rules only ever match short lines, never paragraphs of prose. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A stray token ("TT", "•", "|") or a gallery counter ("3 of 12", "3/12", "Photo 3 of 12"). */
export function isStrayToken(text: string): boolean {
  return /^(?:[A-Z]{1,3}|A[-+−]|[^\p{L}\p{N}\s-]{1,3}|(?:(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|PICTURE|[Ss]lide|SLIDE|[Ii]tem|ITEM)\s+)?\[?\d{1,3}\s*(?:of|\/)\s*\d{1,3}\]?)$/u.test(text);
}

/** The leading date token of some scraped texts: `date 2023-12-26 The US …`. */
export const DATE_TOKEN = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

/** A photo agency's licensing note at the end of a caption. */
export const LICENSING_NOTE = /\s*\bNO RESALES\.\s*NO ARCHIVES\.?\s*$/;

/**
 * A line that is only a citation's identifier — a DOI ("DOI: 10.5555/abc.123", a doi.org link), an
 * ISBN, a PubMed or arXiv id — is the reference a reader needs to check the story: text, even as a link.
 */
export function isCitationId(text: string): boolean {
  return /^(?:(?:doi\s?:?\s?)?(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+|(?:isbn(?:-1[03])?|issn|pmid|pmcid|arxiv)\s?:?\s?[\dX][\w.\/-]*)$/i.test(text.trim()) && /\b(?:doi|isbn|issn|pmid|pmcid|arxiv)\b|doi\.org/i.test(text);
}
