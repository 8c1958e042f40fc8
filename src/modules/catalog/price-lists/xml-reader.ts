/**
 * A small streaming reader of the XML inside an XLSX, fed byte slices as they are unpacked.
 * Unlike a general parser it holds nothing it was not asked for: text is decoded only inside the
 * elements the sink wants (a cell's value), everything else is skipped unread, and a tag or a
 * wanted text has a size cap, so no part of the file, however shaped, is gathered into memory.
 * DOCTYPEs are refused, so there are no entity declarations to expand.
 */
export interface XmlSink {
  /** A start tag; `tag` is valid only during the call. An empty element (`<c/>`) gets `close` right after. */
  open(tag: XmlTag): void;
  close(name: string): void;
  /** Whether text here is wanted; elsewhere it is skipped unread. */
  readonly wantsText: boolean;
  text(text: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const COLON = 0x3a;
/** Tags of a workbook are a few hundred bytes; this is generous. */
const MAX_TAG_BYTES = 64 * 1024;
const COMMENT_END = Buffer.from('-->');
const PI_END = Buffer.from('?>');
const CDATA_START = Buffer.from('<![CDATA[');
const CDATA_END = Buffer.from(']]>');
const COMMENT_START = Buffer.from('<!--');

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export class XmlReader {
  private carry: Buffer | null = null;
  /** Inside a comment or processing instruction: the bytes that end it. */
  private skipping: Buffer | null = null;
  private readonly tag = new XmlTag();

  constructor(
    private readonly sink: XmlSink,
    /** Raw bytes a wanted text may take before `tooLong` is thrown (entities make raw text longer than its characters). */
    private readonly maxTextBytes: number,
    private readonly tooLong: () => Error,
    private readonly malformed: (why: string) => Error,
  ) {}

  write(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    const n = buf.length;
    let i = 0;
    while (i < n) {
      if (this.skipping) {
        const end = buf.indexOf(this.skipping, i);
        if (end < 0) {
          this.carry = buf.subarray(Math.max(i, n - this.skipping.length + 1));
          return;
        }
        i = end + this.skipping.length;
        this.skipping = null;
        continue;
      }
      const lt = buf.indexOf(LT, i);
      if (lt !== i) {
        if (lt < 0) {
          if (this.sink.wantsText) this.keep(buf.subarray(i), this.maxTextBytes, this.tooLong);
          return;
        }
        if (this.sink.wantsText) this.sink.text(decodeText(buf.toString('utf8', i, lt)));
        i = lt;
      }
      // Markup at i; too little of it to tell what it is waits for the next slice.
      if (n - i < 2) return this.keep(buf.subarray(i));
      const next = buf[i + 1]!;
      if (next === BANG) {
        if (startsWith(buf, i, COMMENT_START)) {
          this.skipping = COMMENT_END;
          i += COMMENT_START.length;
        } else if (startsWith(buf, i, CDATA_START)) {
          const end = buf.indexOf(CDATA_END, i + CDATA_START.length);
          if (end < 0) return this.keep(buf.subarray(i), this.maxTextBytes, this.tooLong);
          const start = i + CDATA_START.length;
          if (this.sink.wantsText && end > start) this.sink.text(buf.toString('utf8', start, end));
          i = end + CDATA_END.length;
        } else if (isCutOff(buf, i, COMMENT_START) || isCutOff(buf, i, CDATA_START)) {
          return this.keep(buf.subarray(i));
        } else {
          throw this.malformed('a DOCTYPE or other declaration');
        }
        continue;
      }
      if (next === QUESTION) {
        this.skipping = PI_END;
        i += 2;
        continue;
      }
      const gt = tagEnd(buf, i + 1);
      if (gt < 0) return this.keep(buf.subarray(i));
      if (next === SLASH) {
        this.sink.close(localName(buf, i + 2, gt));
      } else {
        const empty = buf[gt - 1] === SLASH;
        this.tag.set(buf, i + 1, empty ? gt - 1 : gt);
        this.sink.open(this.tag);
        if (empty) this.sink.close(this.tag.name);
      }
      i = gt + 1;
    }
  }

  /** The part ended: anything left open means it was cut off. */
  end(): void {
    if (this.skipping || this.carry?.includes(LT)) throw this.malformed('a part ends in the middle of a tag');
    this.carry = null;
  }

  private keep(rest: Buffer, max = MAX_TAG_BYTES, tooLong = () => this.malformed('an XML tag over 64 KB')): void {
    if (rest.length > max) throw tooLong();
    // A copy: the slice it came from is reused by the inflater.
    this.carry = Buffer.from(rest);
  }
}

/** A start tag's bytes (between `<` and `>` or `/>`), read on demand. */
export class XmlTag {
  name = '';
  private buf: Buffer = Buffer.alloc(0);
  private nameEnd = 0;
  private end = 0;

  set(buf: Buffer, start: number, end: number): void {
    this.buf = buf;
    this.end = end;
    let i = start;
    while (i < end && !isSpace(buf[i]!)) i++;
    this.nameEnd = i;
    this.name = localName(buf, start, i);
  }

  /** The value of the attribute with this local name (`id` finds `r:id`), entities decoded. */
  attr(local: string): string | undefined {
    const { buf, end } = this;
    let i = this.nameEnd;
    while (i < end) {
      while (i < end && isSpace(buf[i]!)) i++;
      const nameStart = i;
      while (i < end && buf[i] !== EQUALS && !isSpace(buf[i]!)) i++;
      const nameEnd = i;
      while (i < end && isSpace(buf[i]!)) i++;
      if (buf[i] !== EQUALS) return undefined;
      i++;
      while (i < end && isSpace(buf[i]!)) i++;
      const quote = buf[i];
      if (quote !== DQUOTE && quote !== SQUOTE) return undefined;
      const valueEnd = buf.indexOf(quote, i + 1);
      if (valueEnd < 0 || valueEnd >= end) return undefined;
      if (isLocalName(buf, nameStart, nameEnd, local)) return decodeText(buf.toString('utf8', i + 1, valueEnd));
      i = valueEnd + 1;
    }
    return undefined;
  }
}

function isLocalName(buf: Buffer, start: number, end: number, local: string): boolean {
  const colon = buf.lastIndexOf(COLON, end - 1);
  const from = colon >= start ? colon + 1 : start;
  if (end - from !== local.length) return false;
  for (let k = 0; k < local.length; k++) if (buf[from + k] !== local.charCodeAt(k)) return false;
  return true;
}

/** Names seen so far, by a hash of their bytes: the same few names repeat millions of times. */
const NAMES = new Map<number, string>();
const MAX_NAMES = 512;

/** `x:row` → `row`: parts from other tools carry namespace prefixes. */
function localName(buf: Buffer, start: number, end: number): string {
  let from = start;
  let stop = start;
  let hash = 0;
  for (; stop < end; stop++) {
    const b = buf[stop]!;
    if (isSpace(b) || b === GT || b === SLASH) break;
    if (b === COLON) {
      from = stop + 1;
      hash = 0;
    } else {
      hash = (Math.imul(hash, 31) + b) | 0;
    }
  }
  const length = stop - from;
  const key = (hash ^ (length << 26)) | 0;
  const known = NAMES.get(key);
  if (known !== undefined && known.length === length && sameBytes(buf, from, known)) return known;
  const name = buf.toString('latin1', from, stop);
  if (NAMES.size < MAX_NAMES) NAMES.set(key, name);
  return name;
}

function sameBytes(buf: Buffer, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (buf[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** The `>` that ends the tag starting at `from`, skipping any inside quoted attribute values. */
function tagEnd(buf: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const b = buf[i]!;
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === GT) {
      return i;
    } else if (b === DQUOTE || b === SQUOTE) {
      quote = b;
    }
  }
  return -1;
}

function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean {
  return buf.length - at >= prefix.length && buf.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;
}

/** The slice ends within what may still become `prefix`. */
function isCutOff(buf: Buffer, at: number, prefix: Buffer): boolean {
  const rest = buf.length - at;
  return rest < prefix.length && buf.compare(prefix, 0, rest, at, buf.length) === 0;
}

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text as read: line ends normalised as XML says, then entity and character references. */
export function decodeText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_m, hex?: string, dec?: string, named?: string) => {
    if (named) return NAMED[named]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
