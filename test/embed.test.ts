// Modules become C arrays through firmware/cmake/wmb_embed.cmake: compiled back, the array is the file, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/project.js';

test('a module embedded as a C array round-trips byte for byte, in both sections', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmb-embed-'));
  // A real module: the study's toggle.wat through wabt, plus a tail whose length is not a multiple of 16.
  const wasm = join(dir, 'toggle.wasm');
  execFileSync('wat2wasm', [join(ROOT, 'firmware', 'benchmarks', 'toggle', 'toggle.wat'), '-o', wasm]);
  const bytes = Buffer.concat([readFileSync(wasm), Buffer.from([0x00, 0xff, 0x10, 0x0a, 0x5c, 0x22, 0x7f])]);
  writeFileSync(wasm, bytes);
  for (const section of ['rodata', 'data']) {
    const c = join(dir, `module_${section}.c`);
    execFileSync('cmake', [`-DINPUT=${wasm}`, `-DOUTPUT=${c}`, '-DSYMBOL=wmb_module', `-DSECTION=${section}`, '-P', join(ROOT, 'firmware', 'cmake', 'wmb_embed.cmake')]);
    const main = join(dir, 'dump.c');
    writeFileSync(main, '#include <stdio.h>\n#include <stdint.h>\nextern const uint8_t wmb_module[]; extern const uint32_t wmb_module_size;\n' +
      'int main(void) { fwrite(wmb_module, 1, wmb_module_size, stdout); return 0; }\n');
    const exe = join(dir, `dump_${section}`);
    execFileSync('gcc', ['-o', exe, main, c]);
    assert.ok(execFileSync(exe).equals(bytes), `${section}: the array is the module`);
    assert.equal(readFileSync(c, 'utf8').includes('const uint8_t wmb_module'), section === 'rodata');
  }
});
