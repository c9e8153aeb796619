/**
 * How wide a line of text will be, measured at build time without a browser. The pictures are
 * static SVG laid out before any font is known, so boxes and labels are sized with the advance
 * widths of DejaVu Sans: it is wider than every font in the site's stack (system-ui, Segoe UI,
 * Roboto, Noto Sans, Liberation Sans), so a label measured with it fits in any of them.
 */

/**
 * Advance widths of DejaVu Sans 2.37 (regular) in thousandths of an em, for U+0020 to U+024F
 * (Basic Latin, Latin-1, Latin Extended-A and -B), read from the font's hmtx table (fontkitten's `glyphForCodePoint(c).advanceWidth / unitsPerEm`).
 * 0 marks a control character.
 */
const WIDTHS = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,318,401,636,636,636,636,337,500,500,1000,471,612,838,361,1000,500,500,838,401,401,500,636,636,318,500,401,471,612,969,969,969,531,684,684,684,684,684,684,974,698,632,632,632,632,295,295,295,295,775,748,787,787,787,787,787,838,787,732,732,732,732,611,605,630,613,613,613,613,613,613,982,550,615,615,615,615,278,278,278,278,612,634,612,612,612,612,612,838,612,634,634,634,634,592,635,592,684,613,684,613,684,613,698,550,698,550,698,550,698,550,770,635,775,635,632,615,632,615,632,615,632,615,632,615,775,635,775,635,775,635,775,635,752,634,916,695,295,278,295,278,295,278,295,278,295,278,590,556,295,278,656,579,579,557,278,557,278,557,375,557,342,562,284,748,634,748,634,748,634,813,748,634,787,612,787,612,787,612,1070,1023,695,411,695,411,695,411,635,521,635,521,635,521,635,521,611,392,611,392,611,392,732,634,732,634,732,634,732,634,732,634,732,634,989,818,611,592,611,685,525,685,525,685,525,352,635,735,686,635,686,635,703,698,550,775,819,686,635,612,632,787,614,575,352,775,687,984,354,295,746,579,278,592,974,748,634,787,913,612,949,759,652,635,695,635,521,632,336,392,611,392,611,858,634,764,721,744,730,685,525,666,666,578,525,636,666,578,510,635,295,492,459,295,1422,1299,1154,835,787,457,931,924,797,684,613,295,278,787,612,732,634,732,634,732,634,732,634,732,634,615,684,613,684,613,974,982,775,635,775,635,656,579,787,612,787,612,666,578,278,1422,1299,1154,775,635,1113,682,748,634,684,613,974,982,787,612,684,613,684,613,632,615,632,615,295,278,295,278,787,612,787,612,695,411,695,411,732,634,732,634,635,521,611,392,627,521,752,634,735,838,698,610,685,525,684,613,632,615,787,612,787,612,787,612,787,612,611,592,475,843,477,278,998,998,684,698,550,557,611,521,525,603,479,686,732,684,632,615,295,278,781,635,695,411,611,592];

/** Widths of the few characters past Latin Extended-B that names and labels use. */
const EXTRA: Record<string, number> = { '‘': 318, '’': 318, '“': 518, '”': 518, '–': 500, '—': 1000, '…': 1000, '·': 318, '→': 838, 'ʿ': 307, 'ʾ': 307, '≥': 838 };

/** The width assumed for any other character: as wide as DejaVu's widest letters, so it errs large. */
const FALLBACK = 780;

/** The width in px of `text` on one line at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let thousandths = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const known = code >= 0x20 && code <= 0x24f ? WIDTHS[code - 0x20] : EXTRA[char];
    thousandths += known || FALLBACK;
  }
  return (thousandths * fontSize) / 1000;
}

/**
 * Breaks `text` into lines at spaces so that each line is at most `maxWidth` px wide at
 * `fontSize`; a single word wider than that stays whole on its own line (never cut mid-word).
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
