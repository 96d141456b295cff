// Fills the tool's source cache from a folder of `git archive` tarballs named <repository>-<commit>.tar.gz,
// importing each pinned source (firmware/sources.json) that is not cached yet through `sources import`,
// which verifies the tree hash. Usage: node scripts/import-sources.mjs DIR   (a missing DIR is no error)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) process.exit(0);
const manifest = JSON.parse(readFileSync('firmware/sources.json', 'utf8'));
const listed = spawnSync(process.execPath, ['dist/cli.js', 'sources'], { encoding: 'utf8' });
for (const [name, pin] of Object.entries(manifest)) {
  // Found by the pinned commit: the archive's name may spell the repository, not the source (embench-iot).
  const archive = readdirSync(dir).find((f) => f.endsWith(`-${pin.commit}.tar.gz`));
  if (!archive) continue;
  const line = listed.stdout.split('\n').find((l) => l.startsWith(`${name} `)) ?? '';
  if (/ (cache|override): /.test(line)) continue;
  const tmp = mkdtempSync(join(tmpdir(), `wmb-import-${name}-`));
  try {
    const tar = spawnSync('tar', ['-xzf', join(dir, archive), '-C', tmp, '--strip-components=1'], { stdio: 'inherit' });
    if (tar.status !== 0) { console.error(`import-sources: ${archive}: tar failed`); continue; }
    const r = spawnSync(process.execPath, ['dist/cli.js', 'sources', 'import', name, tmp], { stdio: 'inherit' });
    if (r.status !== 0) console.error(`import-sources: ${archive} was not imported (see above); its tests will be skipped`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
