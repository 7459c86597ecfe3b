// A deterministic synthetic corpus for the benchmark: realistic notes (about 1,000 words, headings, lists, tables,
// bold facts, 2–4 topics from a pool of 64, questions) whose frontmatter passes the real schemas and whose
// references all resolve. Same seed and size → byte-identical files. With `hindi`, every note and question also has
// a translation under hi/ (the bilingual build): the same structure, numbers and links, the words in Devanagari.
import { createHash } from 'node:crypto';

/** Small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN_WORDS = `india japan partnership strategic global investment infrastructure connectivity maritime security defence
exercise navy army air force dialogue cooperation technology semiconductor digital space lunar mission rail corridor
metro bullet train shinkansen seismic zone finance trade deficit export import tariff standard agriculture textile
reform agreement declaration summit minister prime vision decade priority economy mobility ecology health people
prefecture state culture buddhism history treaty peace elephant diplomacy region ocean pacific indo quad alliance
autonomy sanction forum order navigation rules peace supply chain resilience manufacturing market critical mineral
hydrogen ammonia fuel carbon credit mechanism climate solar disaster coalition assistance loan project delay land
acquisition regulation aircraft amphibious transfer pricing talent worker skill language tourism diaspora business
research development robotics shipbuilding nuclear energy awareness framework milestone interoperability staff talks
council mandate policy initiative outcome pledge target capacity network port northeast corridor industrial growth`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = 'ka ri to na mi su ra ke lo pa de vi ma tu no shi ya gu be ro fa zen dal mor kin tav lis pen'.split(' ');

/**
 * A vocabulary shaped like real prose: 6,000 words whose use follows Zipf's law (the n-th word about 1/n as often
 * as the first). Invented words fill most ranks; the domain words sit every 25th rank from 20 on, so a query for
 * "security" or "rail" matches a realistic share of notes rather than every note (a 200-word vocabulary put every
 * word in every note, which no real corpus does and which made every query a worst case).
 */
const VOCABULARY: string[] = (() => {
  const words: string[] = [];
  const invented = (n: number) => {
    let word = '';
    for (let k = n + 7; word.length < 5 || k > 0; k = Math.floor(k / SYLLABLES.length)) word += SYLLABLES[k % SYLLABLES.length];
    return word;
  };
  let next = 0;
  for (let rank = 0; rank < 6000; rank++) {
    const domain = rank >= 20 && (rank - 20) % 25 === 0 ? DOMAIN_WORDS[(rank - 20) / 25] : undefined;
    words.push(domain ?? invented(next++));
  }
  return words;
})();
const CUMULATIVE = (() => {
  let total = 0;
  return VOCABULARY.map((_, rank) => (total += 1 / (rank + 1)));
})();

/** A word drawn with Zipf frequencies (binary search over the cumulative weights). */
function zipfWord(rand: () => number): string {
  const target = rand() * (CUMULATIVE.at(-1) ?? 1);
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((CUMULATIVE[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low] ?? 'india';
}

/** The domain words, which the benchmark's queries use. */
export const QUERY_WORDS = DOMAIN_WORDS;

export const TOPIC_POOL = 64;
export const MAINS_POOL = 6;
const LINES = [
  ['gs2', 'gs2-bilateral'],
  ['gs2', 'gs2-institutions'],
  ['gs2', 'gs2-neighbourhood'],
  ['gs3', 'gs3-economy'],
  ['gs3', 'gs3-infrastructure'],
  ['gs3', 'gs3-science-tech'],
] as const;

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function sentence(rand: () => number, min = 9, max = 20): string {
  const length = min + Math.floor(rand() * (max - min));
  const words = Array.from({ length }, () => zipfWord(rand));
  if (rand() < 0.3) words[Math.floor(rand() * length)] = `**${zipfWord(rand)} ${1990 + Math.floor(rand() * 50)}**`;
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (rand: () => number, sentences: number) => Array.from({ length: sentences }, () => sentence(rand)).join(' ');
const pad = (n: number) => String(n).padStart(5, '0');
const noteId = (i: number) => `bench-note-${pad(i)}`;
const topicId = (i: number) => `bench-topic-${String(i).padStart(2, '0')}`;

/** The Markdown body of one note: about 1,000 words. */
function body(rand: () => number, i: number, total: number): string {
  const parts: string[] = [];
  for (let section = 1; section <= 5; section++) {
    parts.push(`## Section ${section}: ${sentence(rand, 3, 6).replace(/\*\*/g, '').slice(0, -1)}`, '', paragraph(rand, 4), '');
    if (section % 2 === 1) {
      parts.push(`### Detail ${section}.1`, '', ...Array.from({ length: 5 }, () => `- ${sentence(rand, 8, 14)}`), '');
    }
    if (section === 3) {
      parts.push('| Year | Figure | Note |', '| --- | --- | --- |');
      for (let r = 0; r < 5; r++) parts.push(`| ${2000 + r * 5} | USD ${(rand() * 90 + 1).toFixed(2)} billion | ${sentence(rand, 4, 8)} |`);
      parts.push('');
    }
    parts.push(paragraph(rand, 3), '');
  }
  const next = (i + 1) % total;
  parts.push(`See also [the next note](/notes/${noteId(next)}/) and [this topic](/topics/${topicId(i % TOPIC_POOL)}/).`, '');
  return parts.join('\n');
}

// One Devanagari syllable per Latin letter: Hindi-looking words of the same count, each 2–3 times the UTF-8 bytes.
const SYLLABLE_OF = 'क रा ती न मे सु लो प दि वि म तु नो शि य गु बे रो फ ज़ ल हा भ चि ष ट'.split(' ');
const devanagari = (word: string) => [...word.toLowerCase()].map((c) => SYLLABLE_OF[c.charCodeAt(0) - 97] ?? c).join('');

/** A text "translated": every Latin word in Devanagari; numbers, Markdown and link targets unchanged. */
export function toHindi(text: string): string {
  return text
    .split(/(\]\([^)]*\))/)
    .map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]+/g, devanagari)))
    .join('');
}

/** The `source` hash a translation of `english` records (as src/lib/content-check/rules/translations.ts makes it). */
const sourceHash = (english: string) => createHash('sha256').update(english).digest('hex').slice(0, 12);

/** The translation files of one note and its question, from their English text. */
function hindiFiles(noteFile: string, questionFile: string): { note: string; question: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(noteFile);
  const [, frontmatter = '', body = ''] = match ?? [];
  const field = (name: string) => JSON.parse(new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter)?.[1] ?? '""') as string;
  const revision = [...frontmatter.matchAll(/^ {2}- (".*")$/gm)].map((m) => toHindi(JSON.parse(m[1] ?? '""') as string));
  const note = [
    '---',
    `source: "${sourceHash(noteFile)}"`,
    `title: ${JSON.stringify(toHindi(field('title')))}`,
    `summary: ${JSON.stringify(toHindi(field('summary')))}`,
    'currentTo: "सितंबर 2025"',
    'quickRevision:',
    ...revision.map((line) => `  - ${JSON.stringify(line)}`),
    '---',
    toHindi(body),
  ].join('\n');
  const qField = (name: string) => JSON.parse(new RegExp(`^${name}: (.*)$`, 'm').exec(questionFile)?.[1] ?? '""') as string;
  const options = [...questionFile.matchAll(/^ {2}- (".*")$/gm)].map((m) => toHindi(JSON.parse(m[1] ?? '""') as string));
  const question = [
    `source: "${sourceHash(questionFile)}"`,
    `text: ${JSON.stringify(toHindi(qField('text')))}`,
    'options:',
    ...options.map((option) => `  - ${JSON.stringify(option)}`),
    `explanation: ${JSON.stringify(toHindi(qField('explanation')))}`,
    '',
  ].join('\n');
  return { note, question };
}

/** Every file of a corpus of `notes` notes, as relative path → text; with `hindi`, their translations too. */
export function generateCorpus(notes: number, { seed = 20261125, hindi = false } = {}): Map<string, string> {
  const rand = random(seed);
  const files = new Map<string, string>();
  for (let t = 0; t < TOPIC_POOL; t++) {
    files.set(
      `topics/${topicId(t)}.md`,
      `---\ntitle: Bench topic ${t}\naliases: ["Synthetic topic ${t}"]\nsummary: A synthetic prelims topic for the benchmark.\n---\n\n## What it is\n\n${paragraph(rand, 8)}\n`,
    );
  }
  // One glossary term per topic, as content/glossary.yaml has.
  files.set(
    'glossary.yaml',
    Array.from(
      { length: TOPIC_POOL },
      (_, t) =>
        `- id: bench-term-${t}\n  term: Bench term ${t}\n  hindi: शब्द ${t}\n  meaning: A synthetic term for the benchmark.\n  topic: ${topicId(t)}\n`,
    ).join(''),
  );
  for (let m = 0; m < MAINS_POOL; m++) {
    // A mains page as editors write one: angles, a framework whose dimensions cite notes, keywords.
    const dimension = (d: number) =>
      `  - heading: Dimension ${d}\n    points: [A synthetic point.]\n    notes: [${noteId(m)}]\n`;
    files.set(
      `mains/bench-mains-${m}.md`,
      [
        '---',
        `title: Bench mains topic ${m}`,
        'summary: A synthetic mains theme.',
        'papers: [gs2]',
        'asks:',
        '  - angle: A synthetic angle examiners take.',
        'framework:',
        '  introduction: [Open with the theme.]',
        `  body:\n${dimension(1)}${dimension(2)}`.trimEnd(),
        '  counterViews: [A view on the other side.]',
        '  wayForward: [A step forward.]',
        '  conclusion: [A closing line.]',
        'keywords: [one, two, three, four, five]',
        '---',
        '',
      ].join('\n'),
    );
  }
  for (let i = 0; i < notes; i++) {
    const topics = new Set<string>();
    const count = 2 + Math.floor(rand() * 3);
    while (topics.size < count) topics.add(topicId(Math.floor(rand() * TOPIC_POOL)));
    // Every topic is used at least once, so the check has no warnings.
    if (i < TOPIC_POOL) topics.add(topicId(i));
    const [paper, line] = pick(rand, LINES);
    const question = `bench-q-${pad(i)}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    files.set(
      `questions/${question}.yaml`,
      [
        // One in ten is a previous-year question, as in the real set, so every question page has content.
        ...(i % 10 === 0 ? ['kind: prelims-pyq', `year: ${2013 + ((i / 10) % 13)}`] : ['kind: practice-mcq']),
        'paper: prelims',
        'setBy: Benchmark',
        `text: ${JSON.stringify(sentence(rand, 10, 16))}`,
        'options:',
        ...Array.from({ length: 4 }, () => `  - ${JSON.stringify(sentence(rand, 3, 6))}`),
        `answer: ${pick(rand, ['a', 'b', 'c', 'd'])}`,
        `explanation: ${JSON.stringify(paragraph(rand, 2))}`,
        'format: direct',
        // Every body has a "### Detail 1.1" heading (id detail-11) for the question to rest on.
        `basis: { note: ${noteId(i)}, section: detail-11 }`,
        `topics: [${[...topics][0]}]`,
        '',
      ].join('\n'),
    );
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(`Bench note ${i}: ${sentence(rand, 4, 7).replace(/\*\*/g, '').slice(0, -1)}`)}`,
      `summary: ${JSON.stringify(sentence(rand, 12, 20).replace(/\*\*/g, ''))}`,
      `order: ${i}`,
      `published: 2025-${String(1 + (i % 12)).padStart(2, '0')}-${day}`,
      'kind: news-analysis',
      'gs:',
      `  - paper: ${paper}`,
      `    line: ${line}`,
      `prelims: [${[...topics].join(', ')}]`,
      `mains: [bench-mains-${i % MAINS_POOL}]`,
      'sources:',
      '  - publication: TH',
      '    title: Synthetic source',
      `    url: https://www.thehindu.com/bench/${i}`,
      `    date: 2026-01-${day}`,
      `questions: [${question}]`,
      'currentTo: September 2025',
      'quickRevision:',
      ...Array.from({ length: 3 }, () => `  - ${JSON.stringify(sentence(rand, 8, 14).replace(/\*\*/g, ''))}`),
      '---',
      '',
    ].join('\n');
    files.set(`notes/${noteId(i)}.md`, frontmatter + body(rand, i, notes));
    if (hindi) {
      const translated = hindiFiles(files.get(`notes/${noteId(i)}.md`) ?? '', files.get(`questions/${question}.yaml`) ?? '');
      files.set(`hi/notes/${noteId(i)}.md`, translated.note);
      files.set(`hi/questions/${question}.yaml`, translated.question);
    }
  }
  return files;
}
