// The lesson card on the playground screen (loaded on demand): the story, the
// goal, hints one at a time, "Show me", and "Check", which runs every probe in
// the real browser (check-lesson.ts). The learner edits with the playground's
// own request and policy editors; the card reads the scenario from the store.
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PreflightCache } from '../../engine/types.ts';
import { CHAPTERS, LESSONS, chapterOf, lessonById } from '../../lessons/index.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { Deployment } from '../../scenario/origins.ts';
import { usePlayground } from '../../store/playground-store.ts';
import { checkLesson, type ProbeOutcome } from './check-lesson.ts';
import { markPassed, readProgress } from './progress.ts';
import { ProbeList } from './ProbeList.tsx';
import { LessonPassed } from './LessonPassed.tsx';
import { ProgressView } from './ProgressView.tsx';
import './lessons.css';

export interface LessonPanelProps {
  lessonId: string;
  deployment: Deployment;
  session: string;
  /** Why the page cannot run yet (origins or session not known, server side refused); null when it can. */
  refusal: string | null;
  cache: PreflightCache;
  onCache: (cache: PreflightCache) => void;
}

type LessonState = 'idle' | 'checking' | 'passed' | 'failed';

const storage = () => (typeof localStorage === 'undefined' ? null : localStorage);

function Hints({ lesson }: { lesson: Lesson }) {
  const [shown, setShown] = useState(0);
  return (
    <div className="lesson-hints">
      {shown > 0 && (
        <ol aria-label="Hints">
          {lesson.hints.slice(0, shown).map((h, i) => <li key={i}>{h}</li>)}
        </ol>
      )}
      {shown < lesson.hints.length && (
        <button type="button" onClick={() => setShown((n) => n + 1)}>
          {shown === 0 ? 'Show a hint' : `Another hint (${shown + 1} of ${lesson.hints.length})`}
        </button>
      )}
    </div>
  );
}

export default function LessonPanel({ lessonId, deployment, session, refusal, cache, onCache }: LessonPanelProps) {
  const lesson = lessonById(lessonId);
  const queryClient = useQueryClient();
  const setLesson = usePlayground((s) => s.setLesson);
  const loadScenario = usePlayground((s) => s.loadScenario);
  const [state, setState] = useState<LessonState>('idle');
  const [probes, setProbes] = useState<ProbeOutcome[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState(() => readProgress(storage()));
  const statusRef = useRef<HTMLParagraphElement>(null);

  if (!lesson) {
    return (
      <section className="panel lesson" data-testid="lesson" data-lesson-id={lessonId} data-lesson-state="idle" aria-label="Lesson">
        <p>There is no lesson “{lessonId}”.</p>
        <button type="button" onClick={() => setLesson(null)}>Back to the playground</button>
      </section>
    );
  }
  const chapter = chapterOf(lesson.id);
  const index = LESSONS.indexOf(lesson);
  const next = LESSONS[index + 1];

  const check = async () => {
    if (state === 'checking' || refusal) return;
    setState('checking');
    setError(null);
    setProbes(lesson.check.map(() => ({ state: 'idle' })));
    try {
      const result = await checkLesson(lesson, usePlayground.getState().scenario, { deployment, session, cache, queryClient }, (i, outcome) =>
        setProbes((all) => all.map((p, j) => (j === i ? outcome : p))),
      );
      onCache(result.cache);
      if (result.passed) setProgress(markPassed(storage(), lesson.id));
      setState(result.passed ? 'passed' : 'failed');
    } catch (e) {
      setError((e as Error).message);
      setState('failed');
    }
    statusRef.current?.focus();
  };

  return (
    <section className="panel lesson" data-testid="lesson" data-lesson-id={lesson.id} data-lesson-state={state} aria-labelledby="lesson-heading">
      <p className="lesson-kicker">
        Lesson {index + 1} of {LESSONS.length}
        {chapter ? ` · ${chapter.title}` : ''}
      </p>
      <h2 id="lesson-heading">{lesson.title}</h2>
      <p>{lesson.story}</p>
      <p className="lesson-goal">
        <strong>Goal:</strong> {lesson.goal}
      </p>
      <Hints key={lesson.id} lesson={lesson} />
      <div className="button-row lesson-actions">
        <button type="button" className="primary" onClick={() => void check()} disabled={state === 'checking' || refusal !== null} aria-describedby={refusal ? 'lesson-refusal' : undefined}>
          {state === 'checking' ? 'Checking in your browser…' : 'Check'}
        </button>
        <button type="button" onClick={() => loadScenario(lesson.solution)}>Show me</button>
        <button type="button" onClick={() => loadScenario(lesson.start)}>Start over</button>
      </div>
      {refusal && <p id="lesson-refusal" className="hint">{refusal}</p>}
      <p ref={statusRef} tabIndex={-1} className="lesson-status" role="status" aria-live="polite" data-testid="lesson-status">
        {state === 'checking' && 'Running every check in your browser…'}
        {state === 'passed' && 'Passed: your browser did what the goal asks.'}
        {state === 'failed' && (error ? `The check could not run: ${error}` : 'Not yet: see what your browser did below.')}
      </p>
      {probes.length > 0 && <ProbeList probes={lesson.check} outcomes={probes} />}
      {state === 'passed' && (
        <LessonPassed lesson={lesson} next={next} onContinue={() => setLesson(null)} onNext={() => next && setLesson(next.id, next.start)} />
      )}
      <ProgressView chapters={CHAPTERS} progress={progress} current={lesson.id} />
    </section>
  );
}
