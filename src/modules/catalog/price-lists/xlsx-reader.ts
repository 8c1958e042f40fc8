import { ValidationError } from '../../../shared/errors.js';
import { tooLarge, type ReadBudget } from './read-limits.js';
import type { RowSink } from './read-file.js';
import { NumberKind, SheetReader, unescapeOoxml, type WorkbookLookups } from './xlsx-sheet.js';
import { XmlReader, type XmlSink, type XmlTag } from './xml-reader.js';
import { entryBytes, unreadable, zipEntries, type ZipEntry, type ZipSource } from './zip-reader.js';

/** Excel allows 64 000 cell formats; styles past that are read as General. */
const MAX_STYLES = 65_536;

/**
 * The first visible sheet of an XLSX, row by row into the sink. Only the parts it needs are
 * unpacked: the workbook and its relationships (which sheet, which date system), the styles
 * (which cells are percents or dates), the shared strings and the sheet itself.
 */
export async function readXlsx<S extends RowSink>(zip: ZipSource, budget: ReadBudget, newSink: () => S): Promise<S> {
  const entries = await zipEntries(zip);
  const part = (path: string) => entries.get(path.toLowerCase());

  const packageRels = await readRelationships(zip, part('_rels/.rels'), budget, []);
  const bookPath = resolve('', packageRels.byType('officeDocument') ?? 'xl/workbook.xml');
  const book = new WorkbookReader();
  if (!(await readPart(zip, part(bookPath), budget, book))) throw unreadable('no workbook part');
  const sheetId = book.firstVisible ?? book.first;
  if (sheetId === undefined) throw new ValidationError([{ path: 'file', message: 'the workbook has no sheets' }]);
  const slash = bookPath.lastIndexOf('/');
  const dir = bookPath.slice(0, Math.max(slash, 0));
  const relsPath = resolve(dir, `_rels/${bookPath.slice(slash + 1)}.rels`);
  const rels = await readRelationships(zip, part(relsPath), budget, [sheetId]);
  const target = (type: string, fallback: string) => part(resolve(dir, rels.byType(type) ?? fallback));

  const styles = new StylesReader();
  await readPart(zip, target('styles', 'styles.xml'), budget, styles);
  const strings = new SharedStringsReader(budget);
  await readPart(zip, target('sharedStrings', 'sharedStrings.xml'), budget, strings);
  const lookups: WorkbookLookups = {
    sharedStrings: strings.strings,
    styleKinds: styles.kinds(),
    date1904: book.date1904,
  };

  const sheetTarget = rels.byId.get(sheetId);
  const sheet = sheetTarget === undefined ? undefined : part(resolve(dir, sheetTarget));
  if (!sheet) throw unreadable('the sheet part is missing');
  let sink = newSink();
  const first = new SheetReader(lookups, budget, sink, null);
  await readPart(zip, sheet, budget, first);
  if (first.merges.length > 0) {
    // Merged ranges come after the rows: read the rows again, now filling the ranges.
    budget.replay();
    sink = newSink();
    await readPart(zip, sheet, budget, new SheetReader(lookups, budget, sink, first.merges));
  }
  return sink;
}

/** Streams one part through an XML sink; false when the zip has no such part. */
async function readPart(
  zip: ZipSource,
  entry: ZipEntry | undefined,
  budget: ReadBudget,
  sink: XmlSink,
): Promise<boolean> {
  if (!entry) return false;
  const max = budget.limits.cellCharacters;
  // A character takes at most a dozen bytes of XML (`&#x1F600;` is two characters in nine bytes).
  const xml = new XmlReader(sink, max * 12, () => tooLarge('cellCharacters', max), unreadable);
  for await (const slice of entryBytes(zip, entry, budget)) xml.write(slice);
  xml.end();
  return true;
}

/** `xl` + `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; an absolute target is taken from the root. */
function resolve(dir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '' && segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/** The parts a workbook's relationships lead to: by type, the first of each; by id, only those asked for. */
const PART_TYPES = ['officeDocument', 'styles', 'sharedStrings'];

async function readRelationships(zip: ZipSource, entry: ZipEntry | undefined, budget: ReadBudget, ids: string[]) {
  const byId = new Map<string, string>();
  const types = new Map<string, string>();
  const sink: XmlSink = {
    wantsText: false,
    text: () => {},
    close: () => {},
    open(tag: XmlTag) {
      if (tag.name !== 'Relationship' || tag.attr('TargetMode') === 'External') return;
      const [id, target, type] = [tag.attr('Id'), tag.attr('Target'), tag.attr('Type')];
      if (id === undefined || target === undefined) return;
      if (ids.includes(id)) byId.set(id, target);
      const kind = type?.slice(type.lastIndexOf('/') + 1);
      if (kind && PART_TYPES.includes(kind) && !types.has(kind)) types.set(kind, target);
    },
  };
  await readPart(zip, entry, budget, sink);
  return { byId, byType: (kind: string) => types.get(kind) };
}

/** workbook.xml: the date system and which sheet is first (the first visible one, as Excel opens it). */
class WorkbookReader implements XmlSink {
  readonly wantsText = false;
  date1904 = false;
  first: string | undefined;
  firstVisible: string | undefined;

  open(tag: XmlTag): void {
    if (tag.name === 'workbookPr') {
      const value = tag.attr('date1904');
      this.date1904 = value === '1' || value === 'true';
    } else if (tag.name === 'sheet') {
      const id = tag.attr('id');
      if (id === undefined) return;
      this.first ??= id;
      const state = tag.attr('state');
      if (state !== 'hidden' && state !== 'veryHidden') this.firstVisible ??= id;
    }
  }
  close(): void {}
  text(): void {}
}

/** styles.xml: for each cell style (`s` of a cell), whether its number format shows percents or dates. */
class StylesReader implements XmlSink {
  readonly wantsText = false;
  private readonly custom = new Map<number, number>();
  private readonly formatIds: number[] = [];
  private inFormats = false;
  private inCellStyles = false;

  open(tag: XmlTag): void {
    if (tag.name === 'numFmts') this.inFormats = true;
    else if (tag.name === 'cellXfs') this.inCellStyles = true;
    else if (tag.name === 'numFmt' && this.inFormats && this.custom.size < MAX_STYLES) {
      this.custom.set(Number(tag.attr('numFmtId')), kindOfFormat(tag.attr('formatCode') ?? ''));
    } else if (tag.name === 'xf' && this.inCellStyles && this.formatIds.length < MAX_STYLES) {
      this.formatIds.push(Number(tag.attr('numFmtId') ?? 0));
    }
  }

  close(name: string): void {
    if (name === 'numFmts') this.inFormats = false;
    else if (name === 'cellXfs') this.inCellStyles = false;
  }

  text(): void {}

  kinds(): Uint8Array {
    return Uint8Array.from(this.formatIds, (id) => this.custom.get(id) ?? builtInKind(id));
  }
}

/** Excel's built-in formats: 9 and 10 are percents; 14–22 and 45–47 dates and times. */
function builtInKind(id: number): number {
  if (id === 9 || id === 10) return NumberKind.Percent;
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return NumberKind.Date;
  return NumberKind.Plain;
}

/** As exceljs decides (what sellers' files were checked against): date letters outside quotes and brackets. */
function kindOfFormat(code: string): number {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  if (/[ymdhMsb]/.test(bare)) return NumberKind.Date;
  return code.includes('%') ? NumberKind.Percent : NumberKind.Plain;
}

/** sharedStrings.xml: the texts cells refer to by number, held while the sheet is read, so counted. */
class SharedStringsReader implements XmlSink {
  readonly strings: string[] = [];
  private characters = 0;
  private inItem = false;
  private inText = false;
  private phonetic = 0;
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly budget: ReadBudget) {}

  get wantsText(): boolean {
    return this.inText && this.phonetic === 0;
  }

  open(tag: XmlTag): void {
    if (tag.name === 'si') {
      const { sharedStrings } = this.budget.limits;
      if (this.strings.length >= sharedStrings) throw tooLarge('sharedStrings', sharedStrings);
      this.inItem = true;
      this.parts = [];
      this.length = 0;
    } else if (tag.name === 't') {
      this.inText = this.inItem;
    } else if (tag.name === 'rPh' && this.inItem) {
      this.phonetic++;
    }
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh' && this.phonetic > 0) this.phonetic--;
    else if (name === 'si' && this.inItem) {
      this.inItem = this.inText = false;
      this.phonetic = 0;
      this.strings.push(unescapeOoxml(this.parts.join('')).trim());
    }
  }

  text(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.budget.text(this.length);
    this.characters += text.length;
    const max = this.budget.limits.sharedStringCharacters;
    if (this.characters > max) throw tooLarge('sharedStringCharacters', max);
  }
}
