/** One entry of the site's main navigation: a root-relative path (url() adds the base path) and its label. */
export interface NavItem {
  path: string;
  label: string;
}

/**
 * The main navigation, in order: the header renders exactly this list, so a new section is one line here.
 * Only pages that exist may be listed (the build's link check fails otherwise).
 */
export const MAIN_NAV: readonly NavItem[] = [
  { path: '/topics/', label: 'Topics' },
  { path: '/mains/', label: 'Mains' },
  { path: '/questions/', label: 'Questions' },
  { path: '/practice/', label: 'Practice' },
  { path: '/revision/', label: 'Revision' },
  { path: '/glossary/', label: 'Glossary' },
  { path: '/syllabus/', label: 'Syllabus' },
  { path: '/progress/', label: 'Progress' },
];

/** Whether a nav entry is the section of the page at `pathname` (both already under the same base path). */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href);
}
