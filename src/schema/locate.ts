// Every file the tool reads (config, catalogue yml, inventory, stores) is parsed here keeping positions and
// validated against its JSON schema: an error is "file:line:col: path: message", for YAML and JSON files alike.
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { UserError } from '../types.js';

export type Path = (string | number)[];

export interface ParsedFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

/**
 * Parses YAML (JSON is YAML too) keeping positions; a syntax error names its line. A JSON text (the stores,
 * baselines and stamps the tool writes) is read by JSON.parse, many times faster; its positions are parsed only
 * when an error needs them. JSON.parse keeps the last of two equal keys where YAML refuses them: such a text
 * takes YAML's path, which names the key.
 */
export function parseWithPositions(file: string, text: string): ParsedFile {
  const json = plainJson(text);
  if (json) {
    let positions: { doc: Document; lines: LineCounter } | undefined;
    const located = () => {
      if (!positions) {
        const lines = new LineCounter();
        positions = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines };
      }
      return positions;
    };
    return { file, value: json.value, get doc() { return located().doc; }, get lines() { return located().lines; } };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = lines.linePos(err.pos[0]);
    const what = err.code === 'DUPLICATE_KEY' ? duplicateKey(text, err.pos[0])
      : err.code === 'MULTIPLE_DOCS' ? 'a second YAML document starts here; this file holds one document (remove the "---" or "..." line and what follows, or merge it into the first)'
      : err.message.split('\n')[0];
    throw new UserError(`${file}:${pos.line}:${pos.col}: ${what}`);
  }
  return { file, doc, lines, value: doc.toJS() };
}

/** `text` as JSON when it is JSON with no key given twice in an object (each key string followed by ":" is one key kept). */
export function plainJson(text: string): { value: unknown } | undefined {
  const start = /^\s*[[{]/.exec(text);
  if (!start) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  let given = 0;
  for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g)) if (m[1]) given++;
  let kept = 0;
  let special = false;
  const count = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(count);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
      kept++;
      // A "__proto__" key: YAML's reading of it stands (JSON.parse makes it a plain key).
      special ||= k === '__proto__';
      count(x);
    }
  };
  count(value);
  return given === kept && !special ? { value } : undefined;
}

/** "duplicate key "x" (first given on line N)" for the key at `offset`, which the parser found a second time. */
function duplicateKey(text: string, offset: number): string {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  let message = 'duplicate key';
  visit(doc, {
    Map(_, map) {
      const keys = map.items.map((p) => p.key).filter(isScalar);
      const again = keys.find((k) => k.range?.[0] === offset);
      const first = again && keys.find((k) => k !== again && k.value === again.value);
      if (first) message = `duplicate key ${JSON.stringify(again.value)} (first given on line ${lines.linePos(first.range![0]).line}); a key is given once per mapping`;
    },
  });
  return message;
}

export function pathText(path: Path): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Where a path points in the file: the key itself when `key` is set (for unknown keys), else its value. */
export function position(parsed: ParsedFile, path: Path, key = false): string {
  let range: [number, number, number] | undefined | null;
  if (key && path.length > 0) {
    const parent = parsed.doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
      if (pair && isScalar(pair.key)) range = pair.key.range;
    }
  }
  if (!range) {
    for (let n = path.length; n >= 0 && !range; n--) {
      const node = parsed.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      range = node?.range;
    }
  }
  const pos = parsed.lines.linePos(range?.[0] ?? 0);
  return `${parsed.file}:${pos.line}:${pos.col}`;
}

export function fail(parsed: ParsedFile, path: Path, message: string, key = false): never {
  throw new UserError(`${position(parsed, path, key)}: ${pathText(path)}: ${message}`);
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

export function didYouMean(word: string, choices: readonly string[]): string {
  const best = choices.map((c) => ({ c, d: distance(word, c) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, word.length / 3) ? ` (did you mean "${best.c}"?)` : '';
}

const show = (v: unknown) => JSON.stringify(v);

function toPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const t = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(t) ? Number(t) : t;
  });
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, p) => (v as Record<string | number, unknown> | undefined)?.[p], value);
}

function explain(parsed: ParsedFile, e: ErrorObject): never {
  const path = toPath(e.instancePath);
  const got = valueAt(parsed.value, path);
  // A key that fails its propertyNames rule is reported on the key, with the rule's own allowed values.
  const badName = (e as ErrorObject & { propertyName?: string }).propertyName;
  if (badName !== undefined) {
    const allowed = e.keyword === 'enum' ? (e.params as { allowedValues: unknown[] }).allowedValues.map(String) : [];
    fail(parsed, [...path, badName], allowed.length
      ? `unknown name "${badName}"${didYouMean(badName, allowed)}; expected one of: ${allowed.join(', ')}`
      : `invalid name "${badName}"`, true);
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      fail(parsed, [...path, extra], `unknown key "${extra}"${didYouMean(extra, allowed)}; expected one of: ${allowed.join(', ')}`, true);
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      fail(parsed, path, `${show(got)} is not known${typeof got === 'string' ? didYouMean(got, allowed) : ''}; expected one of: ${allowed.join(', ')}`);
    }
    case 'required':
      fail(parsed, path, `missing key "${(e.params as { missingProperty: string }).missingProperty}"`);
    case 'type':
      // YAML's .nan and .inf are numbers to JavaScript, but nothing here can be measured or waited in them.
      if (typeof got === 'number' && !Number.isFinite(got)) fail(parsed, path, `expected a finite number, got ${Number.isNaN(got) ? '.nan' : got > 0 ? '.inf' : '-.inf'}`);
      fail(parsed, path, `expected ${String((e.params as { type: string }).type).replace(/,/g, ' or ')}, got ${got === null ? 'null' : Array.isArray(got) ? 'a list' : `${typeof got} ${show(got)}`}`);
    case 'maximum': {
      // A schema's description says where the bound comes from (a timer's range, a sensible cap).
      const why = (e.parentSchema as { description?: string }).description;
      fail(parsed, path, `${show(got)} is too large: at most ${String((e.params as { limit: number }).limit)}${why ? ` (${why})` : ''}`);
    }
    case 'pattern': {
      // A schema's description says what the value must look like, where that is not the argument rule.
      const why = (e.parentSchema as { description?: string }).description;
      fail(parsed, path, `${show(got)} is not allowed here (${why ?? "one argument, no spaces or ';'"})`);
    }
    default:
      fail(parsed, path, `${e.message ?? 'invalid'}${got === undefined ? '' : `, got ${show(got)}`}`);
  }
}

// One Ajv per mode for the whole process: each new instance compiles JSON Schema's meta-schema again, which
// cost more than the schemas themselves on every check (no schema has an $id, so they cannot collide).
const instances = new Map<boolean, Ajv>();
const ajv = (allErrors: boolean) => {
  let a = instances.get(allErrors);
  if (!a) instances.set(allErrors, (a = new Ajv({ strict: true, allowUnionTypes: true, verbose: true, allErrors })));
  return a;
};

/** Returns a validator that throws a UserError naming file, line, path and what was expected. */
export function validator<T>(schema: object): (parsed: ParsedFile) => T {
  // Compiled on first use: a command compiles only the schemas of the files it reads.
  let check: ReturnType<Ajv['compile']> | undefined;
  let checkAll: ReturnType<Ajv['compile']> | undefined;
  return (parsed) => {
    check ??= ajv(false).compile(schema);
    if (check(parsed.value)) return parsed.value as T;
    const errors = check.errors ?? [];
    // anyOf reports each branch; the most specific failure is the one deepest in the value.
    const best = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    if (!best) fail(parsed, [], 'invalid');
    if (best.keyword === 'required') {
      // A missing key beside an unknown one is most likely that key misspelt: say so, with the likely key.
      checkAll ??= ajv(true).compile(schema);
      checkAll(parsed.value);
      const typo = checkAll.errors?.find((e) => e.keyword === 'additionalProperties' && e.instancePath === best.instancePath);
      if (typo) explain(parsed, typo);
    }
    explain(parsed, best);
  };
}
