// The code a page would write to reach the API with something other than
// fetch() (request.via), for the live code beside the request form.
import type { ScenarioRequest } from '../scenario/types.ts';
import { jsString } from './fetch-code.ts';

export function channelCode(request: ScenarioRequest, url: string): string | null {
  const u = jsString(url);
  switch (request.via) {
    case 'img':
      return `const img = new Image();\nimg.onload = () => console.log('loaded', img.naturalWidth); // readable: only its size\nimg.src = ${u};`;
    case 'script':
      return `const script = document.createElement('script');\nscript.onload = () => console.log('it ran'); // its text stays unreadable\nscript.src = ${u};\ndocument.head.append(script);`;
    case 'form': {
      const fields = request.body.type === 'urlencoded' || request.body.type === 'multipart' ? request.body.fields : [];
      const inputs = fields.map(([n, v]) => `\n  <input type="hidden" name=${JSON.stringify(n)} value=${JSON.stringify(v)}>`).join('');
      const enctype = request.body.type === 'multipart' ? ' enctype="multipart/form-data"' : '';
      return `<iframe name="answer" hidden></iframe>\n<form method="post" action=${JSON.stringify(url)} target="answer"${enctype}>${inputs}\n</form>\n<script>document.forms[0].submit();</script>`;
    }
    case 'eventsource': {
      const options = request.credentials === 'include' ? ', { withCredentials: true }' : '';
      return `const source = new EventSource(${u}${options});\nsource.onmessage = (event) => console.log(event.data);\nsource.onerror = () => source.close();`;
    }
    case 'websocket':
      return `const socket = new WebSocket(${jsString(url.replace(/^http/, 'ws'))});\nsocket.onopen = () => socket.send('hello');\nsocket.onmessage = (event) => console.log(event.data);`;
    default:
      return null;
  }
}
