// JSON schema of the board inventory (wasm-mcu-bench.boards.yml), in the spirit of Zephyr twister's
// hardware map: one entry per physical board, how to flash it, where its result UART is.
import { mcu, type Catalogue } from '../catalogue/catalogue.js';
import { FLASHER_TYPES } from '../flashers.js';
import { seconds } from '../config/schema.js';

// One argument of a command line: nothing here passes through a shell.
const argv = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };
// Names, serial ports and sigrok settings are checked in inventory.ts, where the message can say what is expected.
const name = { type: 'string', minLength: 1 };

const flasher = {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: { enum: [...FLASHER_TYPES] },
    // Flasher-specific settings (see src/run/flash/<type>.ts); unknown keys are refused there.
    options: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean', 'array'] } },
    timeout: seconds,
  },
};

const sigrok = {
  type: 'object',
  additionalProperties: false,
  required: ['driver', 'channel'],
  properties: {
    driver: { type: 'string', minLength: 1 },
    channel: { type: 'string', minLength: 1 },
    samples: { type: 'integer', minimum: 16 },
    config: { type: 'array', items: { type: 'string', minLength: 1 } },
    channelGroup: { type: 'string', minLength: 1 },
    trigger: { enum: ['r', 'f', 'e'] },
  },
};

const board = (cat: Catalogue) => ({
  type: 'object',
  additionalProperties: false,
  required: ['name', 'board', 'serial', 'flasher', 'runner'],
  properties: {
    name,
    board: { enum: mcu(cat.boards) },
    probe: { type: 'string', minLength: 1 },
    serial: { type: 'string', minLength: 1 },
    baud: { type: 'integer', minimum: 300 },
    flasher,
    runner: { anyOf: [name, { type: 'array', items: name, minItems: 1 }] },
    image: { enum: ['hardware', 'emulated'] },
    pre: argv,
    helloTimeout: seconds,
    sigrok,
  },
});

/** The boards an inventory may name are the firmware tree's. */
export const inventorySchema = (cat: Catalogue) => ({
  type: 'object',
  additionalProperties: false,
  required: ['boards'],
  properties: {
    lock: {
      type: 'object',
      additionalProperties: false,
      properties: { dir: { type: 'string', minLength: 1 }, timeout: seconds },
    },
    boards: { type: 'array', items: board(cat) },
  },
}) as const;
