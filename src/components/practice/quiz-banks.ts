// The question elements of a practice set, fetched bank by bank as the round needs them (bank-loading.ts decides
// which). Each bank is fetched once, even when the question on show and the look-ahead ask for it together; a failed
// fetch is forgotten so the next ask tries again.
import { bankPath } from '../../lib/practice/banks.ts';
import { adoptFrom } from './page-loader.ts';

export interface QuestionBanks {
  /** Banks fetched and adopted. */
  readonly loaded: ReadonlySet<number>;
  /** The set's question elements fetched so far, by question id. */
  readonly elements: ReadonlyMap<string, HTMLElement>;
  /** Fetches the banks not fetched yet; rejects when one fails. */
  fetch(banks: readonly number[]): Promise<void>;
}

/** Banks holding the questions `wanted`; `prepare` runs once on each wanted element as it arrives. */
export function questionBanks(wanted: ReadonlySet<string>, prepare: (el: HTMLElement) => void): QuestionBanks {
  const loaded = new Set<number>();
  const fetching = new Map<number, Promise<void>>();
  const elements = new Map<string, HTMLElement>();
  const fetchBank = (bank: number): Promise<void> => {
    let done = fetching.get(bank);
    if (!done) {
      done = adoptFrom([bankPath(bank)], '[data-quiz-question]').then((els) => {
        for (const el of els) {
          const id = el.dataset['quizQuestion'] ?? '';
          if (!wanted.has(id) || elements.has(id)) continue;
          prepare(el);
          elements.set(id, el);
        }
        loaded.add(bank);
      });
      fetching.set(bank, done);
      done.catch(() => fetching.delete(bank));
    }
    return done;
  };
  return {
    loaded,
    elements,
    fetch: async (banks) => {
      await Promise.all(banks.map(fetchBank));
    },
  };
}
