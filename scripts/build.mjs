// Bundles the two entry points into dist/ (committed: GitHub runs dist/ directly).
// Usage: node scripts/build.mjs [OUTDIR]  (another OUTDIR lets the tests check dist/ is fresh)
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';

const outdir = process.argv[2] ?? 'dist';
// Start clean: chunk names carry content hashes, and stale chunks would linger.
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Some bundled CommonJS dependencies call require(); give them one in ESM.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __wmbCreateRequire } from 'node:module';\nconst require = __wmbCreateRequire(import.meta.url);" },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
await chmod(`${outdir}/cli.js`, 0o755);
