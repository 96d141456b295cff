// The flashers the tool drives and the settings each takes: under `flasher.options` in the board inventory, and
// as a board's defaults under `flasher:` in its board.yml; both are checked against this when read.
export const FLASHER_TYPES = ['openocd', 'pyocd', 'st-flash', 'probe-rs', 'gdb'] as const;
export type FlasherType = (typeof FLASHER_TYPES)[number];

type OptionType = 'string' | 'number' | 'boolean' | 'string[]';
export type OptionValues = Record<string, string | number | boolean | string[]>;

export const FLASHER_OPTIONS: Record<FlasherType, Record<string, OptionType>> = {
  // interface/target: OpenOCD config files; commands: extra -c commands before programming.
  openocd: { binary: 'string', interface: 'string', target: 'string', commands: 'string[]' },
  pyocd: { binary: 'string', target: 'string', frequency: 'string' },
  // address: where the raw image is written (default: the image's first loadable section).
  'st-flash': { binary: 'string', objcopy: 'string', address: 'string' },
  'probe-rs': { binary: 'string', chip: 'string', protocol: 'string' },
  // remote: HOST:PORT of a GDB server (a probe's, OpenOCD's, or QEMU's -gdb); reset: how to start the
  // loaded image: "vector" sets SP and PC from its vector table, "monitor" sends `monitor <monitor>`.
  gdb: { binary: 'string', remote: 'string', reset: 'string', monitor: 'string' },
};
