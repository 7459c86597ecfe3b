import { url } from '../urls.ts';
import { serializeSet, type QuizSet } from './quiz-set.ts';

/** `/practice/?set=…`: a practice round on one set of questions, under the base path. */
export const practiceUrl = (set: QuizSet = { kind: 'all' }) =>
  url(set.kind === 'all' ? '/practice/' : `/practice/?set=${encodeURIComponent(serializeSet(set))}`);

/** `/progress/`. */
export const progressUrl = () => url('/progress/');

/** `/progress/data.json`: the notes, topics, syllabus lines and questions /progress/ joins with stored progress. */
export const progressDataUrl = () => url('/progress/data.json');

/** `/questions/q/<id>/`: one question on its own page. */
export const questionUrl = (id: string) => url(`/questions/q/${id}/`);
