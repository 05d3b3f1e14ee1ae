// The readable link form (link format 1): "#scenario=<URL-encoded JSON>", for
// people and hand-made links. Apart from the codec (link.ts, loaded on demand)
// so a page can write one without loading the decoder.
import type { Scenario } from './types.ts';
import { writtenVersion } from './version.ts';

export const READABLE_PREFIX = '#scenario=';
/** A lesson's own link, "#lesson=<id>": the lesson at its start. */
export const LESSON_LINK_PREFIX = '#lesson=';
/** A lesson id as links carry it: kebab-case, at most 64 characters. */
export const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** What a link carries. The lesson is an id; scenario links leave it out. */
export interface LinkContent {
  scenario: Scenario;
  lesson?: string;
}

/** The readable hash, "#scenario=<URL-encoded JSON>". */
export function readableLink({ scenario, lesson }: LinkContent): string {
  const written = { ...scenario, version: writtenVersion(scenario) };
  return READABLE_PREFIX + encodeURIComponent(JSON.stringify(lesson === undefined ? written : { ...written, lesson }));
}

/** The lesson's own link hash, "#lesson=<id>". */
export function lessonLink(id: string): string {
  return LESSON_LINK_PREFIX + id;
}

/** The lesson id of a "#lesson=<id>" hash; null for any other hash. A malformed id is an error to show. */
export function readLessonLink(hash: string): { id: string } | { error: string } | null {
  if (!hash.startsWith(LESSON_LINK_PREFIX)) return null;
  const id = hash.slice(LESSON_LINK_PREFIX.length);
  return LESSON_ID.test(id) ? { id } : { error: `lesson: expected a lesson id (a-z, 0-9 and "-"), got "${id.slice(0, 64)}"` };
}
