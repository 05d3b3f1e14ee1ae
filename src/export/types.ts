// What an export target is given and what it gives back. Targets are pure
// functions of the scenario: no DOM, no Node, so the page, the unit tests and
// the verification suite (verify/) run the very same generators.
import type { SentRequest } from '../engine/types.ts';
import type { Deployment } from '../scenario/origins.ts';
import type { Scenario } from '../scenario/types.ts';

export interface ExportInput {
  scenario: Scenario;
  deployment: Deployment;
  /** The URL the page's fetch() calls (the client export writes it as is). */
  requestUrl: string;
  /** What the engine predicts the browser sends, preflight first (the curl export repeats it). */
  requests: SentRequest[];
  /** Where a generated server listens on 127.0.0.1. */
  port: number;
  /** A name for generated types and files that must be unique when several exports run side by side (Java class name). */
  name: string;
}

export type NoteKind =
  | 'cannot-express' // the target has no way to say this part of the policy; the export leaves it out
  | 'differs'; //       observed: under this framework the same request gets a different answer

export interface ExportNote {
  kind: NoteKind;
  text: string;
}

export interface ExportResult {
  code: string;
  notes: ExportNote[];
}

export type Language = 'javascript' | 'python' | 'java' | 'go' | 'nginx' | 'bash';

/** One row of the export table (targets.ts). */
export interface ExportTarget {
  id: string;
  label: string;
  language: Language;
  /** How a comment line starts in this language. */
  comment: string;
  /** What the code is and how to run it, one sentence. */
  about: string;
  /** Server targets are compared with our policy server by the verification suite. */
  kind: 'server' | 'client';
  /** The target whose verification stands for this one (a form that cannot run here quotes the one that ran). */
  observedAs?: string;
  generate: (input: ExportInput) => ExportResult;
}
