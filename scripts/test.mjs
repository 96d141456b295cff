// Runs every test/**/*.test.ts with node's built-in runner (Node 20 has no glob for --test).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []);
const wanted = process.argv.slice(2);
const list = files('test').filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w))).sort();
// Tests are offline: upstream sources come from the cache or an override, never a download.
const env = { ...process.env, WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS: '0' };
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...list], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
