// vitest setup: every test sees origin patterns as the server does, with the engine loaded.
import { loadPatternEngine } from './origin-pattern.ts';

await loadPatternEngine();
