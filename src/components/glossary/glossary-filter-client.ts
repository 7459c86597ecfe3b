// The glossary's filter box in the browser: each keystroke hides the terms the filter does not match (and the letters
// left empty) and says how many are shown. Without JavaScript the box stays hidden and the A–Z jump list remains.
import { clientTranslator } from '../../lib/i18n/client.ts';
import { matchesFilter, termWords } from '../../lib/glossary-filter.ts';

export function startGlossaryFilter(): void {
  const box = document.getElementById('glossary-filter');
  const input = document.getElementById('glossary-filter-input') as HTMLInputElement | null;
  const status = document.getElementById('glossary-filter-status');
  if (!box || !input || !status) return;
  const t = clientTranslator(box.dataset['messages'], document.documentElement.lang);
  // A term is found by its English and Hindi names, its meaning and its aliases (not the labels around them).
  const terms = [...document.querySelectorAll<HTMLElement>('article.term')].map((el) => ({
    el,
    words: termWords(
      [...el.querySelectorAll('.en, .hi, .meaning, .aliases span')].map((node) => node.textContent).join(' '),
    ),
  }));
  const letters = [...document.querySelectorAll<HTMLElement>('section.letter')];
  const apply = () => {
    const filter = input.value.trim();
    let shown = 0;
    for (const term of terms) {
      term.el.hidden = !matchesFilter(filter, term.words);
      if (!term.el.hidden) shown += 1;
    }
    for (const letter of letters) letter.hidden = !letter.querySelector('article.term:not([hidden])');
    status.textContent = !filter
      ? ''
      : shown > 0
        ? t('glossary.filter.count', { count: shown, total: terms.length })
        : t('glossary.filter.none', { filter });
  };
  box.hidden = false;
  input.addEventListener('input', apply);
  // A reload or Back keeps what was typed.
  if (input.value) apply();
}
