// `npm run new -- note <id>` (or topic, question): writes a skeleton of a new entry from its schema, with
// placeholders that `npm run check` reports until each is filled in.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { config } from '../src/lib/config.ts';
import { PLACEHOLDER, skeletonYaml } from '../src/lib/content-check/skeleton.ts';
import { idSchema } from '../src/schemas/common.ts';
import { noteSchema } from '../src/schemas/note.ts';
import { mcqQuestionSchema } from '../src/schemas/question.ts';
import { topicSchema } from '../src/schemas/topic.ts';

const KINDS = {
  note: {
    folder: 'notes',
    ext: '.md',
    schema: noteSchema,
    // The next place in the reading order, so the new note does not claim another's.
    overrides: (dir: string) => ({
      order: existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).length : 0,
    }),
    body: `## ${PLACEHOLDER}: the first section\n\n${PLACEHOLDER}: the note, in your own words; a fact from beyond the source goes in a cited block.\n`,
  },
  topic: {
    folder: 'topics',
    ext: '.md',
    schema: topicSchema,
    overrides: () => ({}),
    body: `## What it is\n\n${PLACEHOLDER}: a short explanation of the topic.\n`,
  },
  question: {
    folder: 'questions',
    ext: '.yaml',
    schema: mcqQuestionSchema,
    // A practice MCQ is the commonest kind (its shape of the question union); the comments list the formats.
    overrides: () => ({
      kind: 'practice-mcq',
      options: [1, 2, 3, 4].map((n) => `${PLACEHOLDER}: option ${n}`),
      answer: 'a',
      format: 'direct',
    }),
    body: undefined,
  },
} as const;

const [kind, id, ...rest] = process.argv.slice(2);
const usage = 'usage: npm run new -- note|topic|question <id>';
if (!kind || !(kind in KINDS) || !id || rest.length) {
  console.error(usage);
  process.exit(2);
}
if (!idSchema.safeParse(id).success) {
  console.error(`"${id}" is not a kebab-case id such as "summit-2025-outcomes"\n${usage}`);
  process.exit(2);
}
const spec = KINDS[kind as keyof typeof KINDS];
const dir = join(config().contentDir, spec.folder);
const file = join(dir, `${id}${spec.ext}`);
if (existsSync(file)) {
  console.error(`${relative(process.cwd(), file)} exists already; choose another id`);
  process.exit(1);
}
const yaml = skeletonYaml(spec.schema, new Date().toISOString().slice(0, 10), spec.overrides(dir));
writeFileSync(file, spec.body === undefined ? yaml : `---\n${yaml}---\n\n${spec.body}`, { flag: 'wx' });
console.log(
  `wrote ${relative(process.cwd(), file)}: fill in every "${PLACEHOLDER}" and "fill-in", then run npm run check`,
);
