// Chapter: Beyond fetch(): EventSource and WebSocket.
// Lessons (ids are stable: they are in links): eventsource-follows-cors, websocket-has-no-cors.
import type { Chapter } from '../types.ts';

export const beyondFetch: Chapter = {
  id: 'beyond-fetch',
  title: 'Beyond fetch(): EventSource and WebSocket',
  lessons: [],
};
