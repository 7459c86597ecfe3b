import type { UiKey } from '../i18n/en/index.ts';
import * as PAGE_TYPES from './page-types.ts';

/** One entry of the site's main navigation: a root-relative path (url() adds the base path) and its label's key. */
export interface NavItem {
  /** Root-relative path of the section. */
  path: string;
  /** Interface-string key of the label, translated by the header. */
  label: UiKey;
}

/**
 * The main navigation, in order: the header renders exactly this list, so a new section is one line here.
 * Paths come from the page-type registry, so only pages that exist can be listed.
 */
export const MAIN_NAV: readonly NavItem[] = [
  { path: PAGE_TYPES.topics.href(), label: 'nav.topics' },
  { path: PAGE_TYPES.mainsIndex.href(), label: 'nav.mains' },
  { path: PAGE_TYPES.questions.href(), label: 'nav.questions' },
  { path: PAGE_TYPES.practice.href(), label: 'nav.practice' },
  { path: PAGE_TYPES.revision.href(), label: 'nav.revision' },
  { path: PAGE_TYPES.glossary.href(), label: 'nav.glossary' },
  { path: PAGE_TYPES.syllabus.href(), label: 'nav.syllabus' },
  { path: PAGE_TYPES.progress.href(), label: 'nav.progress' },
];

/** Whether a nav entry is the section of the page at `pathname` (both already under the same base path). */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href);
}
