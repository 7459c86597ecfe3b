import { createHash } from 'node:crypto';
import { COLLECTIONS, type CollectionName, type FolderCollection } from '../../../schemas/collections.ts';
import type { GlossaryTerm } from '../../../schemas/glossary.ts';
import { DEVANAGARI } from '../../search/normalise.ts';
import { SOURCE_HASH_LENGTH } from '../../../schemas/translation.ts';
import type { BodyFacts } from '../body.ts';
import { translatedFields } from '../../translations.ts';
import type { Problem } from '../problem.ts';
import { problemAt, type ContentSet, type Entry } from '../read.ts';

/**
 * The `source` a translation records for the English it was made from: the first hex digits of the SHA-256 of the
 * English file. The check and the pages (src/data/site.ts) both compute it here.
 */
export const sourceHashOf = (contents: string | Uint8Array): string =>
  createHash('sha256').update(contents).digest('hex').slice(0, SOURCE_HASH_LENGTH);

/** How a translation made from an older English text is reported: a warning while editing, an error in CI. */
export type StaleSeverity = Problem['severity'];

/** The numbers of a text, as a reader would compare them: `500,000` and `5,00,000` are both 500000. */
export function numbersIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,(?=\d)/g, '')));
}

/** Every string inside a value (frontmatter data), for the numbers check. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Paths (`framework.body[1].points`) where a list has a different length in the translation than in the English. */
function lengthMismatches(
  en: unknown,
  hi: unknown,
  path: PropertyKey[] = [],
): { path: PropertyKey[]; en: number; hi: number }[] {
  if (Array.isArray(en)) {
    const other = Array.isArray(hi) ? hi : [];
    if (other.length !== en.length) return [{ path, en: en.length, hi: other.length }];
    return en.flatMap((item, i) => lengthMismatches(item, other[i], [...path, i]));
  }
  if (en && typeof en === 'object' && hi && typeof hi === 'object')
    return Object.entries(en).flatMap(([key, value]) =>
      key in hi ? lengthMismatches(value, (hi as Record<string, unknown>)[key], [...path, key]) : [],
    );
  return [];
}

/** The shape of a body a translation must keep: heading levels, `[!NAME] ids` lines, link targets. */
function bodyShape(facts: BodyFacts | undefined) {
  return {
    headings: (facts?.headings ?? []).map((h) => `h${h.depth}`).join(' '),
    markers: (facts?.markers ?? []).map((m) => `[!${m.name}] ${m.cites.join(' ')}`).join('\n'),
    links: (facts?.links ?? [])
      .map((l) => l.url)
      .sort()
      .join('\n'),
  };
}

/**
 * Translations stay honest: each one translates an English entry that exists, records the English it was made from
 * (a changed English reports the translation as stale), keeps every list the English has at its length, keeps its
 * body's headings, marked blocks and links, and carries every number of the English. Where the English uses a
 * glossary term, the translation should use the glossary's Hindi term (a warning: a sentence may rightly avoid it).
 */
export function translationProblems(content: ContentSet, stale: StaleSeverity = 'warning'): Problem[] {
  const problems: Problem[] = [];
  const hashes = new Map(content.texts.map((t) => [t.file, sourceHashOf(t.text)]));
  const glossary = [...content.entries.glossary.values()].flatMap((e) => (e.data ? [e.data as GlossaryTerm] : []));
  for (const [name, collection] of Object.entries(COLLECTIONS) as [CollectionName, FolderCollection][]) {
    const of = collection.translates?.collection;
    if (!of) continue;
    for (const hi of content.entries[name].values()) {
      const en = content.entries[of].get(hi.id);
      if (!en) {
        problems.push(
          problemAt(
            hi,
            [],
            `translates "${hi.id}", but content/${(COLLECTIONS[of] as FolderCollection).folder}/ has no such entry; rename the file to the English file's name, or remove it`,
          ),
        );
        continue;
      }
      if (!hi.data || !en.data) continue;
      problems.push(...translationOf(en, hi, of, hashes.get(en.file) ?? '', stale, glossary));
    }
  }
  return problems;
}

function translationOf(
  en: Entry,
  hi: Entry,
  of: CollectionName,
  englishHash: string,
  stale: StaleSeverity,
  glossary: readonly GlossaryTerm[],
): Problem[] {
  const problems: Problem[] = [];
  const data = hi.data as Record<string, unknown> & { source: string; accepted: boolean };
  const current = englishHash;
  if (data.source !== current && !data.accepted)
    problems.push(
      problemAt(
        hi,
        ['source'],
        `stale: ${en.file} has changed since this translation was made; bring the translation up to date and set source: "${current}" (or, if the change needs no new translation, set accepted: true)`,
        stale,
      ),
    );
  const english = translatedFields(of, en.data as Record<string, unknown>);
  for (const mismatch of lengthMismatches(english, data))
    problems.push(
      problemAt(
        hi,
        mismatch.path,
        `has ${mismatch.hi} item${mismatch.hi === 1 ? '' : 's'} where ${en.file} has ${mismatch.en}: translate each one, in the English order`,
      ),
    );
  if (of === 'questions') {
    const mcq = Array.isArray((en.data as { options?: unknown }).options);
    if (mcq !== Array.isArray(data['options']))
      problems.push(
        problemAt(
          hi,
          ['options'],
          mcq ? 'translate the four options of the English, in order' : 'a mains question has no options',
        ),
      );
    const model = typeof (en.data as { modelAnswer?: unknown }).modelAnswer === 'string';
    if (model && typeof data['modelAnswer'] !== 'string')
      problems.push(problemAt(hi, ['modelAnswer'], 'translate the model answer'));
  }
  const enShape = bodyShape(en.facts);
  const hiShape = bodyShape(hi.facts);
  const body = (message: string): Problem => ({
    severity: 'error',
    file: hi.file,
    line: hi.parsed.bodyLine,
    field: 'body',
    message,
  });
  if (enShape.headings !== hiShape.headings)
    problems.push(
      body(
        `keep the headings of ${en.file} (same number and levels, in order: ${enShape.headings || 'none'}); each takes the English heading's id, so links to its sections keep working`,
      ),
    );
  if (enShape.markers !== hiShape.markers)
    problems.push(
      body(`keep every [!BEYOND] and [!CORRECTION] line of ${en.file} as it is, in order (their ids name the sources)`),
    );
  if (enShape.links !== hiShape.links)
    problems.push(body(`keep every link target of ${en.file}; translate only the link text`));
  const enText = [...strings(english), en.parsed.body].join('\n');
  const hiText = [...strings({ ...data, source: '' }), hi.parsed.body].join('\n');
  const hiNumbers = numbersIn(hiText);
  const lost = [...numbersIn(enText)].filter((n) => !hiNumbers.has(n));
  if (lost.length)
    problems.push(
      body(
        `every number of ${en.file} must appear in its translation; missing: ${lost.slice(0, 8).join(', ')}${lost.length > 8 ? ', …' : ''}`,
      ),
    );
  // Terms are looked for in what a reader reads: not in link targets or the citation ids of marker lines.
  const prose = (text: string) => text.replace(/\]\([^)]*\)/g, ']').replace(/^> \[![A-Z]+\][^\n]*$/gm, '');
  const used = termsUsed(prose(enText), glossary);
  const missingTerms = glossary
    .filter((term) => used.has(term) && !usesHindi(hiText, term))
    .map((t) => `${t.term} → ${t.hindi}`);
  if (missingTerms.length)
    problems.push({
      ...body(
        `use the glossary's Hindi term where the English uses the term: ${missingTerms.slice(0, 6).join('; ')}${missingTerms.length > 6 ? '; …' : ''}`,
      ),
      severity: 'warning',
    });
  return problems;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The glossary terms an English text uses, the longest name winning where names overlap: "Act East Forum" is that
 * term, not also "Act East" (the policy's alias).
 */
function termsUsed(text: string, glossary: readonly GlossaryTerm[]): Set<GlossaryTerm> {
  const names = glossary
    .flatMap((term) => [term.term, ...term.aliases.filter((a) => !DEVANAGARI.test(a))].map((name) => ({ name, term })))
    .sort((a, b) => b.name.length - a.name.length);
  const used = new Set<GlossaryTerm>();
  let rest = text;
  for (const { name, term } of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu');
    if (!pattern.test(rest)) continue;
    used.add(term);
    rest = rest.replace(pattern, ' ');
  }
  return used;
}

/** A Hindi word without its ending (समझौता, समझौते and समझौतों share समझौत): terms inflect inside a sentence. */
const stem = (word: string) => word.replace(/[\u093E-\u094C\u0902\u0901]+$/u, '');

/**
 * Whether a Hindi text uses a glossary term: its Hindi term (each word, in any inflection) or a Devanagari alias,
 * or the term's Latin acronym, which Hindi-medium material keeps (ACSA, JIMEX).
 */
function usesHindi(text: string, term: GlossaryTerm): boolean {
  const words = (name: string) => name.split(/[\s\-–()]+/u).filter(Boolean);
  const acronym =
    /\(([A-Z][A-Z0-9-]+)\)/.exec(term.term)?.[1] ?? (/^[A-Z][A-Z0-9-]+$/.test(term.term) ? term.term : undefined);
  if (acronym && text.includes(acronym)) return true;
  return [term.hindi, ...term.aliases.filter((a) => DEVANAGARI.test(a))].some((name) =>
    words(name).every((word) => text.includes(stem(word))),
  );
}
