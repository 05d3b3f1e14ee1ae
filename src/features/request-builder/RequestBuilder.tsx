// The browser side: the fetch() call as a form, with the browser's own rules
// shown next to each control that will not do what it seems to.
import { lazy, Suspense, useMemo } from 'react';
import { usePlayground } from '../../store/playground-store.ts';
import { headerProblem } from '../../policy/validate.ts';
import { requestBase, resolveTokens, type Deployment } from '../../scenario/origins.ts';
import { HeaderRows } from '../../components/HeaderRows.tsx';
import { FieldMessages } from '../../components/FieldMessages.tsx';
import { RequestOptions } from './RequestOptions.tsx';
import { ChannelField } from './ChannelField.tsx';
import { FetchCode } from './FetchCode.tsx';
import { bodyNote, droppedHeaderReason, methodNote, redirectNote } from './request-notes.ts';

// The victim's login is an aside under the request: loaded on demand.
const LoginPanel = lazy(() => import('./LoginPanel.tsx').then((m) => ({ default: m.LoginPanel })));
// The body's editor loads on demand too: every kind fetch() takes has its own fields (the initial bundle has no room).
const BodyEditor = lazy(() => import('./BodyEditor.tsx').then((m) => ({ default: m.BodyEditor })));

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'patch', 'QUERY'];

export function RequestBuilder({ deployment, session }: { deployment: Deployment; session: string }) {
  const request = usePlayground((s) => s.scenario.request);
  const update = usePlayground((s) => s.updateRequest);
  const url = requestBase(request, deployment) + resolveTokens(request.path, deployment);
  const notes = useMemo(
    () => ({ method: methodNote(request.method, request.mode), body: bodyNote(request), redirect: redirectNote(request) }),
    [request],
  );
  const pathNote = request.path.startsWith('/') ? null : 'The path must start with "/".';

  return (
    <section className="panel" aria-labelledby="request-heading">
      <h2 id="request-heading">The request (browser side)</h2>
      <label className="field">
        <span>URL path and query</span>
        <input className="mono" value={request.path} spellCheck={false} aria-describedby={pathNote ? 'path-note' : undefined} onChange={(e) => update({ path: e.target.value })} />
      </label>
      <FieldMessages id="path-note" problems={pathNote ? [pathNote] : []} />
      <label className="field">
        <span>Method</span>
        <input className="mono" list="method-list" value={request.method} spellCheck={false} aria-describedby={notes.method ? 'method-note' : undefined} onChange={(e) => update({ method: e.target.value })} />
      </label>
      <datalist id="method-list">
        {METHODS.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <FieldMessages id="method-note" notes={[notes.method]} />
      <HeaderRows
        legend="Request headers"
        rows={request.headers}
        onChange={(headers) => update({ headers })}
        messagesFor={(i) => {
          const [name, value] = request.headers[i] ?? ['', ''];
          const problem = headerProblem(name, value);
          if (!problem) return { notes: [droppedHeaderReason(name, value, request.mode)] };
          const nameIsBad = headerProblem(name, '') !== null;
          return { problems: [problem], invalid: nameIsBad ? { name: true } : { value: true } };
        }}
      />
      <Suspense fallback={null}>
        <BodyEditor body={request.body} onChange={(body) => update({ body })} note={notes.body} />
      </Suspense>
      <RequestOptions request={request} onChange={update} redirectNote={notes.redirect} />
      <ChannelField request={request} onChange={update} />
      <Suspense fallback={null}>
        <LoginPanel api={deployment.api} session={session} />
      </Suspense>
      <FetchCode request={request} url={url} />
    </section>
  );
}
