import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { sortProblems, type Problem } from './problem.ts';
import { readContent, type ContentSet } from './read.ts';
import { filesLeaving } from './safe-paths.ts';
import { routeFiles } from './routes.ts';
import { basisProblems } from './rules/basis.ts';
import { bodyProblems } from './rules/body.ts';
import { glossaryProblems, mainsProblems } from './rules/glossary-mains.ts';
import { HOUSE_RULES, houseRuleProblems, type HouseRules, type RuleEntry } from './rules/house-rules.ts';
import { linkProblems, linkTargets } from './rules/links.ts';
import { originalityProblems } from './rules/originality.ts';
import { pageIdProblems } from './rules/page-ids.ts';
import { referenceProblems } from './rules/references.ts';
import { syllabusProblems } from './rules/syllabus.ts';
import { titleProblems } from './rules/titles.ts';
import { citationProblems } from './rules/citations.ts';
import { glyphProblems, unicodeRanges, type Ranges } from './rules/glyphs.ts';
import { translationProblems, type StaleSeverity } from './rules/translations.ts';
import { placeholderProblems } from './skeleton.ts';
import { unusedProblems } from './rules/unused.ts';

/** Everything the checker found, plus what it read. */
export interface CheckResult {
  problems: Problem[];
  /** Entries read per collection (valid or not). */
  counts: Record<CollectionName, number>;
  /** The content as read, for callers that go on to use it (the post-build check maps pages to sources). */
  content: ContentSet;
}

export interface CheckOptions {
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /** Editorial rules about the whole set; a test tree passes none. */
  houseRules?: HouseRules | null;
  /** Route files of the site (src/pages), for the link check. */
  routes?: readonly string[];
  /**
   * Folders the build copies into the site as they are (public/), with the folder each must stay inside (the
   * repository): a link out of it would publish a file of the machine that builds the site.
   */
  copied?: readonly { dir: string; root: string }[];
  /** How a translation made from an older English text is reported (an error in CI, config().ci). */
  staleTranslations?: StaleSeverity;
  /** The characters the site's fonts draw; by default every unicode-range of src/styles/fonts.css. */
  glyphs?: Ranges;
}

/** What the shipped fonts draw, read once from the stylesheet that declares them. */
let shipped: Ranges | undefined;
const shippedGlyphs = () =>
  (shipped ??= unicodeRanges(readFileSync(new URL('../../styles/fonts.css', import.meta.url), 'utf8')));

/**
 * Reads and checks every content file under `root` with the collection table's schemas and references, then the
 * rules: syllabus papers, Markdown bodies, links (against the site's URL model), unused entries, originality and
 * the house rules. Never throws for bad content, only reports it.
 */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const content = readContent(root, options.cwd ?? process.cwd());
  const { problems: references, used } = referenceProblems(content);
  const houseRules = options.houseRules === undefined ? HOUSE_RULES : options.houseRules;
  const problems = [
    ...content.problems,
    ...references,
    ...syllabusProblems(content),
    ...glossaryProblems(content),
    ...mainsProblems(content),
    ...basisProblems(content),
    ...bodyProblems(content),
    ...pageIdProblems(content),
    ...titleProblems(content),
    ...citationProblems(content),
    ...translationProblems(content, options.staleTranslations),
    ...linkProblems(content, linkTargets(content, options.routes ?? routeFiles())),
    ...unusedProblems(content, used),
    ...originalityProblems(content.texts),
    ...glyphProblems(content.texts, options.glyphs ?? shippedGlyphs()),
    ...copiedProblems(options.copied ?? [], options.cwd ?? process.cwd()),
    ...(houseRules
      ? houseRuleProblems({ notes: ruleEntries(content, 'notes'), topics: ruleEntries(content, 'topics') }, houseRules)
      : []),
  ];
  const counts = Object.fromEntries(
    Object.keys(COLLECTIONS).map((name) => [name, content.entries[name as CollectionName].size]),
  ) as Record<CollectionName, number>;
  return { problems: sortProblems(withPlaceholders(problems, placeholderProblems(content))), counts, content };
}

function ruleEntries(content: ContentSet, collection: 'notes' | 'topics'): RuleEntry[] {
  return [...content.entries[collection].values()].map((e) => ({
    id: e.id,
    file: e.file,
    body: e.parsed.body,
    bodyLine: e.parsed.bodyLine,
    data: e.data,
    lineOf: e.parsed.lineOf,
  }));
}

/** Files of the copied folders that resolve outside the repository. */
function copiedProblems(copied: NonNullable<CheckOptions['copied']>, cwd: string): Problem[] {
  return copied.flatMap(({ dir, root }) =>
    filesLeaving(dir, root).map(({ file, target }) => ({
      severity: 'error' as const,
      file: relative(cwd, file) || file,
      field: 'file',
      message: `this is a link to ${target}, outside the repository; the build copies this folder into the site as it is, so only files inside the repository may be here`,
    })),
  );
}

/**
 * A field that still holds a skeleton's placeholder is reported once, as a placeholder to fill in, not again as
 * a bad URL or an unknown topic.
 */
function withPlaceholders(problems: Problem[], placeholders: Problem[]): Problem[] {
  const held = new Set(placeholders.filter((p) => p.field !== 'body').map((p) => `${p.file} ${p.field}`));
  return [...problems.filter((p) => !held.has(`${p.file} ${p.field}`)), ...placeholders];
}
