// The workflow's event file (GITHUB_EVENT_PATH). @actions/github parses it when it is imported and throws a
// bare SyntaxError on a broken one, so the action checks it first and names the file.
import { readFileSync } from 'node:fs';
import { UserError } from '../types.js';

/** Throws a UserError naming the event file when it cannot be read or is not a JSON object with a usable pull_request. */
export function checkEventFile(env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`event file ${file} (GITHUB_EVENT_PATH): cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (e) {
    throw new UserError(`event file ${file} (GITHUB_EVENT_PATH): not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (event === null || typeof event !== 'object' || Array.isArray(event)) throw new UserError(`event file ${file} (GITHUB_EVENT_PATH): not a JSON object`);
  const pr = (event as { pull_request?: unknown }).pull_request;
  if (pr === undefined) return;
  const number = (pr as { number?: unknown } | null)?.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
    throw new UserError(`event file ${file} (GITHUB_EVENT_PATH): pull_request.number is not a pull request number`);
}
