// JSON schemas of the firmware tree's own facts: boards/<b>/board.yml, stacks/<s>/stack.yml,
// runtimes/<r>/runtime.yml. What a key means is said where it is read (catalogue.ts) and in the README.
import { TARGETS } from '../types.js';
import { FLASHER_OPTIONS, FLASHER_TYPES } from '../flashers.js';

const name = { type: 'string', pattern: '^[\\w./-]+$' };
const targets = { type: 'array', items: { enum: [...TARGETS] }, minItems: 1, uniqueItems: true };
const bytes = { type: 'integer', minimum: 1 };
const memory = {
  type: 'object',
  additionalProperties: false,
  required: ['origin', 'bytes'],
  properties: { origin: { type: 'integer', minimum: 0 }, bytes },
};
// One argument per item: these become QEMU's argv, never a shell line.
const qemu = {
  type: 'object',
  additionalProperties: false,
  required: ['machine', 'serial'],
  properties: { machine: name, serial: { type: 'array', items: { type: 'string', pattern: '^[^\\s;]+$' } } },
};
const title = { type: 'string', minLength: 1 };
// Where the entry goes in tables and charts, before those without (which follow by name).
const order = { type: 'integer', minimum: 0 };
// Upstream code it builds from, by its name in sources.json.
const sources = { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' }, uniqueItems: true };

export const boardSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'targets'],
  // An MCU board: what its code is compiled for, where its memory is, which counter it has.
  if: { properties: { targets: { type: 'array', contains: { enum: ['emulated', 'hardware'] } } } },
  then: {
    required: ['cpu', 'core_hz', 'flash', 'ram', 'counter'],
    properties: { cpu: {}, core_hz: {}, flash: {}, ram: {}, counter: {} },
  },
  properties: {
    title,
    targets,
    cpu: {
      type: 'object',
      additionalProperties: false,
      required: ['arch', 'core'],
      properties: { arch: name, core: name, fpu: name },
    },
    core_hz: { type: 'integer', minimum: 1 },
    flash: memory,
    ram: memory,
    counter: { enum: ['dwt', 'none'] },
    gpio: title,
    emulated: {
      type: 'object',
      additionalProperties: false,
      required: ['qemu', 'counter'],
      properties: {
        qemu, counter: title, flash_origin: { type: 'integer', minimum: 0 },
        // false: the stand-in's counter ticks once per several instructions, so one call's count is not exact.
        exact: { type: 'boolean' },
      },
    },
    zephyr: {
      type: 'object',
      additionalProperties: false,
      properties: {
        hardware: name,
        emulated: { type: 'object', additionalProperties: false, required: ['board', 'qemu'], properties: { board: name, qemu } },
      },
    },
    // Per flasher, defaults of its string options (the inventory's flasher.options win).
    flasher: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(FLASHER_TYPES.map((t) => [t, {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(FLASHER_OPTIONS[t]).filter(([, type]) => type === 'string').map(([k]) => [k, title])),
      }])),
    },
  },
} as const;

// What the report measures the others against (catalogue.ts, Role): at most one of a kind has each role.
export const stackSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'targets'],
  properties: {
    title, order, role: { enum: ['reference'] }, targets, sources,
    // A kernel timer's interrupts land in some iterations and not others: exact counts then differ between them.
    ticks: { type: 'boolean' },
    // Its build makes one application per configure (Zephyr): its variants are never built as a group.
    one_image_per_build: { type: 'boolean' },
  },
} as const;

export const runtimeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'targets'],
  properties: {
    title,
    order,
    role: { enum: ['reference', 'scalar-reference'] },
    targets,
    sources,
    wasm: { type: 'boolean' },
    needs: { type: 'array', items: { enum: ['wamrc'] }, uniqueItems: true },
    stacks: {
      type: 'object',
      additionalProperties: false,
      properties: {
        zephyr: {
          type: 'object',
          additionalProperties: false,
          properties: { kconfig: { type: 'array', items: { type: 'string', pattern: '^[\\w./-]+\\.conf$' }, minItems: 1 } },
        },
      },
    },
  },
} as const;
