// A QEMU stand-in for a board, used as an inventory entry's `pre` command: like power-cycling a board,
// it stops the previous QEMU (pid file), starts a new one halted (-S) with its GDB server and serial
// server up, and returns once both accept connections. QEMU stays running after this script exits.
// Usage: node standin.mjs --pidfile FILE --wait HOST:PORT [--wait HOST:PORT] [--pty-link PATH] -- qemu-system-arm ARGS...
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opts = argv.slice(0, sep);
const qemu = argv.slice(sep + 1);
const get = (k) => opts.flatMap((o, i) => (o === k ? [opts[i + 1]] : []));
const [pidfile] = get('--pidfile');
const [ptyLink] = get('--pty-link');

if (existsSync(pidfile)) {
  try {
    process.kill(Number(readFileSync(pidfile, 'utf8')), 'SIGKILL');
  } catch {}
}
const log = `${pidfile}.log`;
// QEMU names the pty it makes on stdout: both streams go to the log.
const out = openSync(log, 'w');
const child = spawn(qemu[0], qemu.slice(1), { detached: true, stdio: ['ignore', out, out] });
writeFileSync(pidfile, String(child.pid));
child.unref();

const reachable = (host, port) => new Promise((r) => {
  const s = connect({ host, port });
  s.once('connect', () => { s.destroy(); r(true); });
  s.once('error', () => r(false));
});
const deadline = Date.now() + 10_000;
for (const spec of get('--wait')) {
  const [host, port] = spec.split(':');
  while (!(await reachable(host, Number(port)))) {
    if (Date.now() > deadline) { console.error(`stand-in: ${spec} never came up: ${readFileSync(log, 'utf8')}`); process.exit(1); }
    await sleep(50);
  }
}
if (ptyLink) {
  // QEMU names the pty it made on stderr; a stable link stands for /dev/serial/by-id/...
  let pts;
  while (!(pts = /redirected to (\/dev\/pts\/\d+)/.exec(readFileSync(log, 'utf8'))?.[1])) {
    if (Date.now() > deadline) { console.error('stand-in: no pty'); process.exit(1); }
    await sleep(50);
  }
  rmSync(ptyLink, { force: true });
  symlinkSync(pts, ptyLink);
}
console.log(`stand-in: qemu pid ${child.pid}`);
