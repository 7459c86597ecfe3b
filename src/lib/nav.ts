import * as PAGE_TYPES from './page-types.ts';

/** One entry of the site's main navigation: a root-relative path (url() adds the base path) and its label. */
export interface NavItem {
  path: string;
  label: string;
}

/**
 * The main navigation, in order: the header renders exactly this list, so a new section is one line here.
 * Paths come from the page-type registry, so only pages that exist can be listed.
 */
export const MAIN_NAV: readonly NavItem[] = [
  { path: PAGE_TYPES.topics.href(), label: 'Topics' },
  { path: PAGE_TYPES.mainsIndex.href(), label: 'Mains' },
  { path: PAGE_TYPES.questions.href(), label: 'Questions' },
  { path: PAGE_TYPES.practice.href(), label: 'Practice' },
  { path: PAGE_TYPES.revision.href(), label: 'Revision' },
  { path: PAGE_TYPES.glossary.href(), label: 'Glossary' },
  { path: PAGE_TYPES.syllabus.href(), label: 'Syllabus' },
  { path: PAGE_TYPES.progress.href(), label: 'Progress' },
];

/** Whether a nav entry is the section of the page at `pathname` (both already under the same base path). */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href);
}
