// `wasm-mcu-bench history add RESULTS.json` and `history build --out DIR`: the local front door of the
// history store and its page (the action's mode `history` does the same against the data branch).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../types.js';
import { pageData } from './data.js';
import { renderPage } from './page.js';
import { addEntry, entryFrom, readStore, type EntryFacts } from './store.js';

const DEFAULT_STORE = 'wasm-mcu-bench-history';

const HISTORY_HELP = `Usage: wasm-mcu-bench history add RESULTS.json [--store DIR] [--tag TAG] [--run-url URL] [--event push|release|baselines]
       wasm-mcu-bench history build [--store DIR] --out DIR [--title TEXT] [--repo-url URL]

add:   appends a run (a results.json, shards merged) to the history store, one file per run
       (default store: ${DEFAULT_STORE}/, usually a checkout of the data branch).
build: writes DIR/index.html, one self-contained page (no network needed) charting every metric over the
       runs, with release tags, baseline refreshes and steps marked. Unreadable entries are skipped with a warning.

Exit status: 0 ok, 2 error.`;

const EVENTS = ['push', 'release', 'baselines'] as const;

export async function historyCommand(args: string[], warn = (m: string) => process.stderr.write(`wasm-mcu-bench: warning: ${m}\n`)): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      store: { type: 'string' }, out: { type: 'string' }, tag: { type: 'string' }, 'run-url': { type: 'string' },
      event: { type: 'string' }, title: { type: 'string' }, 'repo-url': { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${HISTORY_HELP}\n`);
    return 0;
  }
  const store = values.store ?? DEFAULT_STORE;
  const [action, ...rest] = positionals;
  if (action === 'add') {
    if (rest.length !== 1) throw new UserError(`history add: give one results.json\n${HISTORY_HELP}`);
    const event = values.event;
    if (event !== undefined && !(EVENTS as readonly string[]).includes(event)) throw new UserError(`history add --event: expected one of ${EVENTS.join(', ')}, got "${event}"`);
    const file = rest[0]!;
    const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => { throw new UserError(`history add: cannot read ${file} (${e.code ?? e.message})`); });
    const facts: EntryFacts = { ...(values.tag ? { tag: values.tag } : {}), ...(values['run-url'] ? { run: values['run-url'] } : {}), ...(event ? { event: event as EntryFacts['event'] } : {}) };
    process.stdout.write(`${await addEntry(store, entryFrom(file, text, facts))}\n`);
    return 0;
  }
  if (action === 'build') {
    if (rest.length || !values.out) throw new UserError(`history build: give --out DIR\n${HISTORY_HELP}`);
    const path = await buildSite(store, values.out, { ...(values.title ? { title: values.title } : {}), ...(values['repo-url'] ? { repoUrl: values['repo-url'] } : {}) }, warn);
    process.stdout.write(`${path}\n`);
    return 0;
  }
  throw new UserError(`history: expected add or build\n${HISTORY_HELP}`);
}

/** Builds the page from the store into `out`/index.html (written whole, then renamed). */
export async function buildSite(store: string, out: string, o: { title?: string; repoUrl?: string }, warn: (m: string) => void): Promise<string> {
  const entries = await readStore(store, warn);
  await mkdir(out, { recursive: true });
  const path = join(out, 'index.html');
  await writeFile(`${path}.tmp`, renderPage(pageData(entries, o)));
  await rename(`${path}.tmp`, path);
  return path;
}
