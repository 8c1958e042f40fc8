import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NoProofPhotoError, PhotoTypeError } from './deliveries.errors.js';

/** The image types a phone camera makes, told by their first bytes (the declared type is not trusted). */
const SIGNATURES: { type: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/png',
    ext: 'png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: 'image/webp',
    ext: 'webp',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    type: 'image/heic',
    ext: 'heic',
    test: (b) =>
      b.subarray(4, 8).toString('latin1') === 'ftyp' &&
      /^(heic|heix|mif1|msf1|hevc)$/.test(b.subarray(8, 12).toString('latin1')),
  },
];

export function imageType(data: Buffer): { type: string; ext: string } {
  const found = SIGNATURES.find((s) => data.length >= 12 && s.test(data));
  if (!found) throw new PhotoTypeError();
  return { type: found.type, ext: found.ext };
}

const TYPES_BY_EXT = new Map(SIGNATURES.map((s) => [s.ext, s.type]));

/** Proof-of-delivery photos on disk (LOGISTICS_UPLOAD_DIR, else DATA_DIR/uploads): the database keeps the name. */
export class ProofPhotos {
  constructor(private readonly dir: string) {}

  /** Writes the photo whole (a temporary name, then a rename) and returns its file name. */
  async save(deliveryId: string, data: Buffer): Promise<string> {
    const { ext } = imageType(data);
    const dir = join(this.dir, 'proof');
    await mkdir(dir, { recursive: true });
    const name = `${deliveryId}-${randomUUID()}.${ext}`;
    const tmp = join(dir, `.${name}.tmp`);
    await writeFile(tmp, data, { mode: 0o640 });
    await rename(tmp, join(dir, name));
    return name;
  }

  /**
   * A photo's bytes. Missing on this disk (another host's upload directory, removed by hand) is a
   * 404: the upload directory must be shared by every process that serves it (docs/domain.md).
   */
  async read(name: string): Promise<{ data: Buffer; type: string }> {
    try {
      const data = await readFile(this.path(name));
      return { data, type: TYPES_BY_EXT.get(name.split('.').pop()!)! };
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') throw new NoProofPhotoError();
      throw err;
    }
  }

  async remove(name: string): Promise<void> {
    await rm(this.path(name), { force: true });
  }

  private path(name: string): string {
    // Names are ours (uuid-uuid.ext); anything else never reaches the disk.
    if (!/^[0-9a-f-]{36}-[0-9a-f-]{36}\.(jpg|png|webp|heic)$/.test(name)) throw new Error(`bad photo name ${name}`);
    return join(this.dir, 'proof', name);
  }
}
