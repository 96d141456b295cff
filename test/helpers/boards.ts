// Board inventory entries for tests: QEMU stand-ins started halted by their `pre` command (standin.mjs),
// flashed through the GDB-remote flasher, read over a TCP serial server or a pty behind a stable link.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT, type Project } from './project.js';

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

// The machines and serial routing of firmware/boards/*/emulated/board.cmake: the result UART is the
// netduinoplus2's second serial port, the mps2-an500's first.
const MACHINES: Record<string, { machine: string; before: string[] }> = {
  nucleo_f446re: { machine: 'netduinoplus2', before: ['-serial', 'null'] },
  nucleo_f746zg: { machine: 'mps2-an500', before: [] },
};

export interface StandIn {
  name: string;
  board: string;
  /** `tcp` serves the result UART on a TCP port; `pty` on a pty reached through a link like /dev/serial/by-id. */
  serial?: 'tcp' | 'pty';
  /** Point the inventory's serial at this address instead (a proxy, a wrong port). */
  serialOverride?: string;
  extra?: string[];
}

export async function standInEntry(p: Project, s: StandIn): Promise<string> {
  const gdb = await freePort();
  const port = await freePort();
  const link = join(p.dir, `${s.name}.tty`);
  const serialArg = s.serial === 'pty' ? 'pty' : `tcp:127.0.0.1:${port},server=on,wait=off`;
  const m = MACHINES[s.board]!;
  const qemu = ['qemu-system-arm', '-M', m.machine, '-nographic', '-monitor', 'none', ...m.before, '-serial', serialArg,
    '-icount', 'shift=0,sleep=off', '-semihosting-config', 'enable=on,target=native', '-S', '-gdb', `tcp:127.0.0.1:${gdb}`];
  const pre = [process.execPath, join(ROOT, 'test', 'helpers', 'standin.mjs'), '--pidfile', join(p.dir, `${s.name}.pid`),
    '--wait', `127.0.0.1:${gdb}`, ...(s.serial === 'pty' ? ['--pty-link', link] : ['--wait', `127.0.0.1:${port}`]), '--', ...qemu];
  const serial = s.serialOverride ?? (s.serial === 'pty' ? link : `tcp:127.0.0.1:${port}`);
  return [
    `  - name: ${s.name}`,
    `    board: ${s.board}`,
    `    serial: ${JSON.stringify(serial)}`,
    `    flasher: { type: gdb, options: { remote: "127.0.0.1:${gdb}" } }`,
    '    runner: wmb-qemu',
    '    image: emulated',
    '    helloTimeout: 5',
    `    pre: ${JSON.stringify(pre)}`,
    ...(s.extra ?? []),
  ].join('\n');
}

export const inventoryText = (lockDir: string, entries: string[], lockTimeout = 120) =>
  `lock: { dir: ${JSON.stringify(lockDir)}, timeout: ${lockTimeout} }\nboards:\n${entries.join('\n')}\n`;

/** The CLI in a child process that does not block this one (test servers live here). */
export function cliAsync(p: Project, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: p.dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((r) => child.on('close', (status) => r({ status, stdout, stderr })));
}

/** Stops the stand-ins' QEMUs a test left running (their pid files). */
export function stopStandIns(p: Project, names: string[]): void {
  for (const n of names)
    try {
      process.kill(Number(readFileSync(join(p.dir, `${n}.pid`), 'utf8')), 'SIGKILL');
    } catch {
      // already gone
    }
}
