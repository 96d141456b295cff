#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  fail,
  parseWithPositions,
  position,
  validator
} from "./chunk-DWIKYRKP.js";
import {
  TARGETS,
  UserError
} from "./chunk-NOZKRUWY.js";

// src/config/config.ts
import { readFile } from "node:fs/promises";

// src/config/vocabulary.ts
var BOARDS = {
  nucleo_f446re: { id: "nucleo_f446re", title: "Nucleo-F446RE", cpu: "Cortex-M4F", coreHz: 18e7, flashBytes: 512 * 1024, ramBytes: 128 * 1024 },
  nucleo_f746zg: { id: "nucleo_f746zg", title: "Nucleo-F746ZG", cpu: "Cortex-M7", coreHz: 216e6, flashBytes: 1024 * 1024, ramBytes: 320 * 1024 }
};
var STACKS = ["bare-metal", "freertos", "zephyr"];
var RUNTIMES = ["native", "native-scalar", "wasm3", "wamr-classic", "wamr-fast", "wamr-aot", "wamr-aot-softfloat", "node", "node-steady", "wasm-interp"];
var HOST_BOARD = "host";
var HOST_STACK = "linux";
var HOST_ONLY_RUNTIMES = ["node", "node-steady", "wasm-interp"];
var HOST_RUNTIMES = ["native", "native-scalar", "wasm3", "wamr-classic", "wamr-fast", "wamr-aot", "node", "node-steady", "wasm-interp"];
var BENCHMARKS = ["toggle", "fft"];
var RUNTIME_TITLES = {
  native: "Native C",
  "native-scalar": "Native C, no auto-vectorisation",
  node: "Node.js (V8), first call (Liftoff)",
  "node-steady": "Node.js (V8), after tier-up (TurboFan)",
  "wasm-interp": "wabt wasm-interp",
  wasm3: "wasm3 (interpreter)",
  "wamr-classic": "WAMR (classic interpreter)",
  "wamr-fast": "WAMR (fast interpreter)",
  "wamr-aot": "WAMR (AOT)",
  "wamr-aot-softfloat": "WAMR (AOT, soft float)"
};
var METRICS = {
  instructions: { direction: "smaller", percent: 1, title: "instructions" },
  cycles: { direction: "smaller", percent: 2, title: "cycles" },
  toggles_per_minsn: { direction: "larger", percent: 1, title: "toggles per million instructions" },
  toggle_hz: { direction: "larger", percent: 2, title: "toggle frequency" },
  toggle_hz_external: { direction: "larger", percent: 2, title: "toggle frequency (logic analyzer)" },
  call_instructions: { direction: "smaller", percent: 1, title: "instructions via gpio_toggle()" },
  call_cycles: { direction: "smaller", percent: 2, title: "cycles via gpio_toggle()" },
  call_toggles_per_minsn: { direction: "larger", percent: 1, title: "toggles per million instructions via gpio_toggle()" },
  call_toggle_hz: { direction: "larger", percent: 2, title: "toggle frequency via gpio_toggle()" },
  flash_bytes: { direction: "smaller", percent: 1, title: "Flash" },
  static_ram_bytes: { direction: "smaller", percent: 1, title: "static RAM" },
  dynamic_ram_bytes: { direction: "smaller", percent: 5, title: "dynamic RAM" },
  stack_bytes: { direction: "smaller", percent: 5, title: "stack high-water" },
  heap_bytes: { direction: "smaller", percent: 5, title: "heap high-water" },
  // Host: wall time depends on the machine and its load (the spread is reported with it), so it gates
  // nothing unless a config sets a threshold; the callgrind instruction count is exact and gates.
  ns: { direction: "smaller", percent: Infinity, title: "wall time (median)" },
  equivalent_cycles: { direction: "smaller", percent: Infinity, title: "equivalent cycles" },
  rss_bytes: { direction: "smaller", percent: Infinity, title: "peak resident memory" },
  engine_ns: { direction: "smaller", percent: Infinity, title: "time inside the engine (median)" },
  task_stack_bytes: { direction: "smaller", percent: 5, title: "task stack high-water" },
  rtos_heap_bytes: { direction: "smaller", percent: 5, title: "RTOS heap high-water" },
  static_reserved_bytes: { direction: "smaller", percent: 5, title: "heap, stack or pool reserved in static RAM" },
  pool_bytes: { direction: "smaller", percent: 5, title: "runtime pool high-water" }
};
var HEADLINE = {
  toggle: ["toggles_per_minsn", "toggle_hz"],
  fft: ["instructions", "cycles", "ns"]
};

// src/config/schema.ts
var oneOrMany = (values) => ({
  anyOf: [{ enum: [...values] }, { type: "array", items: { enum: [...values] }, minItems: 1 }]
});
var list = (values) => ({ type: "array", items: { enum: [...values] }, minItems: 1, uniqueItems: true });
var cflags = { type: "array", items: { type: "string", minLength: 1 } };
var defines = {
  type: "object",
  propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
  additionalProperties: { type: ["string", "number", "boolean"] }
};
var MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1e3);
var seconds = { type: "number", exclusiveMinimum: 0, maximum: MAX_SECONDS, description: "seconds, about 24.8 days: the longest timer Node.js has" };
var threshold = {
  type: "object",
  additionalProperties: false,
  properties: {
    direction: { enum: ["smaller", "larger"] },
    percent: { type: "number", minimum: 0 },
    limit: { type: "number" }
  }
};
var thresholds = {
  type: "object",
  propertyNames: { enum: Object.keys(METRICS) },
  additionalProperties: threshold
};
var configSchema = {
  type: "object",
  additionalProperties: false,
  required: ["boards", "stacks", "runtimes", "benchmarks"],
  properties: {
    boards: list(Object.keys(BOARDS)),
    stacks: list(STACKS),
    runtimes: list(RUNTIMES),
    benchmarks: list(BENCHMARKS),
    targets: list(TARGETS),
    exclude: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: {
          board: oneOrMany(Object.keys(BOARDS)),
          stack: oneOrMany(STACKS),
          runtime: oneOrMany(RUNTIMES),
          benchmark: oneOrMany(BENCHMARKS),
          target: oneOrMany(TARGETS),
          // Why the cells are left out on purpose: their baselines are then not missed (see README).
          reason: { type: "string", minLength: 1 }
        }
      }
    },
    build: {
      type: "object",
      additionalProperties: false,
      properties: { cflags, defines }
    },
    run: {
      type: "object",
      additionalProperties: false,
      properties: {
        timeout: seconds,
        // 0: one per CPU. Each job is a compiler or an emulator: more than this only thrashes.
        jobs: { type: "integer", minimum: 0, maximum: 256, description: "parallel variants; 0 is one per CPU" },
        // Instructions by function: for the variants that moved over a threshold (built at the base too), every one, or none.
        profile: { enum: ["regressed", "all", "off"] }
      }
    },
    thresholds,
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match"],
        properties: {
          match: { type: "string", minLength: 1 },
          thresholds,
          cflags,
          defines
        }
      }
    },
    baselines: { type: "string", minLength: 1 },
    host: {
      type: "object",
      additionalProperties: false,
      properties: {
        runtimes: list(HOST_RUNTIMES),
        repeat: { type: "integer", minimum: 1, maximum: 1e3 },
        clock_ghz: { type: "number", exclusiveMinimum: 0 }
      }
    },
    inventory: { type: "string", minLength: 1 }
  }
};

// src/config/config.ts
var DEFAULT_INVENTORY = "wasm-mcu-bench.boards.yml";
var AXES = ["board", "stack", "runtime", "benchmark", "target"];
var validate = validator(configSchema);
var stringDefines = (d = {}) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === "boolean" ? v ? "1" : "0" : String(v)]));
function defineProblem(value) {
  if (value.includes(";")) return `';' separates CMake list items: it would become a second definition`;
  if (value.includes("#")) return `CMake drops a definition that contains '#'`;
  if (/[[\]]/.test(value)) return `'[' and ']' change how CMake splits the list of definitions`;
  if (value.includes("$")) return `'$' starts CMake generator expressions and make variables ($<...>, $(...))`;
  if (/[\x00-\x1f\x7f]/.test(value)) return "a control character (newline, tab) cannot be on a compiler command line";
  if (value.trim() !== value) return "the compiler drops leading and trailing spaces";
  return void 0;
}
function cflagProblem(flag) {
  if (!flag.startsWith("-")) return 'a flag starts with "-" (anything else is an input file to the compiler)';
  if (/[;\s]/.test(flag)) return `one flag per list item, without spaces or ';'`;
  if (/["'\\]/.test(flag)) return "the firmware splits flags like a shell command line, so quotes and backslashes would vanish (give a value with quotes under build.defines)";
  if (flag.includes("$")) return `'$' starts CMake generator expressions and make variables ($<...>, $(...))`;
  return void 0;
}
function checkBuildSettings(parsed, at, cflags2 = [], defines2 = {}) {
  cflags2.forEach((f, i) => {
    const why = cflagProblem(f);
    if (why) fail(parsed, [...at, "cflags", i], `${JSON.stringify(f)} cannot be passed exactly: ${why}`);
  });
  for (const [name, value] of Object.entries(defines2)) {
    const why = typeof value === "string" ? defineProblem(value) : void 0;
    if (why) fail(parsed, [...at, "defines", name], `${JSON.stringify(value)} cannot be passed exactly: ${why}`);
  }
}
function parseConfig(file, text) {
  const parsed = parseWithPositions(file, text);
  if (parsed.value === null || typeof parsed.value !== "object" || Array.isArray(parsed.value))
    fail(parsed, [], "expected a mapping with boards, stacks, runtimes and benchmarks");
  const raw = validate(parsed);
  checkBuildSettings(parsed, ["build"], raw.build?.cflags, raw.build?.defines);
  (raw.overrides ?? []).forEach((o, i) => {
    checkBuildSettings(parsed, ["overrides", i], o.cflags, o.defines);
    if (!/^[\w*?.-]+\/[\w*?.-]+\/[\w*?.-]+\/[\w*?.-]+@[\w*?-]+$/.test(o.match))
      fail(parsed, ["overrides", i, "match"], `"${o.match}" is not a variant pattern <board>/<stack>/<runtime>/<benchmark>@<target> (* and ? allowed)`);
  });
  (raw.exclude ?? []).forEach((ex, i) => {
    if (!AXES.some((a) => a in ex)) fail(parsed, ["exclude", i], `an exclude entry needs at least one of ${AXES.join(", ")}`);
  });
  return {
    file,
    boards: raw.boards,
    stacks: raw.stacks,
    runtimes: raw.runtimes,
    benchmarks: raw.benchmarks,
    targets: raw.targets ?? ["emulated"],
    exclude: raw.exclude ?? [],
    cflags: raw.build?.cflags ?? [],
    defines: stringDefines(raw.build?.defines),
    timeoutSeconds: raw.run?.timeout ?? 300,
    jobs: raw.run?.jobs ?? 0,
    profile: raw.run?.profile ?? "regressed",
    thresholds: raw.thresholds ?? {},
    overrides: raw.overrides ?? [],
    baselines: raw.baselines ?? "baselines",
    ...raw.baselines !== void 0 ? { baselinesAt: position(parsed, ["baselines"]) } : {},
    host: {
      runtimes: raw.host?.runtimes ?? [...HOST_RUNTIMES],
      repeat: raw.host?.repeat ?? 11,
      // The study's host (an i5-9600K pinned at 3.7 GHz), so equivalent cycles compare with its table.
      clockGhz: raw.host?.clock_ghz ?? 3.7
    },
    inventory: raw.inventory ?? DEFAULT_INVENTORY
  };
}
async function loadConfig(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new UserError(`${file}: cannot read the config file (${e.code ?? String(e)})`);
  }
  return parseConfig(file, text);
}

export {
  BOARDS,
  STACKS,
  RUNTIMES,
  HOST_BOARD,
  HOST_STACK,
  HOST_ONLY_RUNTIMES,
  RUNTIME_TITLES,
  METRICS,
  HEADLINE,
  seconds,
  AXES,
  stringDefines,
  defineProblem,
  cflagProblem,
  parseConfig,
  loadConfig
};
