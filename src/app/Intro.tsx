// The first visit: what to do, in two sentences, and a way into the first
// lesson. Dismissed once, remembered in localStorage.
import { useState } from 'react';
import { FIRST_LESSON_HREF } from './first-lesson.ts';

const DISMISSED_KEY = 'cors-playground:intro-dismissed';

function wasDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false; // storage blocked: show it, it can still be closed for this page
  }
}

export function Intro() {
  const [shown, setShown] = useState(() => !wasDismissed());
  if (!shown) return null;
  const dismiss = () => {
    setShown(false);
    try {
      localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // storage blocked: dismissed for this page only
    }
  };
  return (
    <section className="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading">Start here</h2>
      <p>
        Pick where the request comes from, press <strong>Send</strong>, and read why your browser allowed or blocked it. Then change the
        request or the server’s policy and send again.
      </p>
      <p className="intro-actions">
        <a href={FIRST_LESSON_HREF}>Open the first lesson: what makes two origins different</a>
        <button type="button" onClick={dismiss}>
          Got it
        </button>
      </p>
    </section>
  );
}
