// Bundles the two entry points into dist/ (committed: GitHub runs dist/ directly).
// Usage: node scripts/build.mjs [OUTDIR]  (another OUTDIR lets the tests check dist/ is fresh)
import { build } from 'esbuild';
import { chmod, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

// `import x from 'file?text'`: the file's contents as a string (the history page inlines its chart library).
const require = createRequire(import.meta.url);
const text = {
  name: 'text',
  setup(b) {
    // The path is kept relative to the project: the bundle names it in a comment and must not depend on
    // where the checkout is.
    b.onResolve({ filter: /\?text$/ }, (a) => {
      const spec = a.path.slice(0, -'?text'.length);
      const file = spec.startsWith('.') ? resolve(dirname(a.importer), spec) : require.resolve(spec);
      return { path: relative(process.cwd(), file), namespace: 'text' };
    });
    b.onLoad({ filter: /.*/, namespace: 'text' }, async (a) => ({ contents: await readFile(resolve(a.path), 'utf8'), loader: 'text' }));
  },
};

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
  plugins: [text],
  logLevel: 'warning',
});
await chmod(`${outdir}/cli.js`, 0o755);
