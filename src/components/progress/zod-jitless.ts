// Imported first by every browser entry that parses progress. zod probes for eval (new Function) when it builds an
// object schema, to compile faster parsers; under our CSP that probe is reported as a violation even though zod
// catches it. Turning the JIT off before any schema is built avoids the probe.
import { z } from 'zod';

z.config({ jitless: true });
