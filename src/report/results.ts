// results.json read back: by the report job (shard artifacts) and by the comment job, where it comes from a
// pull request's own run and is untrusted. Validated by schema, its file and line named in errors.
import { metricSchema } from '../baseline/baseline.js';
import { parseWithPositions, validator } from '../schema/locate.js';
import { TARGETS, UserError, VARIANT_STATUSES, type Results } from '../types.js';

const name = { type: 'string', pattern: '^[A-Za-z0-9_.+-]+$' };
const resultsSchema = {
  type: 'object',
  required: ['schemaVersion', 'provenance', 'variants'],
  properties: {
    schemaVersion: { const: 1 },
    shard: name,
    provenance: {
      type: 'object',
      required: ['commit', 'date', 'tool', 'node', 'toolchain'],
      properties: {
        commit: { type: 'string' }, date: { type: 'string' }, tool: { type: 'string' }, node: { type: 'string' },
        toolchain: { type: 'object', additionalProperties: { type: 'string' } }, sources: { type: 'object' },
      },
    },
    variants: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'board', 'stack', 'runtime', 'benchmark', 'target', 'status', 'metrics'],
        properties: {
          id: { type: 'string' }, board: name, stack: name, runtime: name, benchmark: name, target: { enum: [...TARGETS] },
          status: { enum: [...VARIANT_STATUSES] }, reason: { type: 'string' }, metrics: { type: 'object', additionalProperties: metricSchema },
          durationMs: { type: 'number' }, log: { type: 'string' }, build: { type: 'object' },
          reused: { type: 'object', required: ['commit', 'date'], properties: { commit: { type: 'string' }, date: { type: 'string' }, only: { type: 'string' } } },
        },
      },
    },
  },
} as const;

const validate = validator<Results>(resultsSchema);

export function parseResults(file: string, text: string): Results {
  const parsed = parseWithPositions(file, text);
  const version = (parsed.value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > 1)
    throw new UserError(`${file}: results schema version ${version} is newer than this wasm-mcu-bench reads (1); upgrade wasm-mcu-bench to read it`);
  if (version !== 1) throw new UserError(`${file}: not a wasm-mcu-bench results file of schema version 1 (schemaVersion ${JSON.stringify(version)})`);
  const r = validate(parsed);
  for (const [i, v] of r.variants.entries())
    if (v.id !== `${v.board}/${v.stack}/${v.runtime}/${v.benchmark}@${v.target}`)
      throw new UserError(`${file}: variants[${i}].id: "${v.id}" is not ${v.board}/${v.stack}/${v.runtime}/${v.benchmark}@${v.target}`);
  return r;
}

/**
 * Results from another run, as text that cannot ping anyone: an `@name` in a reason or a tool version
 * would notify that person or team from the bot's comment. Ids (`<benchmark>@emulated`) are not mentions.
 */
export function withoutMentions<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, '$1@\u200b') as T;
  if (Array.isArray(value)) return value.map(withoutMentions) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutMentions(v)])) as T;
  return value;
}
