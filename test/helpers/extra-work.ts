// A known change to explain: the FFT's bit_reverse made a function of its own that, with WMB_EXTRA_WORK
// defined (build.defines), loops 500 times and, with `table`, reads a 2 KiB table of the benchmark's.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function addExtraWork(firmwareDir: string, table = false): void {
  const file = join(firmwareDir, (readdirSync(firmwareDir, { recursive: true }) as string[]).find((f) => f.endsWith('/fft/fft.c'))!);
  const src = readFileSync(file, 'utf8');
  const patched = src.replace('static void bit_reverse(void)\n{', `${table ? `#ifdef WMB_EXTRA_WORK
static const volatile unsigned char wmb_extra_table[2048] = { 1 };
#endif
` : ''}__attribute__((noinline)) static void bit_reverse(void)
{
#ifdef WMB_EXTRA_WORK
    for (volatile int w = 0; w < 500; w++) {${table ? '\n        (void)wmb_extra_table[w];' : ''}
    }
#endif`);
  assert.notEqual(patched, src, `${file}: no bit_reverse to patch`);
  writeFileSync(file, patched);
}
