import { FILTER_NAMES } from '../search-filters.ts';
import type { Selected } from '../search-state.ts';
import { DEVANAGARI, normaliseQuery } from './normalise.ts';

/** A topic as the best-bet matcher knows it: `keys` are its title and aliases, normalised at build time. */
export interface BetTopic {
  id: string;
  title: string;
  url: string;
  summary: string;
  keys: string[];
}

/** A glossary term: English and Hindi names (and aliases) normalised into `keys`, pointing at its topic. */
export interface BetTerm {
  term: string;
  hindi: string;
  topic: string;
  keys: string[];
}

/** What /search/bets.json holds. */
export interface BetsData {
  topics: BetTopic[];
  terms: BetTerm[];
}

/** Topics shown first for a query, and the glossary terms that led there (a Hindi query names them). */
export interface BestBets {
  topics: BetTopic[];
  terms: BetTerm[];
}

/** How many best-bet cards a query shows at most. */
export const BEST_BET_LIMIT = 3;
/** A query this long or longer may match the start of a title or alias ("bullet" → "Bullet Train"). */
const PREFIX_MIN = 3;

/** Normalised keys of a name list; a title "Long name (ABBR)" also yields "Long name" and "ABBR". */
export function nameKeys(names: readonly string[]): string[] {
  const keys = names.flatMap((name) => {
    const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
    return bracket ? [name, bracket[1] ?? '', bracket[2] ?? ''] : [name];
  });
  return [...new Set(keys.map(normaliseQuery).filter(Boolean))];
}

/** Builds the best-bet data from topics and glossary terms (at build time, for /search/bets.json). */
export function buildBets(input: {
  topics: { id: string; title: string; url: string; summary: string; aliases: readonly string[] }[];
  terms: { term: string; hindi: string; topic: string; aliases: readonly string[] }[];
}): BetsData {
  return {
    topics: input.topics.map(({ id, title, url, summary, aliases }) => ({
      id,
      title,
      url,
      summary,
      keys: nameKeys([title, ...aliases]),
    })),
    terms: input.terms.map(({ term, hindi, topic, aliases }) => ({
      term,
      hindi,
      topic,
      keys: nameKeys([term, hindi, ...aliases]),
    })),
  };
}

/** True when the words of `needle` appear together, in order, among the words of `haystack`. */
function containsPhrase(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Topics whose title or alias the query names (after normalising), then topics a glossary term of that name
 * belongs to. A Hindi query also matches a Hindi term it contains ("जापान के संबंध" → "जापान"). With no exact
 * match, a query of three or more characters that starts exactly one topic's title or alias picks that topic.
 */
export function matchBestBets(query: string, data: BetsData, limit = BEST_BET_LIMIT): BestBets {
  const q = normaliseQuery(query);
  if (!q) return { topics: [], terms: [] };
  const hindi = DEVANAGARI.test(q);
  const terms = data.terms.filter((t) =>
    t.keys.some(
      (key) => key === q || (hindi && DEVANAGARI.test(key) && (containsPhrase(q, key) || containsPhrase(key, q))),
    ),
  );
  const byId = new Map(data.topics.map((t) => [t.id, t]));
  const found = [...data.topics.filter((t) => t.keys.includes(q)), ...terms.flatMap((t) => byId.get(t.topic) ?? [])];
  if (!found.length && [...q].length >= PREFIX_MIN) {
    const starts = data.topics.filter((t) => t.keys.some((key) => key.startsWith(q)));
    if (starts.length === 1) found.push(...starts);
  }
  return { topics: [...new Set(found)].slice(0, limit), terms };
}

/**
 * Best bets the chosen filters allow: topic pages carry only the type and topic facets, so a bet survives when
 * no other facet is ticked, the type filter (if any) includes topics, and the topic filter (if any) names it.
 */
export function betsForFilters(topics: readonly BetTopic[], filters: Selected): BetTopic[] {
  const blocked = FILTER_NAMES.some((name) => name !== 'type' && name !== 'topic' && filters[name]?.length);
  if (blocked || (filters.type?.length && !filters.type.includes('topic'))) return [];
  return topics.filter((t) => !filters.topic?.length || filters.topic.includes(t.id));
}
