// apt-get for the scripts that install a missing browser (root, Debian).
import { execFileSync } from 'node:child_process';

export function apt(args) {
  // Another apt run may hold the lock for a while: retry instead of failing.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      console.error(`apt-get ${args[0]} failed (attempt ${attempt}); retrying in ${attempt * 5} s`);
      execFileSync('sleep', [String(attempt * 5)]);
    }
  }
}
