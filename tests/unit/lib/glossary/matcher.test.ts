import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher, GlossaryCollisionError, type GlossaryTerm, type Matcher } from '../../../../src/lib/glossary/matcher.ts';

/** A subset of the glossary, as the actor files list it. */
const GLOSSARY: Record<string, string[]> = {
  'kataib-hezbollah': ['Kataib Hezbollah', 'Kataeb Hezbollah', "Kata'ib Hizballah", 'Hezbollah Brigades', 'KH', 'كتائب حزب الله'],
  hezbollah: ['Hezbollah', 'Lebanese Hezbollah', 'Hizballah', 'حزب الله'],
  'popular-mobilization-forces': ['Popular Mobilization Forces', 'Popular Mobilisation Forces', 'PMF', 'Hashd', 'al-Hashd al-Shaabi', 'الحشد الشعبي'],
  'abu-mahdi-al-muhandis': ['Abu Mahdi al-Muhandis', 'Jamal Ibrahimi', 'al-Muhandis'],
  iran: ['Iran', 'Tehran', 'Islamic Republic of Iran'],
  'islamic-resistance-in-iraq': ['Islamic Resistance in Iraq'],
  irgc: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guard Corps', 'Revolutionary Guards', 'IRGC'],
  'united-states': ['United States', 'US', 'U.S.', 'Washington'],
};

/** Terms as the build makes them from actor files. */
const termsOf = (glossary: Record<string, string[]>): GlossaryTerm[] =>
  Object.entries(glossary).flatMap(([actor, texts]) => texts.map((text) => ({ actor, file: `content/actors/${actor}.mdx`, text })));

const matcher = buildMatcher(termsOf(GLOSSARY));

/** The mentions in `text` as [text as written, actor] pairs, optionally only of some actors. */
function mentions(text: string, only?: string[], m: Matcher = matcher): [string, string][] {
  return m
    .find(text)
    .filter((x) => only === undefined || only.includes(x.actor))
    .map((x) => [text.slice(x.start, x.end), x.actor]);
}

const KH = 'kataib-hezbollah';
const LH = 'hezbollah';

/** The seed articles, by their three-digit prefix. */
const SEEDS_DIR = join(import.meta.dirname, '../../../../seeds');
const seeds = new Map(readdirSync(SEEDS_DIR).map((f) => [f.slice(0, 3), readFileSync(join(SEEDS_DIR, f), 'utf8')]));

/** Every sentence in the seeds that mentions Hezbollah, and which Hezbollah each mention is. */
const HEZBOLLAH_SENTENCES: { seed: string; sentence: string; expected: [string, string][] }[] = [
  { seed: '000', sentence: 'The US carried out airstrikes in Syria targeting Iranian-backed Kataib Hezbollah overnight between December 25 and 26.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '000', sentence: 'This is similar to how Iran has the Houthis attack ships or has encouraged Hezbollah to attack Israel.', expected: [['Hezbollah', LH]] },
  { seed: '000', sentence: 'With Hezbollah, Israel’s responses are proportionate.', expected: [['Hezbollah', LH]] },
  { seed: '000', sentence: "Iraqi Shi'ite Muslim men from the Iranian-backed group Kataib Hezbollah wave the party's flags as they walk along a street painted in the colours of the Israeli flag during a parade marking the annual Quds Day, or Jerusalem Day, on the last Friday of Ramadan, in Baghdad.", expected: [['Kataib Hezbollah', KH]] },
  { seed: '000', sentence: 'The Iranian-backed groups in Iraq, such as Kataib Hezbollah, have links to political parties and official paramilitaries, meaning they are often either on government salaries or adjacent to the government.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '000', sentence: 'Kataib Hezbollah and other Iranian-backed groups are linked to the Iranian IRGC and some of them are designated terrorist groups by the US, or their leaders are sanctioned, but they nevertheless have connections to official power corridors.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '000', sentence: 'US Central Command said that it conducted “strikes against Kataib Hezbollah terrorist group targets in Iraq.”', expected: [['Kataib Hezbollah', KH]] },
  { seed: '000', sentence: 'It said that it struck “multiple facilities used by Kataib Hezbollah and affiliated groups in Iraq at 8:45 p.m. (EST) on Dec. 25.”', expected: [['Kataib Hezbollah', KH]] },
  { seed: '000', sentence: 'This was in response to an attack by Kataib Hezbollah targeting US forces in Erbil in the Kurdistan autonomous region.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '000', sentence: '“Early assessments indicate that these U.S. airstrikes destroyed the targeted facilities and likely killed a number of Kataib Hezbollah militants.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '000', sentence: 'Kataib Hezbollah knows the equation, and it knows that if it harms US service members or US contractors, it will receive a proportional response.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '001', sentence: 'Washington hit Kataib Hezbollah in Iraq and Syria on Sunday after death of US contractor in rocket attack', expected: [['Kataib Hezbollah', KH]] },
  { seed: '001', sentence: 'A hole left after an air strike is seen at headquarters of Kataib Hezbollah militia group in Qaim, Iraq, December 30, 2019.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '001', sentence: 'The US strikes against\u00a0Iran-backed militia Kataib Hezbollah is part of a series of retaliations that is central to rising tension\u00a0between Washington and Tehran, experts say.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '001', sentence: 'At least 25 people were killed and more than 50 injured in the strikes on five bases controlled by Kataib Hezbollah late on\u00a0Sunday.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '001', sentence: "Kataib Hezbollah\u00a0falls under the Popular Mobilisation Forces, an umbrella group of paramilitary units\u00a0that was formally integrated into Iraq's armed forces during the fight against ISIS.", expected: [['Kataib Hezbollah', KH]] },
  { seed: '001', sentence: 'Kataib Hezbollah has long attacked US forces and was one of the first groups to send fighters to Syria to support President Bashar Al Assad in the civil war.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '001', sentence: 'Hisham Al Hashimi, an Iraqi researcher and security adviser to the government, said it appeared that Kataib Hezbollah understood they could no longer carry out operations against US troops in the region.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '002', sentence: 'Israel’s blistering military response has killed thousands of civilians trapped in Gaza and fueled threats of retaliation by a range of Iran-backed groups, including Hezbollah in Lebanon, Yemen-based Houthis, and militants in Iraq and Syria.', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'The groups included the Asaib Ahl al-Haq, the Badr Brigades and Kataeb Hezbollah, or Hezbollah Brigades — a separate group from the Lebanese Hezbollah.', expected: [['Kataeb Hezbollah', KH], ['Hezbollah Brigades', KH], ['Lebanese Hezbollah', LH]] },
  { seed: '002', sentence: 'Has Iran Abandoned Hezbollah in its Fight against Israel in Lebanon?', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'Iran appears to have withdrawn itself from the latest confrontation between Israel and Hezbollah in Lebanon.', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'Israel on Monday intensified its operations against Iran-backed Hezbollah, striking targets in Lebanon’s South and eastern Bekaa Valley.', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'The political observers appeared divided over whether Iran has really abandoned Hezbollah and was ready to exchange it in return for political gains on the negotiations table, or whether the ideological relationship between Iran and Hezbollah was really unbreakable.', expected: [['Hezbollah', LH], ['Hezbollah', LH]] },
  { seed: '002', sentence: 'Soaid: Hezbollah is abandoned to its fate', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: '“The Lebanese people are sensing that Hezbollah, which used to boast of Iran’s support for it, is now waging the battle alone.', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'Geopolitical expert Ziad al-Sayegh said the fact that Iran has not joined the Israel’s fiercest battle against Lebanon, does not at all mean that it has abandoned Hezbollah.', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'People in Lebanon believe that Iran’s failure to react to the latest dangerous developments in Lebanon, starting with the attack on Hezbollah’s communication devices and killing of senior Radwan unit commanders last week, mean it has abandoned the party and left it to its fate.', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'Surviving at Hezbollah’s expense', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'Soaid stressed that the Iranian leadership was trying to “survive this war and perhaps strike a deal at the expense of Hezbollah in Lebanon, the Houthis in Yemen and Popular Mobilization Forces in Iraq.”', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: '“The situation today demonstrates that Hezbollah is following the orders of Tehran and the Iranian Revolutionary Guards, not the other way around,” he added.', expected: [['Hezbollah', LH]] },
  { seed: '002', sentence: 'Hezbollah must read the historic and geographic truths through the lense of the Lebanese identity,” he urged.', expected: [['Hezbollah', LH]] },
  { seed: '003', sentence: 'Tensions between the US and Iran-backed militia groups such as Kataib Hezbollah have been escalating over the past year.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '003', sentence: 'In January 2023, the US launched airstrikes against Kataib Hezbollah weapons depots along the Iraq-Syria border after the group launched rockets targeting US forces in Iraq.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '003', sentence: 'Kataib Hezbollah and other Iranian proxies have not claimed responsibility but praised the deadly strike.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '003', sentence: 'On February 3rd, the US responded by launching a series of airstrikes targeting Kataib Hezbollah and other Iranian-backed Shia militia weapons depots and logistics facilities used to support drone operations across eastern Syria and western Iraq.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '003', sentence: 'Kataib Hezbollah – The Iran-backed Shia militia targeted in the strikes stated that it reserves the right to respond to US “aggression” at the time and place of its choosing.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '003', sentence: 'So far, Kataib Hezbollah has not directly attacked American forces, but it may feel compelled to respond.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '003', sentence: 'Kataib Hezbollah will likely continue low-level rocket and drone attacks targeting US bases and diplomatic facilities in Iraq.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '004', sentence: 'An Iraqi militia official close to Iran said Friday’s strikes killed at least one fighter and wounded four more, hitting positions of the powerful Kataib Hezbollah paramilitary group along the border.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '004', sentence: 'Kataib Hezbollah has denied any involvement in recent attacks against U.S. interests and did not immediately comment.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '004', sentence: 'Several attacks, including the one on Erbil airport, have been claimed by little-known groups which some Iraqi and Western officials say are a front for the established Iran-backed groups like Kataib Hezbollah.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '004', sentence: 'He said the strikes destroyed multiple facilities at a border control point used by a number of Iranian-backed militant groups, including Kataib Hezbollah and Kataib Sayyid al-Shuhada.', expected: [['Kataib Hezbollah', KH]] },
  { seed: '004', sentence: 'Since late 2019, the United States has carried out high-profile strikes against Kataib Hezbollah in Iraq and Syria in response to sometimes deadly rocket attacks against U.S.-led forces.', expected: [['Kataib Hezbollah', KH]] },
];

/** Splits a seed into sentences (one line may hold several). */
const sentencesOf = (text: string): string[] => text.split('\n').flatMap((line) => line.split(/(?<=[.?!][”"]?)\s+(?=[A-Z“"])/u));
const hezbollahCount = (text: string): number => text.match(/hezbollah/giu)?.length ?? 0;

describe('seed sentences that mention Hezbollah', () => {
  it('quotes each sentence exactly as its seed has it', () => {
    for (const { seed, sentence } of HEZBOLLAH_SENTENCES) expect(seeds.get(seed), sentence).toContain(sentence);
  });

  it('covers every sentence in the seeds that mentions Hezbollah, and every mention in it', () => {
    for (const [seed, text] of seeds) {
      for (const sentence of sentencesOf(text).filter((s) => hezbollahCount(s) > 0)) {
        const row = HEZBOLLAH_SENTENCES.find((r) => r.seed === seed && sentence.includes(r.sentence));
        expect(row, `seed ${seed}: ${sentence}`).toBeDefined();
        expect(row?.expected.length, sentence).toBe(hezbollahCount(sentence));
      }
    }
  });

  it.each(HEZBOLLAH_SENTENCES)('tells Kataib Hezbollah from the Lebanese Hezbollah in seed $seed: $sentence', ({ sentence, expected }) => {
    expect(mentions(sentence, [KH, LH])).toEqual(expected);
  });
});

describe('other real sentences from the seeds', () => {
  it.each([
    ["Kataib Hezbollah\u00a0falls under the Popular Mobilisation Forces, an umbrella group of paramilitary units\u00a0that was formally integrated into Iraq's armed forces during the fight against ISIS.", [['Kataib Hezbollah', KH], ['Popular Mobilisation Forces', 'popular-mobilization-forces']]],
    ['The US strikes against\u00a0Iran-backed militia Kataib Hezbollah is part of a series of retaliations that is central to rising tension\u00a0between Washington and Tehran, experts say.', [['US', 'united-states'], ['Iran', 'iran'], ['Kataib Hezbollah', KH], ['Washington', 'united-states'], ['Tehran', 'iran']]],
    ['Kataib Hezbollah and other Iranian-backed groups are linked to the Iranian IRGC and some of them are designated terrorist groups by the US', [['Kataib Hezbollah', KH], ['IRGC', 'irgc'], ['US', 'united-states']]],
    ['“The situation today demonstrates that Hezbollah is following the orders of Tehran and the Iranian Revolutionary Guards, not the other way around,” he added.', [['Hezbollah', LH], ['Tehran', 'iran'], ['Revolutionary Guards', 'irgc']]],
    ['Since late 2019, the United States has carried out high-profile strikes against Kataib Hezbollah in Iraq and Syria in response to sometimes deadly rocket attacks against U.S.-led forces.', [['United States', 'united-states'], ['Kataib Hezbollah', KH], ['U.S.', 'united-states']]],
    ["The group's founder, Jamal Ibrahimi, known by his nom de guerre Abu Mahdi Al Muhandis, has warned of a strong response against US forces.", [['Jamal Ibrahimi', 'abu-mahdi-al-muhandis'], ['Abu Mahdi Al Muhandis', 'abu-mahdi-al-muhandis'], ['US', 'united-states']]],
    ['Most of the PMF members are backed by Iran.', [['PMF', 'popular-mobilization-forces'], ['Iran', 'iran']]],
    ['“The Lebanese people are sensing that Hezbollah, which used to boast of Iran’s support for it, is now waging the battle alone.', [['Hezbollah', LH], ['Iran', 'iran']]],
  ] as [string, [string, string][]][])('finds every actor, in text order, in: %s', (sentence, expected) => {
    expect(seeds.get('000')! + seeds.get('001')! + seeds.get('002')! + seeds.get('004')!).toContain(sentence);
    expect(mentions(sentence)).toEqual(expected);
  });

  it('does not take "Iranian" for Iran, nor "Iraqi" or "Iraq" for anything', () => {
    expect(mentions('Iranian-backed groups in Iraq and Iraqi militias')).toEqual([]);
  });
});

describe('aliases and spelling variants', () => {
  it.each([
    ['Kata’ib Hizballah', KH],
    ["Kata'ib Hizballah", KH],
    ['Kata‘ib Hizballah', KH],
    ['Kataʼib Ḥizballāh', KH],
    ['Kataʾib Ḥizballāh', KH],
    ['Kataib Hizballah', KH],
    ['Kataib-Hezbollah', KH],
    ['KATAIB HEZBOLLAH', KH],
    ['kataib hezbollah', KH],
    ['Hizballah', LH],
    ['Ḥizballāh', LH],
    ['Abu Mahdi al-Muhandis', 'abu-mahdi-al-muhandis'],
    ['Abu Mahdi Al Muhandis', 'abu-mahdi-al-muhandis'],
    ['Abu Mahdi al Muhandis', 'abu-mahdi-al-muhandis'],
    ['Abu Mahdi Al-Muhandis', 'abu-mahdi-al-muhandis'],
    ['Abu Mahdi el-Muhandis', 'abu-mahdi-al-muhandis'],
    ['Abu Mahdi AL-MUHANDIS', 'abu-mahdi-al-muhandis'],
    ['Abu Mahdi al‑Muhandis', 'abu-mahdi-al-muhandis'],
    ['Abu Mahdi al-Mühandis', 'abu-mahdi-al-muhandis'],
    ['Al-Hashd al-Shaabi', 'popular-mobilization-forces'],
    ['al Hashd al Sha’abi', 'popular-mobilization-forces'],
    ['Popular Mobilization Forces', 'popular-mobilization-forces'],
    ['Islamic Resistance in Iraq', 'islamic-resistance-in-iraq'],
    ['Kataib\u00a0Hezbollah', KH],
    ['Kataib\nHezbollah', KH],
  ])('matches %j as the whole name of %s', (text, actor) => {
    expect(mentions(`They said ${text} did it.`)).toEqual([[text, actor]]);
  });

  it('matches a name written with combining diacritics and maps the offsets back to the original', () => {
    const text = 'Reports named Kata\u0301ib Hizballa\u0304h\u0323 again.';
    const [match] = matcher.find(text);
    expect(match?.actor).toBe(KH);
    expect(text.slice(match?.start, match?.end)).toBe('Kata\u0301ib Hizballa\u0304h\u0323');
  });

  it('ends a possessive mention before the "’s"', () => {
    expect(mentions('Kataib Hezbollah’s rockets and Iran’s drones and Hezbollah\'s fate')).toEqual([
      ['Kataib Hezbollah', KH],
      ['Iran', 'iran'],
      ['Hezbollah', LH],
    ]);
  });

  it('gives offsets into the original text, not the folded one', () => {
    const text = 'ʻAn attack: Kata’ib — Kataʼib Ḥizballāh’s, then Abu Mahdi Al Muhandis.';
    const found = matcher.find(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Kataʼib Ḥizballāh', 'Abu Mahdi Al Muhandis']);
    expect(found.map((m) => m.term.text)).toEqual(["Kata'ib Hizballah", 'Abu Mahdi al-Muhandis']);
  });

  it('does not match inside a longer word', () => {
    expect(mentions('Irani Iranians Tehrani USA Hezbollahi preKH KH2')).toEqual([]);
  });

  it('does not match after a letter outside the Basic Multilingual Plane, but finds the next real mention', () => {
    expect(mentions('𝐀KH and 𐐀Iran, then KH.')).toEqual([['KH', KH]]);
  });
});

describe('Arabic script', () => {
  it('finds كتائب حزب الله inside an Arabic sentence', () => {
    expect(mentions('قصفت الولايات المتحدة مواقع كتائب حزب الله في العراق.')).toEqual([['كتائب حزب الله', KH]]);
  });

  it('takes حزب الله alone for the Lebanese Hezbollah', () => {
    expect(mentions('قال حزب الله إنه سيرد.')).toEqual([['حزب الله', LH]]);
  });

  it('does not match inside a longer Arabic word', () => {
    expect(mentions('والحشد الشعبي')).toEqual([]);
    expect(mentions('حزب اللهية')).toEqual([]);
  });

  it('ignores harakat and tatweel, and reads alef maqsura as yeh', () => {
    const text = 'مواقع كتـــائبُ حِزْبِ الله و الحشد الشعبى';
    expect(mentions(text)).toEqual([
      ['كتـــائبُ حِزْبِ الله', KH],
      ['الحشد الشعبى', 'popular-mobilization-forces'],
    ]);
  });

  it('reads every alef form and teh marbuta alike', () => {
    const m = buildMatcher([
      { actor: 'iran', file: 'content/actors/iran.mdx', text: 'إيران' },
      { actor: 'islamic-resistance-in-iraq', file: 'content/actors/islamic-resistance-in-iraq.mdx', text: 'المقاومة الإسلامية في العراق' },
    ]);
    expect(mentions('ايران و أيران', undefined, m)).toEqual([['ايران', 'iran'], ['أيران', 'iran']]);
    expect(mentions('بيان المقاومه الاسلاميه في العراق', undefined, m)).toEqual([['المقاومه الاسلاميه في العراق', 'islamic-resistance-in-iraq']]);
  });
});

describe('acronyms', () => {
  it.each(['KH fighters', 'a KH base', '(KH)', 'KH’s leader', 'KH-led'])('matches KH as a whole word in its own case: %s', (text) => {
    expect(mentions(text)).toEqual([['KH', KH]]);
  });

  it.each(['Kh fighters', 'kh fighters', 'Khamenei', 'KHAMENEI', 'Sheikh', 'KHs'])('does not match KH in %s', (text) => {
    expect(mentions(text, [KH])).toEqual([]);
  });

  it('matches US and U.S. only as written, never "us"', () => {
    expect(mentions('They told us. The US and U.S. forces; U.S.-led strikes.', ['united-states'])).toEqual([
      ['US', 'united-states'],
      ['U.S.', 'united-states'],
      ['U.S.', 'united-states'],
    ]);
  });

  it('matches PMF and IRGC only in capitals', () => {
    expect(mentions('PMF, Pmf, pmf, IRGC, Irgc')).toEqual([
      ['PMF', 'popular-mobilization-forces'],
      ['IRGC', 'irgc'],
    ]);
  });
});

describe('which match wins', () => {
  it('takes the longest alias among those that start at the same place', () => {
    expect(mentions('Hezbollah Brigades')).toEqual([['Hezbollah Brigades', KH]]);
    expect(mentions('the Lebanese Hezbollah')).toEqual([['Lebanese Hezbollah', LH]]);
    expect(mentions('the Islamic Revolutionary Guard Corps')).toEqual([['Islamic Revolutionary Guard Corps', 'irgc']]);
    expect(mentions('the Islamic Republic of Iran')).toEqual([['Islamic Republic of Iran', 'iran']]);
    expect(mentions('Abu Mahdi al-Muhandis and al-Muhandis')).toEqual([
      ['Abu Mahdi al-Muhandis', 'abu-mahdi-al-muhandis'],
      ['al-Muhandis', 'abu-mahdi-al-muhandis'],
    ]);
  });

  it('takes the earliest match, then the longest, and never overlaps', () => {
    const m = buildMatcher([
      { actor: 'a', file: 'content/actors/a.mdx', text: 'Quds' },
      { actor: 'b', file: 'content/actors/b.mdx', text: 'Quds Force' },
      { actor: 'c', file: 'content/actors/c.mdx', text: 'Force Command' },
    ]);
    expect(mentions('Quds Force Command', undefined, m)).toEqual([['Quds Force', 'b']]);
    expect(mentions('Quds Day, Force Command', undefined, m)).toEqual([['Quds', 'a'], ['Force Command', 'c']]);
  });

  it('falls back to a shorter alias when the longer one would end inside a word', () => {
    expect(mentions('Hezbollah Brigadesmen')).toEqual([['Hezbollah', LH]]);
  });

  it('returns matches in text order', () => {
    const found = matcher.find('Tehran, Washington, Hashd, KH, Iran');
    expect(found.map((m) => m.start)).toEqual([...found.map((m) => m.start)].sort((x, y) => x - y));
    expect(found.map((m) => m.actor)).toEqual(['iran', 'united-states', 'popular-mobilization-forces', KH, 'iran']);
  });

  it('finds nothing with an empty glossary', () => {
    expect(buildMatcher([]).find('Kataib Hezbollah')).toEqual([]);
  });
});

describe('ambiguous aliases', () => {
  const terms: GlossaryTerm[] = [
    ...termsOf({ 'kataib-hezbollah': ['Kataib Hezbollah'] }),
    { actor: 'badr-organization', file: 'content/actors/badr-organization.mdx', text: 'the Organization', ambiguous: true },
    { actor: 'islamic-state', file: 'content/actors/islamic-state.mdx', text: 'The Organization', ambiguous: true },
  ];

  it('reports an ambiguous alias as an ambiguous match', () => {
    const [found] = buildMatcher(terms).find('Officials blamed the Organization.');
    expect(found).toMatchObject({ actor: 'badr-organization', ambiguous: true });
  });

  it('allows two actors to share an alias that both mark ambiguous', () => {
    expect(() => buildMatcher(terms)).not.toThrow();
  });

  it('marks ordinary matches as not ambiguous', () => {
    expect(buildMatcher(terms).find('Kataib Hezbollah')[0]?.ambiguous).toBe(false);
  });
});

describe('collisions', () => {
  const collision = (terms: GlossaryTerm[]): GlossaryCollisionError => {
    try {
      buildMatcher(terms);
    } catch (error) {
      if (error instanceof GlossaryCollisionError) return error;
      throw error;
    }
    throw new Error('expected a GlossaryCollisionError');
  };

  it('rejects one alias claimed by two actors, naming both files, both spellings and the fix', () => {
    const error = collision([
      ...termsOf(GLOSSARY),
      { actor: 'hezbollah-al-nujaba', file: 'content/actors/hezbollah-al-nujaba.mdx', text: 'hezbollah' },
    ]);
    expect(error.message).toContain('content/actors/hezbollah.mdx');
    expect(error.message).toContain('content/actors/hezbollah-al-nujaba.mdx');
    expect(error.message).toContain('"Hezbollah"');
    expect(error.message).toContain('"hezbollah"');
    expect(error.message).toContain('ambiguous: true');
    expect(error.message).toMatch(/remove it from one/);
  });

  it('sees a collision through spelling variants', () => {
    expect(() =>
      buildMatcher([
        { actor: 'a', file: 'content/actors/a.mdx', text: 'Kata’ib Ḥizballāh' },
        { actor: 'b', file: 'content/actors/b.mdx', text: 'kataib hizballah' },
      ]),
    ).toThrow(GlossaryCollisionError);
    expect(() =>
      buildMatcher([
        { actor: 'a', file: 'content/actors/a.mdx', text: 'al-Muhandis' },
        { actor: 'b', file: 'content/actors/b.mdx', text: 'El Muhandis' },
      ]),
    ).toThrow(GlossaryCollisionError);
  });

  it('rejects a shared alias that only one of the two actors marks ambiguous', () => {
    expect(() =>
      buildMatcher([
        { actor: 'a', file: 'content/actors/a.mdx', text: 'Hashd', ambiguous: true },
        { actor: 'b', file: 'content/actors/b.mdx', text: 'Hashd' },
      ]),
    ).toThrow(/content\/actors\/a\.mdx[\s\S]*content\/actors\/b\.mdx|content\/actors\/b\.mdx[\s\S]*content\/actors\/a\.mdx/);
  });

  it('accepts the same actor listing an alias twice, and finds it once', () => {
    const m = buildMatcher([
      { actor: 'a', file: 'content/actors/a.mdx', text: 'Kataib Hezbollah' },
      { actor: 'a', file: 'content/actors/a.mdx', text: 'Kata’ib Hezbollah' },
    ]);
    expect(mentions('Kataib Hezbollah', undefined, m)).toEqual([['Kataib Hezbollah', 'a']]);
  });
});

describe('any text', () => {
  /** Text made of glossary names, the characters that fold, and arbitrary Unicode. */
  const messyText = fc
    .array(
      fc.oneof(
        fc.constantFrom(...Object.values(GLOSSARY).flat(), ' ', '-', "'", '’', 'ʼ', '\u0301', '\u0640', 'ـ', 'ة', 'أ', 's', 'al-', 'El ', '\u00a0', '\n'),
        fc.string({ unit: 'binary', maxLength: 4 }),
      ),
      { maxLength: 12 },
    )
    .map((pieces) => pieces.join(''));

  it('returns non-overlapping matches in text order, within the text', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        let previous = 0;
        for (const { start, end } of matcher.find(text)) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previous = end;
        }
      }),
    );
  });

  it('finds each matched slice again on its own, as the same actor', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        for (const { start, end, actor } of matcher.find(text)) {
          const slice = text.slice(start, end);
          expect(mentions(slice)).toEqual([[slice, actor]]);
        }
      }),
    );
  });
});
