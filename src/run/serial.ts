// A board's result UART: a device (/dev/serial/by-id/..., set up with stty, read as a TTY) or a TCP socket
// (a serial server, ser2net, QEMU's -serial tcp:). Opened before flashing so nothing the image prints is lost.
import { execa } from 'execa';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { ReadStream } from 'node:tty';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SerialSpec } from '../inventory/inventory.js';

export interface SerialPort {
  /** Everything received since it was opened. */
  text(): string;
  /** Resolves at the next chunk of data or when the port goes away. */
  next(): Promise<void>;
  /** Why the port went away, once it has (unplugged, server closed). */
  gone(): string | undefined;
  close(): void;
}

function wrap(stream: Socket | ReadStream, name: string): SerialPort {
  let text = '';
  let gone: string | undefined;
  let wake: (() => void) | undefined;
  const poke = () => {
    wake?.();
    wake = undefined;
  };
  stream.setEncoding('latin1');
  stream.on('data', (d: string) => {
    text += d;
    poke();
  });
  stream.on('error', (e: NodeJS.ErrnoException) => {
    gone ??= `serial port ${name} went away (${e.code ?? e.message})`;
    poke();
  });
  stream.on('close', () => {
    gone ??= `serial port ${name} closed`;
    poke();
  });
  let closing = false;
  return {
    text: () => text,
    next: () => (gone ? Promise.resolve() : new Promise<void>((r) => (wake = r))),
    gone: () => (closing ? undefined : gone),
    close() {
      closing = true;
      stream.destroy();
    },
  };
}

async function openTcp(host: string, port: number, name: string): Promise<SerialPort> {
  const socket = await new Promise<Socket>((resolve, reject) => {
    const s = connect({ host, port });
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
  return wrap(socket, name);
}

async function openDevice(path: string, baud: number): Promise<SerialPort> {
  // Raw 8N1 at the board's rate, no echo, no line editing: what a UART sends is what is read.
  const stty = await execa('stty', ['-F', path, String(baud), 'raw', '-echo', 'cs8', '-cstopb', '-parenb', 'clocal'], { reject: false, all: true });
  if (stty.failed) throw Object.assign(new Error(`stty ${path}: ${String(stty.all).trim()}`), { code: 'ESTTY' });
  const fh = await open(path, constants.O_RDONLY | constants.O_NOCTTY | constants.O_NONBLOCK);
  return wrap(new ReadStream(fh.fd), path);
}

/** Opens the port, retrying while it is absent (a USB port re-enumerating, a serial server starting) until the deadline. */
export async function openSerial(spec: SerialSpec, baud: number, waitMs: number): Promise<SerialPort> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return spec.kind === 'tcp' ? await openTcp(spec.host, spec.port, spec.text) : await openDevice(spec.path, baud);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const absent = code === 'ECONNREFUSED' || code === 'ENOENT' || code === 'ENXIO' || code === 'ESTTY';
      if (!absent || Date.now() >= deadline) throw new Error(`cannot open serial port ${spec.text}: ${code === 'ESTTY' ? (e as Error).message : code ?? (e as Error).message}`);
      await sleep(100);
    }
  }
}
