// The file walk lives in src/build/files.ts; scripts import it from there.
export { filesBelow } from '../../src/build/files.ts';
