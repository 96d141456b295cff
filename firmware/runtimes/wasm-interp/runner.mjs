// Answers the firmware's calls (see ../node/pipe_runtime.c) with wabt's wasm-interp, which runs every
// export of a module once, without arguments. argv: <module> <init> <run> <checksum>, the benchmark's
// functions: <run> runs the whole benchmark (wmb_main) in one wasm-interp process and keeps the checksum
// it returns for <checksum>; <init> has nothing left to do.
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

const [module, init, run, sum] = process.argv.slice(2);
const interp = 'wasm-interp';
let checksum = 0;
for await (const line of createInterface({ input: process.stdin })) {
  const [name] = line.split(' ');
  if (name === init) process.stdout.write('0\n');
  else if (name === sum) process.stdout.write(`${checksum}\n`);
  else if (name === run) {
    const r = spawnSync(interp, [module, '--run-all-exports'], { encoding: 'utf8' });
    const m = /^wmb_main\(\) => i32:(-?\d+)$/m.exec(r.stdout ?? '');
    if (r.status !== 0 || !m) process.stdout.write(`error wasm-interp: ${(r.stderr || r.stdout || String(r.error)).trim().split('\n')[0]}\n`);
    else {
      checksum = Number(m[1]) >>> 0;
      process.stdout.write('0\n');
    }
  } else process.stdout.write(`error no export ${name}\n`);
}
