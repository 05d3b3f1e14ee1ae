// Starting and stopping a server under test (servers.mjs) in its own process.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVERS = fileURLToPath(new URL('./servers.mjs', import.meta.url));

/** @returns {Promise<{ port: number, ask(message: 'memory' | 'gc'): Promise<object>, stop(): Promise<void> }>} */
export function startServer(kind, appPort, apiPort, execArgv = []) {
  const child = fork(SERVERS, [kind, String(appPort), String(apiPort)], { execArgv: ['--expose-gc', ...execArgv], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited with ${code} before listening`)));
    child.once('message', ({ port }) => {
      child.removeAllListeners('exit');
      resolve({
        port,
        ask: (message) =>
          new Promise((answer) => {
            child.once('message', answer);
            child.send(message);
          }),
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.send('exit');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
      });
    });
  });
}
