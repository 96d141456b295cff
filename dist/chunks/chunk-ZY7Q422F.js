#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  fail,
  parseWithPositions,
  position,
  validator
} from "./chunk-7TY25XYL.js";
import {
  TARGETS,
  UserError
} from "./chunk-C7Z6D2VV.js";

// src/config/config.ts
import { existsSync as existsSync3, statSync } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { dirname as dirname2, resolve } from "node:path";

// src/catalogue/catalogue.ts
import { existsSync as existsSync2 } from "node:fs";
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/vocabulary.ts
var METRICS = {
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
  pool_bytes: { direction: "smaller", percent: 5, title: "runtime pool high-water" },
  // The runtime's load and instantiation of the module, before the benchmark's first call (firmware/common/wmb_driver.c).
  load_instructions: { direction: "smaller", percent: 1, title: "load and instantiate" },
  load_cycles: { direction: "smaller", percent: 2, title: "load and instantiate" }
};

// src/catalogue/benchmark.ts
var NEEDS = { gpio: "GPIO" };
var info = {
  direction: { enum: ["smaller", "larger"] },
  percent: { type: "number", exclusiveMinimum: 0 },
  title: { type: "string", minLength: 1 },
  unit: { type: "string", minLength: 1 }
};
var name = { type: "string", pattern: "^[a-z][a-z0-9_]*$" };
var perTarget = (value) => ({ type: "object", additionalProperties: false, properties: Object.fromEntries(TARGETS.map((t) => [t, value])) });
var benchmarkSchema = {
  type: "object",
  additionalProperties: false,
  required: ["title", "iteration", "iterations", "results", "metrics", "headline"],
  properties: {
    title: { type: "string", minLength: 1 },
    iteration: { type: "string", pattern: "^[^\\s/]+$" },
    iterations: { ...perTarget({ type: "integer", minimum: 1, maximum: 2 ** 31 - 1, description: "run() takes them as a Wasm i32, a C int" }), minProperties: 1 },
    not_on: perTarget({ type: "string", minLength: 1 }),
    // Not on the host: its runtimes in another process run the whole benchmark per call (wasm-interp).
    steady: {
      type: "object",
      additionalProperties: false,
      properties: { emulated: { enum: ["probe", "derive"] }, hardware: { enum: ["probe"], description: "cycles are not exact: nothing is derived from them" } }
    },
    checksum: { type: "string", pattern: "^[0-9a-f]{8}$", description: "8 lowercase hex digits, quoted (YAML would read 00000000 as a number)" },
    results: {
      // The generic driver names its record after the benchmark: a folder name, which may hold "-".
      type: "object",
      minProperties: 1,
      propertyNames: { type: "string", pattern: "^[a-z][a-z0-9_-]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["prefix"],
        properties: { prefix: { type: "string", pattern: "^([a-z][a-z0-9_]*_)?$" }, title: { type: "string", minLength: 1 } }
      }
    },
    metrics: {
      type: "object",
      minProperties: 1,
      propertyNames: name,
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["unit", "counter", "direction", "percent", "title", "digits"],
        properties: {
          ...info,
          counter: { enum: ["instructions", "cycles"] },
          rate: { anyOf: [{ type: "number", exclusiveMinimum: 0 }, { const: "core_hz" }] },
          digits: { type: "integer", minimum: 0, maximum: 6 }
        }
      }
    },
    external: {
      type: "object",
      propertyNames: name,
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["unit", "by", "direction", "percent", "title"],
        properties: { ...info, by: { enum: ["logic_analyzer"] } }
      }
    },
    headline: { type: "array", items: name, minItems: 1, uniqueItems: true },
    host: {
      type: "object",
      additionalProperties: false,
      required: ["metrics"],
      properties: { metrics: { type: "array", items: name, uniqueItems: true } }
    },
    sources: { type: "array", items: name, uniqueItems: true },
    suite: name,
    needs: { type: "array", items: { enum: Object.keys(NEEDS) }, uniqueItems: true }
  }
};
function benchmarkProblem(raw) {
  const notOn = raw.not_on ?? {};
  for (const t of TARGETS) {
    if (raw.iterations[t] !== void 0 && notOn[t] !== void 0) return [["not_on", t], `target ${t} is in iterations too: it runs there or not`];
    if (raw.iterations[t] === void 0 && notOn[t] === void 0) return [["iterations"], `target ${t}: give its iterations, or say in not_on why it does not run there`];
  }
  for (const t of Object.keys(raw.steady ?? {}))
    if (raw.iterations[t] === void 0) return [["steady", t], `target ${t} does not run it (not in iterations)`];
  const known = /* @__PURE__ */ new Set([...Object.keys(expandMetrics(spec("", raw, ""))), "ns", "equivalent_cycles"]);
  const unknown = raw.headline.findIndex((m) => !known.has(m));
  if (unknown >= 0) return [["headline", unknown], `"${raw.headline[unknown]}" is none of its metrics (${[...known].join(", ")})`];
  const host = raw.host?.metrics ?? [];
  const notCounted = host.findIndex((m) => raw.metrics[m]?.counter !== "instructions" || raw.metrics[m]?.rate !== void 0);
  if (notCounted >= 0) return [["host", "metrics", notCounted], `"${host[notCounted]}" is not one of its metrics counting instructions per iteration`];
  if (raw.iterations.host !== void 0 && Object.keys(raw.results).length !== 1)
    return [["results"], "the host times a run as a whole: a benchmark that runs there writes one result record"];
  return void 0;
}
function toBenchmark(id, raw, parsed, dir) {
  const problem = benchmarkProblem(raw);
  if (problem) fail(parsed, ...problem);
  return spec(id, raw, dir);
}
function spec(id, raw, dir) {
  return {
    id,
    title: raw.title,
    dir,
    iteration: raw.iteration,
    iterations: raw.iterations,
    steady: raw.steady ?? {},
    notOn: raw.not_on ?? {},
    ...raw.checksum ? { checksum: raw.checksum } : {},
    results: raw.results,
    metrics: raw.metrics,
    external: raw.external ?? {},
    headline: raw.headline,
    host: raw.host ?? { metrics: [] },
    sources: raw.sources ?? [],
    ...raw.suite ? { suite: raw.suite } : {},
    needs: raw.needs ?? []
  };
}
var PARTS = {
  first: (iteration) => `, first ${iteration} (lazy compilation, relocation)`,
  steady: () => ", steady state (from the 2nd iteration)"
};
var partName = (part, prefix, name3) => `${prefix}${part}_${name3}`;
function expandMetrics(b) {
  const out = {};
  const parts = Object.keys(b.steady ?? {}).length > 0;
  for (const r of Object.values(b.results))
    for (const [m, d] of Object.entries(b.metrics)) {
      const title2 = r.title ? `${d.title} ${r.title}` : d.title;
      out[`${r.prefix}${m}`] = { direction: d.direction, percent: d.percent, title: title2, unit: d.unit };
      if (parts && d.rate === void 0)
        for (const [part, suffix] of Object.entries(PARTS))
          out[partName(part, r.prefix, m)] = { direction: d.direction, percent: d.percent, title: `${title2}${suffix(b.iteration)}`, unit: d.unit };
    }
  for (const [m, d] of Object.entries(b.external)) out[m] = { direction: d.direction, percent: d.percent, title: d.title, unit: d.unit };
  return out;
}
function runShape(b, target, opts = {}) {
  const n = b.iterations[target];
  if (n === void 0) return void 0;
  const mode = target === "host" ? void 0 : b.steady[target];
  const derive = mode === "derive" && !opts.inexact && !opts.studyIterations;
  return { iterations: derive ? 1 : n, probes: mode !== void 0 && !(opts.inexact && target === "emulated") };
}
function benchmarkFacts(b, target, opts = {}) {
  const shape = runShape(b, target, opts);
  return { WMB_BENCHMARK_DIR: b.dir, ...shape ? { WMB_ITERATIONS: String(shape.iterations), WMB_STEADY_PROBES: shape.probes ? "1" : "0" } : {} };
}
function metricInfo(cat, benchmark, metric) {
  const b = cat.benchmarks[benchmark];
  return b && expandMetrics(b)[metric] || METRICS[metric];
}
var metricNames = (cat) => [.../* @__PURE__ */ new Set([...Object.keys(METRICS), ...Object.values(cat.benchmarks).flatMap((b) => Object.keys(expandMetrics(b)))])];
function declaredThresholds(cat, benchmark, settings) {
  const b = cat.benchmarks[benchmark];
  const declared = b ? expandMetrics(b) : {};
  const out = Object.fromEntries(Object.entries(declared).map(([m, d]) => [m, { direction: d.direction, percent: d.percent }]));
  for (const [m, s] of Object.entries(settings)) out[m] = { ...out[m], ...s };
  return out;
}
var headlineOf = (cat, benchmark) => cat.benchmarks[benchmark]?.headline ?? [];
var analyzerMetric = (b) => Object.entries(b.external).find(([, e]) => e.by === "logic_analyzer")?.[0];

// src/flashers.ts
var FLASHER_TYPES = ["openocd", "pyocd", "st-flash", "probe-rs", "gdb"];
var FLASHER_OPTIONS = {
  // interface/target: OpenOCD config files; commands: extra -c commands before programming.
  openocd: { binary: "string", interface: "string", target: "string", commands: "string[]" },
  pyocd: { binary: "string", target: "string", frequency: "string" },
  // address: where the raw image is written (default: the image's first loadable section).
  "st-flash": { binary: "string", objcopy: "string", address: "string" },
  "probe-rs": { binary: "string", chip: "string", protocol: "string" },
  // remote: HOST:PORT of a GDB server (a probe's, OpenOCD's, or QEMU's -gdb); reset: how to start the
  // loaded image: "vector" sets SP and PC from its vector table, "monitor" sends `monitor <monitor>`.
  gdb: { binary: "string", remote: "string", reset: "string", monitor: "string" }
};

// src/catalogue/schema.ts
var name2 = { type: "string", pattern: "^[\\w./-]+$" };
var targets = { type: "array", items: { enum: [...TARGETS] }, minItems: 1, uniqueItems: true };
var bytes = { type: "integer", minimum: 1 };
var memory = {
  type: "object",
  additionalProperties: false,
  required: ["origin", "bytes"],
  properties: { origin: { type: "integer", minimum: 0 }, bytes }
};
var qemu = {
  type: "object",
  additionalProperties: false,
  required: ["machine", "serial"],
  properties: { machine: name2, serial: { type: "array", items: { type: "string", pattern: "^[^\\s;]+$" } } }
};
var title = { type: "string", minLength: 1 };
var order = { type: "integer", minimum: 0 };
var sources = { type: "array", items: { type: "string", pattern: "^[a-z][a-z0-9_]*$" }, uniqueItems: true };
var boardSchema = {
  type: "object",
  additionalProperties: false,
  required: ["title", "targets"],
  // An MCU board: what its code is compiled for, where its memory is, which counter it has.
  if: { properties: { targets: { type: "array", contains: { enum: ["emulated", "hardware"] } } } },
  then: {
    required: ["cpu", "core_hz", "flash", "ram", "counter"],
    properties: { cpu: {}, core_hz: {}, flash: {}, ram: {}, counter: {} }
  },
  properties: {
    title,
    targets,
    cpu: {
      type: "object",
      additionalProperties: false,
      required: ["arch", "core"],
      properties: { arch: name2, core: name2, fpu: name2 }
    },
    core_hz: { type: "integer", minimum: 1 },
    flash: memory,
    ram: memory,
    counter: { enum: ["dwt", "none"] },
    gpio: title,
    emulated: {
      type: "object",
      additionalProperties: false,
      required: ["qemu", "counter"],
      properties: {
        qemu,
        counter: title,
        flash_origin: { type: "integer", minimum: 0 },
        // false: the stand-in's counter ticks once per several instructions, so one call's count is not exact.
        exact: { type: "boolean" }
      }
    },
    zephyr: {
      type: "object",
      additionalProperties: false,
      properties: {
        hardware: name2,
        emulated: { type: "object", additionalProperties: false, required: ["board", "qemu"], properties: { board: name2, qemu } }
      }
    },
    // Per flasher, defaults of its string options (the inventory's flasher.options win).
    flasher: {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(FLASHER_TYPES.map((t) => [t, {
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(FLASHER_OPTIONS[t]).filter(([, type]) => type === "string").map(([k]) => [k, title]))
      }]))
    }
  }
};
var stackSchema = {
  type: "object",
  additionalProperties: false,
  required: ["title", "targets"],
  properties: {
    title,
    order,
    role: { enum: ["reference"] },
    targets,
    sources,
    // A kernel timer's interrupts land in some iterations and not others: exact counts then differ between them.
    ticks: { type: "boolean" },
    // Its build makes one application per configure (Zephyr): its variants are never built as a group.
    one_image_per_build: { type: "boolean" }
  }
};
var runtimeSchema = {
  type: "object",
  additionalProperties: false,
  required: ["title", "targets"],
  properties: {
    title,
    order,
    role: { enum: ["reference", "scalar-reference"] },
    targets,
    sources,
    wasm: { type: "boolean" },
    needs: { type: "array", items: { enum: ["wamrc"] }, uniqueItems: true },
    stacks: {
      type: "object",
      additionalProperties: false,
      properties: {
        zephyr: {
          type: "object",
          additionalProperties: false,
          properties: { kconfig: { type: "array", items: { type: "string", pattern: "^[\\w./-]+\\.conf$" }, minItems: 1 } }
        }
      }
    }
  }
};

// src/catalogue/study.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var text = { type: "string", minLength: 1 };
var studySchema = (cat) => ({
  type: "object",
  additionalProperties: false,
  required: ["source", "boards"],
  properties: {
    source: text,
    boards: {
      type: "object",
      minProperties: 1,
      propertyNames: { enum: Object.keys(cat.boards) },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["unit", "counted", "where", "figures"],
        properties: {
          unit: text,
          counted: { enum: ["cycles", "rate", "wall time"] },
          where: text,
          figures: {
            type: "array",
            minItems: 1,
            items: {
              type: "object",
              additionalProperties: false,
              required: ["stack", "runtimes", "value", "slowdown"],
              properties: {
                stack: { enum: Object.keys(cat.stacks) },
                runtimes: { type: "array", items: { enum: Object.keys(cat.runtimes) }, minItems: 1, uniqueItems: true },
                value: { type: "number", exclusiveMinimum: 0 },
                slowdown: { type: "number", exclusiveMinimum: 0 }
              }
            }
          }
        }
      }
    }
  }
});
async function readStudy(dir, cat) {
  const yml = join(dir, "study.yml");
  if (!existsSync(yml)) return void 0;
  const parsed = parseWithPositions(yml, await readFile(yml, "utf8"));
  const study = validator(studySchema(cat))(parsed);
  for (const [board, b] of Object.entries(study.boards)) {
    const seen = /* @__PURE__ */ new Set();
    b.figures.forEach((f, i) => f.runtimes.forEach((r, j) => {
      if (seen.has(`${f.stack}/${r}`)) fail(parsed, ["boards", board, "figures", i, "runtimes", j], `a second figure for ${board}/${f.stack}/${r}`);
      seen.add(`${f.stack}/${r}`);
    }));
  }
  return study;
}
function studyCell(cat, v) {
  const study = cat.benchmarks[v.benchmark]?.study;
  const board = study?.boards[v.board];
  const figure = board?.figures.find((f) => f.stack === v.stack && f.runtimes.includes(v.runtime));
  if (!study || !board || !figure) return void 0;
  return { ...figure, unit: board.unit, counted: board.counted, where: board.where, source: study.source };
}

// src/catalogue/catalogue.ts
var KINDS = {
  boards: {
    dir: "boards",
    yml: "board.yml",
    cmake: "board.cmake",
    schema: boardSchema,
    read: (id, { core_hz, flasher, ...r }) => ({ id, ...r, ...core_hz ? { coreHz: core_hz } : {}, flasher: flasher ?? {} })
  },
  stacks: {
    dir: "stacks",
    yml: "stack.yml",
    cmake: "stack.cmake",
    schema: stackSchema,
    read: (id, r) => ({ sources: [], id, ...r })
  },
  runtimes: {
    dir: "runtimes",
    yml: "runtime.yml",
    cmake: "runtime.cmake",
    schema: runtimeSchema,
    read: (id, r) => ({ sources: [], wasm: false, needs: [], stacks: {}, id, ...r })
  },
  benchmarks: { dir: "benchmarks", yml: "benchmark.yml", cmake: "benchmark.cmake", schema: benchmarkSchema, read: toBenchmark }
};
var byOrder = (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.id.localeCompare(b.id);
var GROUP_FOLDERS = ["CMakeFiles", "_deps", "wamr"];
async function readKind(root, kind) {
  const dir = join2(root, kind.dir);
  const folders = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const validate = validator(kind.schema);
  const out = [];
  for (const id of folders) {
    const yml = join2(dir, id, kind.yml);
    const where = join2(dir, id);
    const hasYml = existsSync2(yml);
    const hasCmake = kind.cmake !== void 0 && existsSync2(join2(dir, id, kind.cmake));
    if (!hasYml && hasCmake) throw new UserError(`${where}: has ${kind.cmake} but no ${kind.yml}: every folder of ${kind.dir}/ that builds says what it is in ${kind.yml} (see README, "Extending")`);
    if (!hasYml) {
      if (kind.dir === "boards" || kind.dir === "stacks") throw new UserError(`${where}: no ${kind.yml} in this folder of ${kind.dir}/`);
      continue;
    }
    if (kind.cmake && !hasCmake) throw new UserError(`${where}: has ${kind.yml} but no ${kind.cmake} to build it`);
    if (!/^\w[\w-]*$/.test(id)) throw new UserError(`${where}: a folder name is an id in variant ids: letters, digits, "_" and "-" only, not starting with "-"`);
    if (kind.yml === KINDS.benchmarks.yml && GROUP_FOLDERS.includes(id))
      throw new UserError(`${where}: "${id}" is a folder every build group has (a benchmark builds in <group>/<benchmark>/, beside ${GROUP_FOLDERS.join(", ")}): rename the benchmark's folder`);
    const parsed = parseWithPositions(yml, await readFile2(yml, "utf8"));
    out.push(kind.read(id, validate(parsed), parsed, join2(dir, id)));
  }
  return Object.fromEntries(out.sort(byOrder).map((x) => [x.id, x]));
}
async function loadCatalogue(firmwareDir, benchmarkDirs = []) {
  const benchmarks = await readKind(firmwareDir, KINDS.benchmarks);
  for (const extra of benchmarkDirs) {
    if (existsSync2(join2(extra, KINDS.benchmarks.yml)))
      throw new UserError(`${extra}: benchmark_dirs names folders that hold benchmark folders, and this is a benchmark folder: name ${dirname(extra)}`);
    const found = await readKind(extra, { ...KINDS.benchmarks, dir: "." });
    if (Object.keys(found).length === 0) throw new UserError(`${extra}: a benchmark_dirs folder with no benchmark folder (<name>/${KINDS.benchmarks.yml}) in it`);
    for (const [id, b] of Object.entries(found)) {
      if (benchmarks[id]) throw new UserError(`${b.dir}: benchmark "${id}" is also ${benchmarks[id].dir}: a benchmark's folder name is its id, once in the tree and the config's benchmark_dirs`);
      benchmarks[id] = b;
    }
  }
  const cat = {
    firmwareDir,
    boards: await readKind(firmwareDir, KINDS.boards),
    stacks: await readKind(firmwareDir, KINDS.stacks),
    runtimes: await readKind(firmwareDir, KINDS.runtimes),
    benchmarks
  };
  for (const b of Object.values(benchmarks)) {
    const study = await readStudy(b.dir, cat);
    if (study) b.study = study;
  }
  for (const kind of ["boards", "stacks"]) {
    const host = Object.values(cat[kind]).filter((x) => x.targets.includes("host"));
    if (host.length > 1) throw new UserError(`${firmwareDir}/${kind}: ${host.map((x) => x.id).join(" and ")} both have target host; the host is one ${kind.slice(0, -1)}`);
  }
  for (const kind of ["stacks", "runtimes"])
    for (const role of new Set(Object.values(cat[kind]).flatMap((x) => x.role ? [x.role] : []))) {
      const holders = Object.values(cat[kind]).filter((x) => x.role === role).map((x) => join2(firmwareDir, kind, x.id, KINDS[kind].yml));
      if (holders.length > 1) throw new UserError(`${holders.join(" and ")}: both say role: ${role}; one ${kind.slice(0, -1)} has it`);
    }
  return cat;
}
var supporting = (entries, target) => Object.keys(entries).filter((id) => entries[id].targets.includes(target));
var mcu = (entries) => Object.keys(entries).filter((id) => entries[id].targets.some((t) => t !== "host"));
var hostBoard = (c) => supporting(c.boards, "host")[0];
var hostStack = (c) => supporting(c.stacks, "host")[0];
var sourcesFor = (c, v) => [.../* @__PURE__ */ new Set([...c.stacks[v.stack]?.sources ?? [], ...c.runtimes[v.runtime]?.sources ?? [], ...c.benchmarks[v.benchmark]?.sources ?? []])];
function checkSources(c, pinned) {
  for (const kind of ["stacks", "runtimes", "benchmarks"])
    for (const x of Object.values(c[kind]))
      for (const s of x.sources)
        if (!pinned.includes(s))
          throw new UserError(`${join2(c.firmwareDir, kind, x.id, KINDS[kind].yml)}: sources: "${s}" is not pinned in sources.json (pinned: ${pinned.join(", ")})`);
}
var withRole = (entries, role) => Object.values(entries).find((x) => x.role === role)?.id;
var boardTitle = (c, board) => c.boards[board]?.title ?? board;
var runtimeTitle = (c, runtime) => c.runtimes[runtime]?.title ?? runtime;

// src/config/schema.ts
var PROFILE_CHOICES = ["regressed", "all", "off"];
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
var configSchema = (cat) => {
  const [boards, stacks, runtimes, benchmarks] = [mcu(cat.boards), mcu(cat.stacks), Object.keys(cat.runtimes), Object.keys(cat.benchmarks)];
  const thresholds = { type: "object", propertyNames: { enum: metricNames(cat) }, additionalProperties: threshold };
  return {
    type: "object",
    additionalProperties: false,
    required: ["boards", "stacks", "runtimes", "benchmarks"],
    properties: {
      boards: list(boards),
      stacks: list(stacks),
      runtimes: list(runtimes),
      benchmarks: list(benchmarks),
      targets: list(TARGETS),
      exclude: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            board: oneOrMany(boards),
            stack: oneOrMany(stacks),
            runtime: oneOrMany(runtimes),
            benchmark: oneOrMany(benchmarks),
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
          jobs: { type: "integer", minimum: 0, maximum: 256, description: "builds and runs at once; 0 is one per CPU" },
          // Instructions by function: for the variants that moved over a threshold (built at the base too), every one, or none.
          profile: { enum: [...PROFILE_CHOICES] },
          // Emulated counts are exact and always reused; these targets' numbers are not repeatable (wall time, a board's cycles).
          reuse: { type: "array", items: { enum: ["host", "hardware"] }, uniqueItems: true },
          // Where a benchmark.yml derives the emulated average from the first and steady iterations: run all of them instead.
          study_iterations: { type: "boolean" },
          // `plan` cuts each hosted target into up to this many shards, balanced by the last measured durations.
          shards: {
            type: "object",
            additionalProperties: false,
            properties: Object.fromEntries(["emulated", "host"].map((t) => [t, { type: "integer", minimum: 1, maximum: 256 }]))
          },
          // The tool's cache (result store, build folders, compiler cache) is pruned to this size, least recently used first.
          cache_mb: { type: "integer", minimum: 64 }
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
          runtimes: list(supporting(cat.runtimes, "host")),
          repeat: { type: "integer", minimum: 1, maximum: 1e3 },
          clock_ghz: { type: "number", exclusiveMinimum: 0 }
        }
      },
      inventory: { type: "string", minLength: 1 },
      benchmark_dirs: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true }
    }
  };
};

// src/config/config.ts
var DEFAULT_INVENTORY = "wasm-mcu-bench.boards.yml";
var AXES = ["board", "stack", "runtime", "benchmark", "target"];
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
  for (const [name3, value] of Object.entries(defines2)) {
    const why = typeof value === "string" ? defineProblem(value) : void 0;
    if (why) fail(parsed, [...at, "defines", name3], `${JSON.stringify(value)} cannot be passed exactly: ${why}`);
  }
}
function parseConfig(file, text2, cat) {
  const parsed = parseWithPositions(file, text2);
  if (parsed.value === null || typeof parsed.value !== "object" || Array.isArray(parsed.value))
    fail(parsed, [], "expected a mapping with boards, stacks, runtimes and benchmarks");
  const raw = validator(configSchema(cat))(parsed);
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
    reuse: raw.run?.reuse ?? [],
    studyIterations: raw.run?.study_iterations ?? false,
    shards: raw.run?.shards ?? {},
    cacheMb: raw.run?.cache_mb ?? 5120,
    thresholds: raw.thresholds ?? {},
    overrides: raw.overrides ?? [],
    baselines: raw.baselines ?? "baselines",
    ...raw.baselines !== void 0 ? { baselinesAt: position(parsed, ["baselines"]) } : {},
    host: {
      ...hostBoard(cat) ? { board: hostBoard(cat) } : {},
      ...hostStack(cat) ? { stack: hostStack(cat) } : {},
      runtimes: raw.host?.runtimes ?? supporting(cat.runtimes, "host"),
      repeat: raw.host?.repeat ?? 11,
      // The study's host (an i5-9600K pinned at 3.7 GHz), so equivalent cycles compare with its table.
      clockGhz: raw.host?.clock_ghz ?? 3.7
    },
    inventory: raw.inventory ?? DEFAULT_INVENTORY,
    benchmarkDirs: (raw.benchmark_dirs ?? []).map((d) => resolve(dirname2(file), d))
  };
}
async function configText(file) {
  try {
    return await readFile3(file, "utf8");
  } catch (e) {
    throw new UserError(`${file}: cannot read the config file (${e.code ?? String(e)})`);
  }
}
async function loadConfig(file, cat) {
  return parseConfig(file, await configText(file), cat);
}
async function benchmarkDirsOf(file) {
  const parsed = parseWithPositions(file, await configText(file));
  const dirs = parsed.value?.benchmark_dirs;
  if (dirs === void 0) return [];
  if (!Array.isArray(dirs) || !dirs.every((d) => typeof d === "string" && d))
    fail(parsed, ["benchmark_dirs"], "a list of folders holding benchmark folders, relative to this file");
  return dirs.map((d, i) => {
    const dir = resolve(dirname2(file), d);
    if (!existsSync3(dir)) fail(parsed, ["benchmark_dirs", i], `no folder ${dir}`);
    if (!statSync(dir).isDirectory()) fail(parsed, ["benchmark_dirs", i], `${dir} is a file, not a folder of benchmark folders`);
    return dir;
  });
}

export {
  METRICS,
  NEEDS,
  partName,
  benchmarkFacts,
  metricInfo,
  declaredThresholds,
  headlineOf,
  analyzerMetric,
  FLASHER_TYPES,
  FLASHER_OPTIONS,
  studyCell,
  loadCatalogue,
  mcu,
  sourcesFor,
  checkSources,
  withRole,
  boardTitle,
  runtimeTitle,
  PROFILE_CHOICES,
  seconds,
  AXES,
  stringDefines,
  defineProblem,
  cflagProblem,
  parseConfig,
  loadConfig,
  benchmarkDirsOf
};
