// Once a lesson passes: the rule, the standard's section, how to configure it
// in each framework (one tab each), and where to go next.
import { useState } from 'react';
import type { Framework, Lesson } from '../../lessons/types.ts';

const FRAMEWORKS: Array<{ id: Framework; label: string }> = [
  { id: 'express', label: 'Express' },
  { id: 'fastapi', label: 'FastAPI' },
  { id: 'spring', label: 'Spring' },
  { id: 'go', label: 'Go' },
  { id: 'nginx', label: 'nginx' },
];

export interface LessonPassedProps {
  lesson: Lesson;
  next: Lesson | undefined;
  onContinue: () => void;
  onNext: () => void;
}

export function LessonPassed({ lesson, next, onContinue, onNext }: LessonPassedProps) {
  const [framework, setFramework] = useState<Framework>('express');
  return (
    <div className="lesson-passed" data-testid="lesson-passed">
      <h3>The rule</h3>
      <p>{lesson.rule}</p>
      <p>
        In the standard: <a href={lesson.spec.href} target="_blank" rel="noreferrer">{lesson.spec.title}</a>
      </p>
      <h3>On your server</h3>
      <div className="framework-tabs" role="group" aria-label="Framework">
        {FRAMEWORKS.map((f) => (
          <button key={f.id} type="button" aria-pressed={framework === f.id} onClick={() => setFramework(f.id)}>
            {f.label}
          </button>
        ))}
      </div>
      <pre className="lesson-snippet" data-framework={framework} tabIndex={0} aria-label={`${FRAMEWORKS.find((f) => f.id === framework)?.label} configuration`}>
        <code>{lesson.configure[framework]}</code>
      </pre>
      <div className="button-row">
        {next && (
          <button type="button" className="primary" onClick={onNext}>
            Next lesson: {next.title}
          </button>
        )}
        <button type="button" onClick={onContinue}>Continue in the playground</button>
      </div>
    </div>
  );
}
