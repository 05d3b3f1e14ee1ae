// Problems (the server or browser will refuse this) and notes (it will not do
// what it looks like) shown right under a control. Icon plus text, never colour alone.
import { Icon } from './Icon.tsx';
export interface FieldMessagesProps {
  id: string;
  problems?: readonly string[];
  notes?: readonly (string | null)[];
}

export function FieldMessages({ id, problems = [], notes = [] }: FieldMessagesProps) {
  const shownNotes = notes.filter((n): n is string => !!n);
  if (!problems.length && !shownNotes.length) return null;
  return (
    <div id={id} className="field-messages">
      {problems.map((p) => (
        <p key={p} className="problem">
          <Icon name="fail" />{' '}
          {p}
        </p>
      ))}
      {shownNotes.map((n) => (
        <p key={n} className="note">
          <strong>Note: </strong>
          {n}
        </p>
      ))}
    </div>
  );
}

/** aria-describedby only when there is something to describe. */
export function describedBy(id: string, ...lists: readonly (readonly (string | null)[] | undefined)[]): string | undefined {
  return lists.some((l) => l?.some(Boolean)) ? id : undefined;
}
