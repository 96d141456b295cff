// A measured image's facts: its build id, its footprint and, from the map its link wrote, the owners of its bytes
// and its symbols. Derived once per image and kept beside it (`<image>.wmb-facts.json`, `<image>.wmb-symbols.tsv`):
// a re-check whose image is the same file (build/image.ts) reads neither the image nor its map again. Kept for
// the image's sha256, the map's file identity, this tool's code (any change to it derives them again) and the
// layout of the firmware's source files (owners go by it); anything else, or a record that is not one, is
// derived again.
import { createHash } from 'node:crypto';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { fileIdentity, imageHashes } from '../build/image.js';
import { writeAtomic } from '../files.js';
import { parseWithPositions, validator } from '../schema/locate.js';
import { toolCodeHash } from '../tools.js';
import { parseElf } from './elf.js';
import { footprint, type Footprint } from './footprint.js';
import { mapOf, sizesOf, sourceFolders, symbolsTsv, type Owner, type OwnerBytes } from './owners.js';

export interface ImageFacts {
  buildId?: string;
  footprint: Footprint;
  /** With `firmwareDir`, when the link wrote a map. */
  owners?: Partial<Record<Owner, OwnerBytes>>;
}

interface Kept extends ImageFacts {
  tool: string;
  sha256: string;
  map: string;
  folders: string;
}

const count = { type: 'integer', minimum: 0 };
const bytes = { type: 'object', additionalProperties: false, required: ['flash_bytes', 'static_ram_bytes'], properties: { flash_bytes: count, static_ram_bytes: count } };
const validate = validator<Kept>({
  type: 'object',
  additionalProperties: false,
  required: ['tool', 'sha256', 'map', 'folders', 'footprint'],
  properties: {
    tool: { type: 'string' }, sha256: { type: 'string' }, map: { type: 'string' }, folders: { type: 'string' },
    buildId: { type: 'string', pattern: '^[0-9a-f]+$' },
    footprint: { type: 'object', additionalProperties: false, required: ['text', 'rodata', 'data', 'bss', 'flash', 'staticRam'],
      properties: Object.fromEntries(['text', 'rodata', 'data', 'bss', 'flash', 'staticRam'].map((k) => [k, count])) },
    owners: { type: 'object', additionalProperties: bytes },
  },
});

const factsFile = (image: string) => `${image}.wmb-facts.json`;
const symbolsFile = (image: string) => `${image}.wmb-symbols.tsv`;

const foldersKey = new Map<string, Promise<string>>();
const foldersOf = (firmwareDir: string | undefined) => {
  if (firmwareDir === undefined) return Promise.resolve('none');
  let k = foldersKey.get(firmwareDir);
  if (!k) {
    k = sourceFolders(firmwareDir).then((f) => createHash('sha256').update(JSON.stringify([...f].sort())).digest('hex'));
    foldersKey.set(firmwareDir, k);
  }
  return k;
};

/** The kept record when it is one, for `want`; anything else is none (derived again). */
async function keptFor(image: string, want: Omit<Kept, keyof ImageFacts>): Promise<Kept | undefined> {
  const file = factsFile(image);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let kept: Kept;
  try {
    kept = validate(parseWithPositions(file, text));
  } catch {
    return undefined;
  }
  return (Object.keys(want) as (keyof typeof want)[]).every((k) => kept[k] === want[k]) ? kept : undefined;
}

/**
 * The facts of the image at `image`, which must be the one whose sha256 is `sha256` (else this throws); with
 * `firmwareDir`, its owners (from the map), its symbols table copied to `symbolsTo`.
 */
export async function imageFacts(image: string, sha256: string, o: { firmwareDir?: string; symbolsTo?: string } = {}): Promise<ImageFacts> {
  const changed = () => new Error(`${image} changed while it was measured (not the image that was checked)`);
  if ((await imageHashes(image)).sha256 !== sha256) throw changed();
  const want = { tool: toolCodeHash(), sha256, map: fileIdentity(await stat(mapOf(image), { bigint: true }).catch(() => undefined)), folders: await foldersOf(o.firmwareDir) };
  const kept = await keptFor(image, want);
  if (kept && (!o.symbolsTo || !kept.owners || await copyFile(symbolsFile(image), o.symbolsTo).then(() => true, () => false)))
    return { ...(kept.buildId ? { buildId: kept.buildId } : {}), footprint: kept.footprint, ...(kept.owners ? { owners: kept.owners } : {}) };
  const read = await readFile(image);
  if (createHash('sha256').update(read).digest('hex') !== sha256) throw changed();
  const elf = parseElf(read, image);
  const sizes = o.firmwareDir === undefined ? undefined : await sizesOf(image, elf, o.firmwareDir);
  const facts: ImageFacts = { ...(elf.buildId ? { buildId: elf.buildId } : {}), footprint: footprint(elf), ...(sizes ? { owners: sizes.owners } : {}) };
  if (sizes) {
    const tsv = symbolsTsv(sizes.symbols);
    await writeAtomic(symbolsFile(image), tsv).catch(() => undefined);
    if (o.symbolsTo) await writeAtomic(o.symbolsTo, tsv);
  }
  // A folder this run cannot write (read-only): derived again next time, no more.
  await writeAtomic(factsFile(image), `${JSON.stringify({ ...want, ...facts } satisfies Kept)}\n`).catch(() => undefined);
  return facts;
}
