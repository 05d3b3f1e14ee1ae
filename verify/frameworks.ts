// How each framework is run here, on loopback, from the exported code as
// generated: all policies of one framework are started together (one process,
// or one small process per policy where the framework cannot share one).
// See /work/shared/reference/frameworks.md for why these commands.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Generated {
  /** Index in the policy table: files and class names use it. */
  index: number;
  port: number;
  code: string;
}

export interface Framework {
  /** The export target's id. */
  target: string;
  /** First port; policy i listens on basePort + i. */
  basePort: number;
  /** The class/file name the target is generated with for policy i. */
  name: (i: number) => string;
  start: (dir: string, exports: Generated[]) => ChildProcess[];
  version: () => string;
}

const PYTHON = '/usr/bin/python3'; // Debian's, which sees python3-fastapi (a pyenv python3 may come first on PATH)
const NGINX = '/usr/sbin/nginx';
const JARS = [
  ...['spring3-core', 'spring3-beans', 'spring3-context', 'spring3-web', 'commons-logging'],
  ...['tomcat9-servlet-api', 'tomcat9-api', 'tomcat9-catalina', 'tomcat9-coyote', 'tomcat9-juli', 'tomcat9-util', 'tomcat9-util-scan'],
  ...['tomcat9-jni', 'tomcat9-jaspic-api', 'tomcat9-annotations-api'],
].map((j) => `/usr/share/java/${j}.jar`);
export const JAVA_CLASSPATH = JARS.join(':');

const run = (cmd: string, args: string[], cwd?: string, env?: NodeJS.ProcessEnv) =>
  execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function child(cmd: string, args: string[], cwd: string, log: string, env?: NodeJS.ProcessEnv): ChildProcess {
  const out = fs.openSync(path.join(cwd, log), 'w');
  return spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
}

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

/** Everything a command prints (nginx -v and java -version write to stderr). */
const printed = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
};

const jarVersion = (jar: string) => /Implementation-Version: (\S+)/.exec(run('unzip', ['-p', jar, 'META-INF/MANIFEST.MF']))?.[1] ?? '?';
const packageVersion = (name: string) => (JSON.parse(fs.readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

export const FRAMEWORKS: Framework[] = [
  {
    target: 'express',
    basePort: 9700,
    name: (i) => `server${i}`,
    // One Node process imports every exported server (each listens on its own port).
    start(dir, exports) {
      for (const e of exports) write(path.join(dir, `server${e.index}.mjs`), e.code);
      const imports = exports.map((e) => `await import('./server${e.index}.mjs');`).join('\n');
      write(path.join(dir, 'all.mjs'), imports);
      return [child(process.execPath, ['all.mjs'], dir, 'express.log')];
    },
    version: () => `Express ${packageVersion('express')}, cors ${packageVersion('cors')} (npm), Node ${process.versions.node}`,
  },
  {
    target: 'fastapi',
    basePort: 9720,
    name: (i) => `app${i}`,
    // One Python process: every exported app under its own uvicorn.Server in one event loop.
    start(dir, exports) {
      for (const e of exports) write(path.join(dir, `app${e.index}.py`), e.code);
      const apps = exports.map((e) => `    (importlib.import_module("app${e.index}").app, ${e.port}),`).join('\n');
      write(
        path.join(dir, 'serve_all.py'),
        ['import asyncio, importlib, uvicorn', '', 'APPS = [', apps, ']', '', 'async def main():',
          '    servers = [uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")) for app, port in APPS]',
          '    await asyncio.gather(*(s.serve() for s in servers))', '', 'asyncio.run(main())', ''].join('\n'),
      );
      return [child(PYTHON, ['serve_all.py'], dir, 'fastapi.log')];
    },
    version: () => run(PYTHON, ['-c', 'import fastapi, starlette, uvicorn, sys; print(f"FastAPI {fastapi.__version__}, Starlette {starlette.__version__}, uvicorn {uvicorn.__version__} (Debian python3 {sys.version.split()[0]})")']).trim(),
  },
  {
    target: 'go',
    basePort: 9740,
    name: (i) => `p${i}`,
    // One go build for all (offline, stdlib only), then one small process per policy.
    start(dir, exports) {
      write(path.join(dir, 'go.mod'), 'module verify\n\ngo 1.19\n');
      for (const e of exports) write(path.join(dir, `p${e.index}`, 'main.go'), e.code);
      run('go', ['build', '-o', 'bin/', ...exports.map((e) => `./p${e.index}`)], dir, { GOPROXY: 'off', GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' });
      return exports.map((e) => child(path.join(dir, 'bin', `p${e.index}`), [], dir, `go${e.index}.log`));
    },
    version: () => run('go', ['version']).trim().replace(/^go version go(\S+).*/, 'Go $1 (Debian golang-go), standard library only'),
  },
  {
    target: 'nginx',
    basePort: 9760,
    name: (i) => `p${i}`,
    // One master-less nginx per policy: each export declares its own map variable.
    start(dir, exports) {
      return exports.map((e) => {
        const prefix = path.join(dir, `p${e.index}`);
        fs.mkdirSync(prefix, { recursive: true });
        const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${prefix}/${t};`);
        const conf = ['daemon off;', 'master_process off;', 'worker_processes 1;', `pid ${prefix}/nginx.pid;`, `error_log ${prefix}/error.log warn;`,
          'events { worker_connections 64; }', 'http {', '    access_log off;', ...temp, e.code, '}', ''].join('\n');
        write(path.join(prefix, 'nginx.conf'), conf);
        run(NGINX, ['-t', '-q', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')]);
        return child(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], prefix, 'stdout.log');
      });
    },
    version: () => `nginx ${/nginx\/(\S+)/.exec(printed(NGINX, ['-v']))?.[1] ?? '?'} (Debian)`,
  },
  {
    target: 'spring-filter',
    basePort: 9780,
    name: (i) => `CorsServer${i}`,
    // One JVM: every exported class compiled together, each started on its own embedded Tomcat.
    start(dir, exports) {
      for (const e of exports) write(path.join(dir, `CorsServer${e.index}.java`), e.code);
      const starts = exports.map((e) => `        CorsServer${e.index}.start(${e.port});`).join('\n');
      write(path.join(dir, 'StartAll.java'), `public class StartAll {\n    public static void main(String[] args) throws Exception {\n${starts}\n        Thread.currentThread().join();\n    }\n}\n`);
      run('javac', ['-nowarn', '-cp', JAVA_CLASSPATH, '-d', 'classes', ...fs.readdirSync(dir).filter((f) => f.endsWith('.java'))], dir);
      return [child('java', ['-Xss512k', '-XX:TieredStopAtLevel=1', '-Xmx256m', '-cp', `classes:${JAVA_CLASSPATH}`, 'StartAll'], dir, 'spring.log')];
    },
    version: () => `Spring Framework ${jarVersion('/usr/share/java/spring3-web.jar')} CorsFilter (Debian libspring-web-java) on embedded Tomcat ${jarVersion('/usr/share/java/tomcat9-catalina.jar')}, Java ${/version "([^"]+)"/.exec(printed('java', ['-version']))?.[1] ?? '?'}`,
  },
];
