// Host profiles: callgrind's costs per call stack in the emulated profiles' shape, tail calls read at their call sites.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edgeKind, hostProfile, parseCallgrindOut } from '../src/profile/callgrind.js';
import { config, makeProject, sourcesMissing } from './helpers/project.js';
import type { Results } from '../src/types.js';

// main -> wmb_driver_measure, which calls run; run jumps to op_a (a tail call), op_a jumps to op_b, op_b calls helper.
const OUT = `# callgrind format
version: 1
positions: instr line
events: Ir
summary: 100

ob=(1) /img
fl=(1) x.c
fn=(1) wmb_driver_measure'main
0x10 1 5
cfn=(2) run'wmb_driver_measure'main
calls=1 0x100 1
+4 * 95
fn=(2)
0x100 1 10
cfn=(3) op_a'run'wmb_driver_measure'main
calls=1 0x200 1
+8 * 85
fn=(3)
0x200 1 30
cfn=(4) op_b'op_a'run'wmb_driver_measure'main
calls=1 0x300 1
+2 * 55
fn=(4)
0x300 1 35
cfn=(5) helper'op_b'op_a'run'wmb_driver_measure'main
calls=2 0x400 1
-8 * 20
fn=(5)
0x400 1 20
totals: 100
`;

test('callgrind output: self counts per context add up to its summary; a frame entered by a jump replaces its caller; x86-64 and AArch64 calls told from jumps', () => {
  const out = parseCallgrindOut('cg.out', OUT);
  assert.equal(out.total, 100);
  assert.deepEqual(out.calls.map((c) => c.site.toString(16)), ['14', '108', '202', '2f8']);
  const jumps = new Set(['108', '202']);
  const p = hostProfile('fft', out, (e) => (jumps.has(e.site.toString(16)) ? 'jump' : 'call'), (n) => ({ owner: n.startsWith('op') ? 'runtime' : 'harness', detail: 'x' }));
  assert.deepEqual(p.stacks.map((s) => `${s.frames.join(';')} ${s.count}`).sort(), [
    'wmb_driver_measure 5', 'wmb_driver_measure;op_a 30', 'wmb_driver_measure;op_b 35', 'wmb_driver_measure;op_b;helper 20', 'wmb_driver_measure;run 10']);
  assert.equal(p.stacks.reduce((n, s) => n + s.count, 0), p.total);
  const row = (n: string) => p.functions.find((f) => f.name === n)!;
  assert.deepEqual([row('op_b').self, row('op_b').inclusive, row('op_b').owner], [35, 55, 'runtime']);
  assert.deepEqual([row('wmb_driver_measure').self, row('wmb_driver_measure').inclusive], [5, 100]);
  // x86-64: call rel32, call *%rax, jmp *0x10(%rax), jmp rel32, notrack jmp *%rdx; AArch64: bl, blr x1, b, br x1.
  assert.deepEqual([[0xe8, 0, 0, 0, 0], [0xff, 0xd0], [0xff, 0x60, 0x10], [0xe9, 0, 0, 0, 0], [0x3e, 0xff, 0xe2]].map((b) => edgeKind(62, Buffer.from(b))), ['call', 'call', 'jump', 'jump', 'jump']);
  const a64 = (w: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(w >>> 0); return edgeKind(183, b); };
  assert.deepEqual([0x94000010, 0xd63f0020, 0x14000010, 0xd61f0020].map(a64), ['call', 'call', 'jump', 'jump']);
  assert.equal(edgeKind(40, Buffer.from([0, 0, 0, 0])), undefined);
  assert.throws(() => parseCallgrindOut('cg.out', OUT.replace('summary: 100\n', '')), /cg.out: no summary line/);
  assert.throws(() => parseCallgrindOut('cg.out', OUT.replace('instr line', 'line')), /cg.out:\d+: positions "line": run callgrind with --dump-instr=yes/);
});

test('host profiles: the total is callgrind\'s count of the measured region; owners from the host map; wasm3\'s handlers under the op_Loop that called them', { skip: await sourcesMissing('wasm3') }, () => {
  const p = makeProject(config(['boards: [nucleo_f446re]', 'stacks: [bare-metal]', 'runtimes: [native]', 'benchmarks: [fft]', 'targets: [host]', 'host: { runtimes: [native, wasm3], repeat: 1 }', 'run: { profile: all }']));
  const r = p.cli('check', '--out', 'out', '--rerun');
  assert.equal(r.status, 3, r.stdout + r.stderr);
  const out = join(p.dir, 'out');
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  for (const id of ['host/linux/native/fft@host', 'host/linux/wasm3/fft@host']) {
    const v = results.variants.find((x) => x.id === id)!;
    assert.equal(v.status, 'ok', v.reason);
    assert.ok(v.profile, `${id}: ${v.profileUnavailable}`);
    const collected = Number(/== Collected : (\d+)/.exec(readFileSync(join(out, v.log!), 'utf8'))![1]);
    const flat = readFileSync(join(out, v.profile.flat), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    assert.equal(flat.reduce((n, f) => n + Number(f[4]), 0), collected, id);
    const folded = readFileSync(join(out, v.profile.folded), 'utf8').trim().split('\n');
    assert.equal(folded.reduce((n, l) => n + Number(l.slice(l.lastIndexOf(' ') + 1)), 0), collected);
    assert.ok(folded.every((l) => l.startsWith('wmb_driver_measure')), folded[0]);
    const scope = JSON.parse(readFileSync(join(out, v.profile.speedscope), 'utf8')) as { profiles: { endValue: number }[] };
    assert.deepEqual(scope.profiles.map((s) => s.endValue), [collected]);
    const owner = (fn: string) => flat.find((f) => f[1] === fn)?.slice(2, 4).join(' ');
    if (id.includes('native')) assert.equal(owner(flat[0]![1]!), 'benchmark fft', flat.slice(0, 3).join('\n'));
    else {
      // Without the tail-call rule each executed handler would be a frame: stacks 100 deep and more.
      assert.ok(Math.max(...folded.map((l) => l.split(';').length)) < 16, folded[0]);
      assert.ok(folded.some((l) => /;m3_Call;op_Loop;(op_Loop;)*op_f32_\w+ \d+$/.test(l)), folded.slice(0, 5).join('\n'));
      assert.equal(owner('op_Loop'), 'runtime wasm3');
      assert.match(flat[0]![1]!, /^op_/);
    }
  }
});
