// Instantiates the benchmark module in V8 and answers calls read from stdin, one per line:
// "<export> <u32 argument>" -> "<u32 result> <ns inside V8>", or "error <message>".
// argv: <module> [--warm <export> <argument>]: before answering anything, call that export until V8
// has replaced its baseline (Liftoff) code with optimised (TurboFan) code, so the calls that are
// timed run at V8's steady state; without it the first call runs Liftoff code, as a user's first call.
// Under --allow-natives-syntax it writes, per call, the tier the export ran in and the time it took
// inside V8 to stderr ("wmb-pipe: ..."), which the harness keeps in the raw log. The time inside
// V8 goes back with the result: the firmware's timed call minus it is what the pipe costs.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setImmediate as turn } from 'node:timers/promises';

const [module, ...rest] = process.argv.slice(2);
// Whatever the module imports, a function that does nothing: the pipe runtime offers no host functions.
const compiled = await WebAssembly.compile(readFileSync(module));
const env = Object.fromEntries(WebAssembly.Module.imports(compiled).filter((i) => i.kind === 'function').map((i) => [i.name, () => {}]));
const instance = await WebAssembly.instantiate(compiled, { env });

/** V8's own word on which code a function runs, or undefined without --allow-natives-syntax. */
let tierOf;
try {
  const is = new Function('f', 'return [%IsTurboFanFunction(f), %IsLiftoffFunction(f)]');
  tierOf = (f) => { const [tf, lo] = is(f); return tf ? 'turbofan' : lo ? 'liftoff' : 'not compiled'; };
} catch {
  tierOf = undefined;
}

let failure;
if (rest[0] === '--warm') {
  const [, name, arg] = rest;
  const fn = instance.exports[name];
  if (!tierOf) failure = '--warm needs node --allow-natives-syntax to see the tier';
  else if (typeof fn !== 'function') failure = `no export ${name} to warm`;
  else {
    // Tier-up compiles in the background and is installed between calls: give the loop a turn.
    let calls = 0;
    for (; calls < 1000 && tierOf(fn) !== 'turbofan'; calls++) {
      fn(Number(arg));
      await turn();
    }
    if (tierOf(fn) !== 'turbofan') failure = `${name} still ran ${tierOf(fn)} code after ${calls} calls`;
    else process.stderr.write(`wmb-pipe: ${name} reached turbofan after ${calls} warm-up calls\n`);
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  const [name, arg] = line.split(' ');
  const fn = instance.exports[name];
  if (failure) {
    process.stdout.write(`error ${failure}\n`);
    continue;
  }
  if (typeof fn !== 'function') {
    process.stdout.write(`error no export ${name}\n`);
    continue;
  }
  try {
    const tier = tierOf?.(fn);
    const start = process.hrtime.bigint();
    const result = fn(Number(arg));
    const ns = process.hrtime.bigint() - start;
    // Lazy compilation: a function not compiled before its first call ran what the call compiled.
    if (tier) process.stderr.write(`wmb-pipe: ${name}(${arg}) ran ${tier === 'not compiled' ? `${tierOf(fn)} code compiled on this call` : `${tier} code`}, ${ns} ns inside V8\n`);
    process.stdout.write(`${(result ?? 0) >>> 0} ${ns}\n`);
  } catch (e) {
    process.stdout.write(`error ${String(e.message ?? e).replace(/\n/g, ' ')}\n`);
  }
}
