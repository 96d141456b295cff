// Instantiates the benchmark module in V8 and answers calls read from stdin, one per line:
// "<export> <u32 argument>" -> "<u32 result>", or "error <message>".
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [module] = process.argv.slice(2);
const { instance } = await WebAssembly.instantiate(readFileSync(module), { env: { gpio_toggle() {} } });
for await (const line of createInterface({ input: process.stdin })) {
  const [name, arg] = line.split(' ');
  const fn = instance.exports[name];
  if (typeof fn !== 'function') {
    process.stdout.write(`error no export ${name}\n`);
    continue;
  }
  try {
    process.stdout.write(`${(fn(Number(arg)) ?? 0) >>> 0}\n`);
  } catch (e) {
    process.stdout.write(`error ${String(e.message ?? e).replace(/\n/g, ' ')}\n`);
  }
}
