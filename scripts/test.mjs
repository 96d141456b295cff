// Runs every test/**/*.test.ts with node's built-in runner (Node 20 has no glob for --test), after building
// dist/ from src/: the integration tests run the bundle, so they must never test a stale one.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []);
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]);
const snapshot = () => new Map((existsSync('dist') ? walk('dist') : []).map((f) => [f, readFileSync(f).toString('base64')]));

// What was committed (or in the work tree) before this run, against what src/ builds to now.
const before = snapshot();
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const after = snapshot();
const stale = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));

const wanted = process.argv.slice(2);
const list = files('test').filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w))).sort();
const env = {
  ...process.env,
  // Tests are offline: upstream sources come from the cache or an override, never a download.
  WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS: '0',
  // The dist/ files this run had to rebuild: test/dist.test.ts fails on them (commit the fresh dist/).
  WASM_MCU_BENCH_STALE_DIST: stale.join('\n'),
  // Every test runs as on a fresh machine: no git identity but the one a test gives its own commits.
  GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.useConfigOnly', GIT_CONFIG_VALUE_0: 'true',
};
for (const v of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'EMAIL']) delete env[v];
// Beside node's spec output (its summary lines stay the last lines node prints), the skipped tests go to a
// file and are listed after that summary with their reasons: a skip passes, so it has to be seen.
const skips = join(mkdtempSync(join(tmpdir(), 'wmb-test-')), 'skipped.jsonl');
const reporter = fileURLToPath(new URL('./skipped-reporter.mjs', import.meta.url));
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  `--test-reporter=${reporter}`, `--test-reporter-destination=${skips}`, ...list], { stdio: 'inherit', env });
const skipped = existsSync(skips) ? readFileSync(skips, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
rmSync(join(skips, '..'), { recursive: true, force: true });
process.stdout.write(`\nskipped: ${skipped.length}\n${skipped.map((s) => `- ${s.file && relative(process.cwd(), s.file)}: ${s.name}: ${s.reason}\n`).join('')}`);
process.exit(r.status ?? 1);
