// Runs an image on a real board from the inventory (or a QEMU stand-in reached the same way): lock the
// board, open its UART, flash, read until the image's done record. When the board does not answer, a
// recovery ladder: soft reset, then reflash with the core held in reset, then the board is given up for
// the rest of the job and each of its variants fails with "board <name> unavailable: <why>".
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { slug, type Artifact } from '../build/cmake.js';
import type { BoardEntry } from '../inventory/inventory.js';
import type { Farm } from '../inventory/assign.js';
import { parseElf, SHF_ALLOC, SHT_NOBITS } from '../measure/elf.js';
import type { Metrics } from '../types.js';
import type { RunBackend, RunOutput } from './backend.js';
import { scanCapture } from './capture.js';
import type { FlashJob } from './flash/flasher.js';
import { FLASHERS, runCommands } from './flash/index.js';
import { Busy, lockBoard } from './lock.js';
import { openSerial, type SerialPort } from './serial.js';
import { startSigrok, type SigrokCapture } from './sigrok.js';

const LADDER = [
  { name: 'flash', flash: true, underReset: false },
  { name: 'soft reset', flash: false, underReset: false },
  { name: 'reflash under reset', flash: true, underReset: true },
] as const;

/** The vector table's address: the image's first loadable section. */
async function vectorTable(elf: string): Promise<number> {
  const sections = parseElf(await readFile(elf), elf).sections
    .filter((s) => s.flags & SHF_ALLOC && s.type !== SHT_NOBITS && s.size > 0);
  const v = sections.find((s) => s.name === '.vectors') ?? sections.sort((a, b) => a.addr - b.addr)[0];
  if (!v) throw new Error(`${elf}: no loadable section`);
  return v.addr;
}

type Attempt =
  | { kind: 'done'; run: string }
  | { kind: 'hung'; run: string }
  | { kind: 'board'; why: string };

/** Reads the port until this image's done record, a hung image (hello but no done in time), or a silent or vanished board. */
async function watch(port: SerialPort, from: number, buildId: string, board: BoardEntry, timeoutMs: number, onHello: () => void): Promise<Attempt> {
  const started = Date.now();
  let greeted = false;
  for (;;) {
    const s = scanCapture(port.text().slice(from), buildId);
    if (s.run) return { kind: 'done', run: s.run };
    if (s.hello && !greeted) {
      greeted = true;
      onHello();
    }
    const gone = port.gone();
    if (gone) return { kind: 'board', why: gone };
    const elapsed = Date.now() - started;
    if (!s.hello && elapsed >= board.helloTimeoutMs)
      return { kind: 'board', why: s.foreign ? `the board still runs another image (build id ${s.foreign})` : `no output on ${board.serial.text} within ${board.helloTimeoutMs / 1000} s` };
    if (s.hello && elapsed >= timeoutMs) return { kind: 'hung', run: port.text().slice(from) };
    const left = (s.hello ? timeoutMs : board.helloTimeoutMs) - elapsed;
    await Promise.race([port.next(), sleep(Math.max(10, Math.min(left, 500)))]);
  }
}

export function hardwareBackend(farm: Farm, workRoot: string, analyzerMetric: (benchmark: string) => string | undefined): RunBackend {
  const unavailable = new Map<string, string>();
  return {
    async run(artifact: Artifact, timeoutMs: number): Promise<RunOutput> {
      const v = artifact.variant;
      const started = performance.now();
      const board = farm.boardOf.get(v.id);
      const out = (o: Partial<RunOutput>): RunOutput => ({ serial: '', diagnostics: '', timedOut: false, durationMs: performance.now() - started, command: [], ...o });
      if (!board) return out({ failure: `no board in ${farm.inventory.file} runs ${v.id}` });
      const down = unavailable.get(board.name);
      if (down) return out({ failure: `board ${board.name} unavailable: ${down}` });

      let held;
      try {
        held = await lockBoard(farm.inventory.lockDir, board.name, v.id, farm.inventory.lockTimeoutMs);
      } catch (e) {
        if (!(e instanceof Busy)) throw e;
        unavailable.set(board.name, e.message);
        return out({ failure: `board ${board.name} unavailable: ${e.message}` });
      }
      // Another variant of this job may have given the board up while this one waited for the lock.
      const given = unavailable.get(board.name);
      if (given) {
        await held.release();
        return out({ failure: `board ${board.name} unavailable: ${given}` });
      }
      const workDir = resolve(workRoot, slug(v.id));
      await mkdir(workDir, { recursive: true });
      const flasher = FLASHERS[board.flasher.type];
      const notes: string[] = [`# board ${board.name} (${board.board}, ${board.where}), serial ${board.serial.text}, flasher ${board.flasher.type}`];
      let serialLog = '';
      let port: SerialPort | undefined;
      const dropPort = () => {
        if (port) serialLog += port.text();
        port?.close();
        port = undefined;
      };
      try {
        const job: FlashJob = { elf: artifact.elf, board, vectors: await vectorTable(artifact.elf), workDir, underReset: false };
        const buildId = parseElf(await readFile(artifact.elf), artifact.elf).buildId;
        if (!buildId) return out({ failure: `${artifact.elf} has no GNU build id` });
        let why = '';
        for (const step of LADDER) {
          if (step.flash && board.pre) {
            const pre = await runCommands([{ argv: board.pre }], board.flasher.timeoutMs);
            notes.push(pre.log);
            if (pre.failure) {
              why = `${step.name}: pre command: ${pre.failure}`;
              notes.push(`# ${why}`);
              continue;
            }
          }
          if (!port || port.gone()) {
            dropPort();
            try {
              port = await openSerial(board.serial, board.baud, board.helloTimeoutMs);
            } catch (e) {
              why = `${step.name}: ${(e as Error).message}`;
              notes.push(`# ${why}`);
              continue;
            }
          }
          const from = port.text().length;
          const commands = step.flash ? flasher.flash({ ...job, underReset: step.underReset }) : flasher.reset(job);
          const flashed = await runCommands(commands, board.flasher.timeoutMs);
          notes.push(flashed.log);
          if (flashed.failure) {
            why = `${step.name} failed: ${flashed.failure}`;
            notes.push(`# ${why}`);
            continue;
          }
          let sigrok: SigrokCapture | undefined;
          const external = analyzerMetric(v.benchmark);
          const attempt = await watch(port, from, buildId, board, timeoutMs, () => {
            if (board.sigrok && external) sigrok = startSigrok(board.sigrok, timeoutMs);
          });
          const command = commands.at(-1)!.argv;
          if (attempt.kind === 'board') {
            why = `${step.name}: ${attempt.why}`;
            notes.push(`# ${why}`);
            await sigrok?.result();
            continue;
          }
          const metrics: Metrics = {};
          let failure: string | undefined;
          if (sigrok) {
            const m = await sigrok.result();
            notes.push(m.log);
            if (m.hz !== undefined) metrics[external!] = { value: m.hz, unit: 'Hz' };
            else failure = `external measurement ${external} (sigrok ${board.sigrok!.driver}) failed: ${m.failure}`;
          }
          return out({
            serial: attempt.run, diagnostics: notes.join('\n'), command, metrics,
            ...(attempt.kind === 'done' ? { exitCode: 0 } : { timedOut: true }),
            ...(failure ? { failure } : {}),
          });
        }
        unavailable.set(board.name, why);
        return out({ failure: `board ${board.name} unavailable: ${why}`, serial: serialLog + (port?.text() ?? ''), diagnostics: notes.join('\n') });
      } finally {
        dropPort();
        await held.release();
      }
    },
  };
}
