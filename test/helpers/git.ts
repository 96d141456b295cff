// git for the tests' throwaway repositories. Every commit carries its own identity, so the tests pass on a
// fresh machine with no git user configured (CI's, a new developer's).
import { execFileSync } from 'node:child_process';

export const IDENTITY = ['-c', 'user.name=wasm-mcu-bench tests', '-c', 'user.email=tests@wasm-mcu-bench.invalid'];

/** Runs git in `cwd` and returns its trimmed output. */
export const gitIn = (cwd: string) => (...args: string[]): string =>
  execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8' }).trim();
