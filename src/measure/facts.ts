// A measured image's facts: its build id, its footprint and, from the map its link wrote, the owners of its bytes
// and its symbols. Derived once per image and kept beside it (`<image>.wmb-facts.json`, `<image>.wmb-symbols.tsv`):
// a re-check whose image is the same file (build/image.ts) reads neither the image nor its map again. Kept for
// the image's sha256, this tool's code (any change to it derives them again) and the firmware's source files
// (owners go by them); anything else, or a record that is not one, is derived again.
import { createHash } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import { imageHashes } from '../build/image.js';
import { writeAtomic } from '../files.js';
import { plainJson } from '../schema/locate.js';
import { toolCodeHash } from '../tools.js';
import { parseElf } from './elf.js';
import { footprint, type Footprint } from './footprint.js';
import { sizesOf, sourceFolders, symbolsTsv, type Owner, type OwnerBytes } from './owners.js';

export interface ImageFacts {
  buildId?: string;
  footprint: Footprint;
  /** With `firmwareDir`, when the link wrote a map. */
  owners?: Partial<Record<Owner, OwnerBytes>>;
}

interface Kept extends ImageFacts {
  version: string;
  sha256: string;
  folders: string;
}

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

const isKept = (v: unknown): v is Kept => {
  const k = v as Partial<Kept> | undefined;
  return typeof k?.version === 'string' && typeof k.sha256 === 'string' && typeof k.folders === 'string'
    && (k.buildId === undefined || typeof k.buildId === 'string') && typeof k.footprint === 'object' && k.footprint !== null
    && Object.values(k.footprint).every((n) => typeof n === 'number') && (k.owners === undefined || (typeof k.owners === 'object' && k.owners !== null));
};

/**
 * The image's facts; `firmwareDir`: with its owners (from the map), its symbols table copied to `symbolsTo`.
 * The image must be the one its caller checked (replacedImage): the record is found by the file's sha256.
 */
export async function imageFacts(image: string, o: { firmwareDir?: string; symbolsTo?: string } = {}): Promise<ImageFacts> {
  const want = { version: toolCodeHash(), sha256: (await imageHashes(image)).sha256, folders: await foldersOf(o.firmwareDir) };
  const text = await readFile(factsFile(image), 'utf8').catch(() => undefined);
  const kept = text === undefined ? undefined : plainJson(text)?.value;
  if (isKept(kept) && kept.version === want.version && kept.sha256 === want.sha256 && kept.folders === want.folders
    && (!o.symbolsTo || !kept.owners || await copyFile(symbolsFile(image), o.symbolsTo).then(() => true, () => false)))
    return { ...(kept.buildId ? { buildId: kept.buildId } : {}), footprint: kept.footprint, ...(kept.owners ? { owners: kept.owners } : {}) };
  const bytes = await readFile(image);
  if (createHash('sha256').update(bytes).digest('hex') !== want.sha256) throw new Error(`${image} changed while it was measured`);
  const elf = parseElf(bytes, image);
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
