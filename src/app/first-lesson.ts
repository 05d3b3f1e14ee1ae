// Where "the first lesson" link goes. Lessons do not exist yet: until they do,
// it opens the first classic failure (the API sends no
// Access-Control-Allow-Origin). One constant, so lessons can replace it.
import { readableLink } from '../scenario/link-readable.ts';
import { DEFAULT_POLICY, DEFAULT_REQUEST } from '../scenario/defaults.ts';

export const FIRST_LESSON_HREF = readableLink({
  scenario: {
    version: 1,
    title: 'First lesson: the API sends no Access-Control-Allow-Origin',
    request: DEFAULT_REQUEST,
    server: { type: 'policy', policy: DEFAULT_POLICY },
  },
});
