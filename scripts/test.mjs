// Runs every test/**/*.test.ts with node's built-in runner (Node 20 has no glob for --test).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []);
const wanted = process.argv.slice(2);
const list = files('test').filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w))).sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...list], { stdio: 'inherit' });
process.exit(r.status ?? 1);
