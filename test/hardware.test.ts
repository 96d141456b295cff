// The hardware backend and the shard flow against QEMU standing in for boards: started halted by the
// inventory's pre command, flashed through the GDB-remote flasher, read over TCP or a pty. No board exists
// here, so the stand-ins run the emulated build and count instructions, which the results say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { config, makeProject } from './helpers/project.js';
import { cliAsync, freePort, inventoryText, standInEntry, stopStandIns } from './helpers/boards.js';
import type { Results } from '../src/types.js';

const results = (file: string): Results => JSON.parse(readFileSync(file, 'utf8'));
const byId = (r: Results) => Object.fromEntries(r.variants.map((v) => [v.id, v]));
const haveSigrok = spawnSync('sigrok-cli', ['--version']).status === 0;

test('boards from the inventory run in shards on their runners; the report merges them and a silent shard is missing', async (t) => {
  const p = makeProject(config(['boards: [nucleo_f446re, nucleo_f746zg]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [toggle, fft]',
    'targets: [emulated, hardware]', 'run: { timeout: 60 }']));
  const sigrok = haveSigrok ? ['    sigrok: { driver: demo, channel: D0, channelGroup: Logic, config: [pattern=incremental], samples: 20000 }'] : [];
  if (!haveSigrok) t.diagnostic('sigrok-cli is not installed (apt-get install sigrok-cli): toggle_hz_external not checked');
  p.write('wasm-mcu-bench.boards.yml', inventoryText(join(p.dir, 'locks'), [
    await standInEntry(p, { name: 'qemu-f446', board: 'nucleo_f446re', serial: 'tcp', extra: sigrok }),
    await standInEntry(p, { name: 'qemu-f746', board: 'nucleo_f746zg', serial: 'pty' }),
  ]));
  t.after(() => stopStandIns(p, ['qemu-f446', 'qemu-f746']));

  const planned = p.cli('plan', '--out', 'shards/plan');
  assert.equal(planned.status, 0, planned.stderr);
  assert.deepEqual(JSON.parse(planned.stdout), { include: [
    { shard: 'emulated', target: 'emulated', 'runs-on': 'ubuntu-24.04' },
    { shard: 'qemu-f446', target: 'hardware', 'runs-on': ['self-hosted', 'wmb-qemu'], board: 'nucleo_f446re' },
    { shard: 'qemu-f746', target: 'hardware', 'runs-on': ['self-hosted', 'wmb-qemu'], board: 'nucleo_f746zg' },
  ] });

  for (const shard of ['emulated', 'qemu-f446', 'qemu-f746']) {
    const r = p.cli('run', '--shard', shard, '--out', `shards/${shard}`);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  }
  const emu = byId(results(join(p.dir, 'shards/emulated/results.json')));
  const f4 = results(join(p.dir, 'shards/qemu-f446/results.json'));
  const f7 = results(join(p.dir, 'shards/qemu-f746/results.json'));
  assert.equal(f4.shard, 'qemu-f446');
  assert.deepEqual(f4.variants.map((v) => v.id), ['nucleo_f446re/bare-metal/native/toggle@hardware', 'nucleo_f446re/bare-metal/native/fft@hardware']);

  await t.test('a stand-in counts instructions, exactly as the emulated run does (units stay honest)', () => {
    for (const v of [...f4.variants, ...f7.variants]) {
      assert.equal(v.status, 'ok', `${v.id}: ${v.reason}`);
      const same = emu[v.id.replace('@hardware', '@emulated')]!;
      assert.deepEqual(v.metrics.instructions, same.metrics.instructions, v.id);
      assert.equal(v.metrics.cycles, undefined, 'a stand-in has no cycles');
    }
    assert.equal(byId(f4)['nucleo_f446re/bare-metal/native/fft@hardware']!.metrics.instructions!.unit, 'insn/FFT');
    const raw = readFileSync(join(p.dir, 'shards/qemu-f746', byId(f7)['nucleo_f746zg/bare-metal/native/fft@hardware']!.log!), 'utf8');
    assert.match(raw, /# board qemu-f746 \(nucleo_f746zg, .*wasm-mcu-bench\.boards\.yml:\d+:\d+\), serial .*qemu-f746\.tty, flasher gdb/);
    assert.match(raw, /Transfer rate/);
  });

  await t.test('the logic analyzer (sigrok demo driver) adds toggle_hz_external beside the firmware\'s own rate', { skip: !haveSigrok && 'sigrok-cli is not installed' }, () => {
    const toggle = byId(f4)['nucleo_f446re/bare-metal/native/toggle@hardware']!;
    assert.deepEqual(toggle.metrics.toggle_hz_external, { value: 200_000, unit: 'Hz' });
    assert.equal(byId(f4)['nucleo_f446re/bare-metal/native/fft@hardware']!.metrics.toggle_hz_external, undefined);
  });

  await t.test('report merges every shard against the plan, and writes the exports', () => {
    const r = p.cli('report', '--results', 'shards', '--out', 'report');
    assert.equal(r.status, 3, r.stdout + r.stderr); // no baselines yet: incomplete
    const merged = results(join(p.dir, 'report/results.json'));
    assert.equal(merged.variants.length, 8);
    assert.match(readFileSync(join(p.dir, 'report/report.md'), 'utf8'), /⚠️ \*\*No baselines yet\*\*: 8 variants measured, nothing compared/);
    const smaller = JSON.parse(readFileSync(join(p.dir, 'report/benchmark-smaller-is-better.json'), 'utf8'));
    assert.ok(smaller.some((e: { name: string }) => e.name === 'nucleo_f746zg/bare-metal/native/fft@hardware instructions'));
    assert.ok(JSON.parse(readFileSync(join(p.dir, 'report/bencher.json'), 'utf8'))['nucleo_f446re/bare-metal/native/fft@emulated'].instructions.value > 0);
  });

  await t.test('a planned shard that never reported makes its variants missing: incomplete, never a pass', () => {
    rmSync(join(p.dir, 'shards/qemu-f746'), { recursive: true });
    const r = p.cli('report', '--results', 'shards', '--out', 'report');
    assert.equal(r.status, 3, r.stdout + r.stderr);
    const md = readFileSync(join(p.dir, 'report/report.md'), 'utf8');
    assert.match(md, /^## wasm-mcu-bench: ⚠️ \*\*No baselines yet\*\*/m);
    assert.match(md, /🟠 2 variants not run: shard qemu-f746 never reported — .*`nucleo_f746zg\/bare-metal\/native\/toggle@hardware`/);
  });
});

/** A TCP proxy to a stand-in's serial port that drops the line, and stops listening, once the image said hello. */
async function flakySerial(target: number): Promise<{ port: number; server: Server }> {
  const port = await freePort();
  const server = createServer((client: Socket) => {
    const upstream = connect({ host: '127.0.0.1', port: target });
    let seen = '';
    upstream.on('data', (d) => {
      client.write(d);
      seen += d;
      if (seen.includes('"type":"hello"')) {
        server.close();
        client.destroy();
        upstream.destroy();
      }
    });
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { port, server };
}

test('boards that fail: never answering, flash failure, a silent port, a vanished port, a busy board, two jobs on one board', async (t) => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [toggle, fft]',
    'targets: [emulated, hardware]', 'run: { timeout: 60 }']));
  const locks = join(p.dir, 'locks');
  const good = await standInEntry(p, { name: 'qemu-f446', board: 'nucleo_f446re' });
  t.after(() => stopStandIns(p, ['qemu-f446', 'wrong-port', 'flaky']));
  const run = async (entry: string, lockTimeout = 120) => {
    p.write('boards.yml', inventoryText(locks, [entry.replace('helloTimeout: 5', 'helloTimeout: 1')], lockTimeout));
    const r = await cliAsync(p, ['check', '--boards', 'boards.yml', '--out', 'out']);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const res = byId(results(join(p.dir, 'out/results.json')));
    // The rest of the matrix is reported whatever happens to the board.
    assert.equal(res['nucleo_f446re/bare-metal/native/fft@emulated']!.status, 'ok');
    assert.equal(res['nucleo_f446re/bare-metal/native/toggle@emulated']!.status, 'ok');
    return { toggle: res['nucleo_f446re/bare-metal/native/toggle@hardware']!, fft: res['nucleo_f446re/bare-metal/native/fft@hardware']! };
  };
  const dead = async () => `tcp:127.0.0.1:${await freePort()}`;
  // A serial port that accepts and never says anything.
  const silent = createServer(() => {});
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  t.after(() => silent.close());
  const silentPort = (silent.address() as { port: number }).port;

  await t.test('a board that never answers goes down the ladder, is marked unavailable, and its other variants fail at once', async () => {
    const entry = [`  - name: nobody`, '    board: nucleo_f446re', `    serial: "${await dead()}"`,
      `    flasher: { type: gdb, options: { remote: "127.0.0.1:${await freePort()}" } }`, '    runner: wmb', '    image: emulated', '    helloTimeout: 5'].join('\n');
    const { toggle, fft } = await run(entry);
    assert.match(toggle.reason!, /^board nobody unavailable: reflash under reset: cannot open serial port tcp:127\.0\.0\.1:\d+: ECONNREFUSED$/);
    assert.equal(fft.reason, toggle.reason);
    // One variant went down the ladder; the other was failed at once, the board given up for the job.
    const raws = [toggle, fft].map((v) => readFileSync(join(p.dir, 'out', v.log!), 'utf8'));
    const laddered = raws.filter((r) => /# flash: cannot open serial port[\s\S]*# soft reset: cannot open serial port[\s\S]*# reflash under reset: cannot open/.test(r));
    assert.equal(laddered.length, 1);
  });

  await t.test('a flash that fails (no GDB server) is tried again down the ladder, then the board is unavailable', async () => {
    const entry = good.replace(/remote: "127\.0\.0\.1:\d+"/, `remote: "127.0.0.1:${await freePort()}"`).replace(/\n    pre: .*/, '')
      .replace(/serial: ".*"/, `serial: "tcp:127.0.0.1:${silentPort}"`).replace('name: qemu-f446', 'name: noflash');
    const { toggle } = await run(entry);
    assert.match(toggle.reason!, /^board noflash unavailable: reflash under reset failed: gdb-multiarch exited with status 1: .*Connection refused/);
  });

  await t.test('a serial port that never prints: the image runs but nothing is heard', async () => {
    // Flashing works (a stand-in), but the inventory's serial port is one that never says anything.
    const entry = (await standInEntry(p, { name: 'wrong-port', board: 'nucleo_f446re' })).replace(/serial: ".*"/, `serial: "tcp:127.0.0.1:${silentPort}"`);
    const { toggle, fft } = await run(entry);
    assert.match(toggle.reason!, new RegExp(`^board wrong-port unavailable: reflash under reset: no output on tcp:127\\.0\\.0\\.1:${silentPort} within 1 s$`));
    const raws = [toggle, fft].map((v) => readFileSync(join(p.dir, 'out', v.log!), 'utf8')).join('\n');
    assert.match(raws, /# flash: no output on tcp:[\s\S]*Transfer rate/, 'flashed, then heard nothing');
  });

  await t.test('a serial port that disappears mid-run', async () => {
    const entry = await standInEntry(p, { name: 'flaky', board: 'nucleo_f446re' });
    const upstream = Number(/serial: "tcp:127\.0\.0\.1:(\d+)"/.exec(entry)![1]);
    const proxy = await flakySerial(upstream);
    t.after(() => proxy.server.close());
    const { toggle, fft } = await run(entry.replace(/serial: ".*"/, `serial: "tcp:127.0.0.1:${proxy.port}"`));
    assert.match(toggle.reason!, /^board flaky unavailable: reflash under reset: cannot open serial port tcp:127\.0\.0\.1:\d+: ECONNREFUSED$/);
    const raws = [toggle, fft].map((v) => readFileSync(join(p.dir, 'out', v.log!), 'utf8')).join('\n');
    assert.match(raws, /# flash: serial port tcp:127\.0\.0\.1:\d+ closed/);
    assert.match(raws, /"type":"hello"/, 'what arrived before the port went is kept');
  });

  await t.test('a board locked by another job: waited for, then unavailable', async () => {
    // This test process holds the lock: a live owner.
    const { lockBoard } = await import('../src/run/lock.js');
    const held = await lockBoard(locks, 'qemu-f446', 'another job', 1000);
    try {
      const { toggle } = await run(good, 1);
      assert.match(toggle.reason!, new RegExp(`^board qemu-f446 unavailable: busy: locked by pid ${process.pid} on .* \\(another job\\)`));
    } finally {
      await held.release();
    }
  });

  await t.test('two jobs asking for one board take turns and both measure correctly', async () => {
    p.write('hw.yml', config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [hardware]', 'run: { timeout: 60 }']));
    p.write('boards.yml', inventoryText(locks, [good]));
    const [a, b] = await Promise.all(['a', 'b'].map((j) => cliAsync(p, ['check', '--config', 'hw.yml', '--boards', 'boards.yml', '--out', `job-${j}`])));
    for (const [j, r] of [['a', a!], ['b', b!]] as const) {
      assert.equal(r.status, 3, r.stdout + r.stderr); // no baselines yet: incomplete
      const v = results(join(p.dir, `job-${j}/results.json`)).variants[0]!;
      assert.equal(v.status, 'ok', v.reason);
      assert.ok(v.metrics.instructions!.value > 100_000);
    }
  });
});
