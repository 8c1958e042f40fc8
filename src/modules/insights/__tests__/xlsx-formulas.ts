/**
 * A small evaluator of the Excel formulas the estimate workbook writes (refs, ranges across
 * sheets, + − × ÷, SUM, SUMIF, ROUND, ROUNDUP, ROUNDDOWN, MAX, IF, ISNUMBER), so tests can edit a cell and
 * see what Excel would recompute, without Excel.
 */
import type ExcelJS from 'exceljs';

type Value = number | string | null;
type Result = Value | Value[];

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[A-Za-zА-Яа-яЁё0-9_.]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Z(])|\s*("(?:[^"]|"")*")|\s*(\d+(?:\.\d+)?)|\s*([A-Z]+)\(|\s*([-+*/(),])/y;

interface Token {
  kind: 'ref' | 'str' | 'num' | 'fn' | 'op';
  text: string;
  sheet?: string;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.trimEnd().length) {
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`cannot read formula at ${TOKEN.lastIndex}: ${formula}`);
    if (m[2]) {
      const sheet = m[1]?.startsWith("'") ? m[1].slice(1, -1).replaceAll("''", "'") : m[1];
      tokens.push({ kind: 'ref', text: m[2].replaceAll('$', ''), ...(sheet ? { sheet } : {}) });
    } else if (m[3]) tokens.push({ kind: 'str', text: m[3].slice(1, -1).replaceAll('""', '"') });
    else if (m[4]) tokens.push({ kind: 'num', text: m[4] });
    else if (m[5]) tokens.push({ kind: 'fn', text: m[5] });
    else tokens.push({ kind: 'op', text: m[6]! });
  }
  return tokens;
}

export class Workbook {
  constructor(private readonly book: ExcelJS.Workbook) {}

  /** The value a cell holds or its formula comes to, recomputed from the cells it refers to. */
  value(sheetName: string, address: string): Value {
    const sheet = this.book.getWorksheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const cell = sheet.getCell(address);
    if (cell.formula) {
      const r = this.evaluate(sheetName, cell.formula);
      if (Array.isArray(r)) throw new Error(`a range is not a value: ${cell.formula}`);
      return r;
    }
    const v = cell.value;
    return typeof v === 'number' || typeof v === 'string' ? v : null;
  }

  evaluate(sheetName: string, formula: string): Result {
    const tokens = tokenize(formula);
    let i = 0;
    const peek = (): Token | undefined => tokens[i];
    const take = (text?: string): Token => {
      const t = tokens[i++];
      if (!t || (text !== undefined && t.text !== text)) throw new Error(`expected ${text} in ${formula}`);
      return t;
    };
    const expr = (): Result => {
      let left = term();
      while (peek()?.kind === 'op' && ['+', '-'].includes(peek()!.text)) {
        const op = take().text;
        const right = num(term());
        left = op === '+' ? num(left) + right : num(left) - right;
      }
      return left;
    };
    const term = (): Result => {
      let left = factor();
      while (peek()?.kind === 'op' && ['*', '/'].includes(peek()!.text)) {
        const op = take().text;
        const right = num(factor());
        left = op === '*' ? num(left) * right : num(left) / right;
      }
      return left;
    };
    const factor = (): Result => {
      const t = take();
      if (t.kind === 'num') return Number(t.text);
      if (t.kind === 'str') return t.text;
      if (t.kind === 'ref') return this.ref(t.sheet ?? sheetName, t.text);
      if (t.kind === 'op' && t.text === '-') return -num(factor());
      if (t.kind === 'op' && t.text === '(') {
        const v = expr();
        take(')');
        return v;
      }
      if (t.kind === 'fn') {
        const args: Result[] = [];
        if (peek()?.text !== ')') {
          args.push(expr());
          while (peek()?.text === ',') {
            take(',');
            args.push(expr());
          }
        }
        take(')');
        return call(t.text, args);
      }
      throw new Error(`unexpected ${t.text} in ${formula}`);
    };
    const result = expr();
    if (i !== tokens.length) throw new Error(`left over in ${formula}`);
    return result;
  }

  private ref(sheetName: string, text: string): Result {
    const [from, to] = text.split(':');
    if (!to) return this.value(sheetName, from!);
    const a = split(from!);
    const b = split(to);
    const values: Value[] = [];
    for (let row = a.row; row <= b.row; row++) {
      for (let col = a.col; col <= b.col; col++) values.push(this.value(sheetName, address(col, row)));
    }
    return values;
  }
}

function split(ref: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
}

function address(col: number, row: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}

function num(v: Result): number {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  throw new Error(`not a number: ${JSON.stringify(v)}`);
}

const flat = (args: Result[]): Value[] => args.flatMap((a) => (Array.isArray(a) ? a : [a]));
// Excel rounds on the decimal it shows (15 digits), not the binary noise below it.
const snap = (x: number): number => Number(x.toPrecision(15));

function call(name: string, args: Result[]): Result {
  switch (name) {
    case 'SUM':
      return flat(args).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    case 'MAX':
      return Math.max(...flat(args).map(num));
    case 'ROUND': {
      const p = 10 ** num(args[1]!);
      return (Math.sign(num(args[0]!)) * Math.round(snap(Math.abs(num(args[0]!)) * p))) / p;
    }
    case 'ROUNDUP': {
      const p = 10 ** num(args[1]!);
      return (Math.sign(num(args[0]!)) * Math.ceil(snap(Math.abs(num(args[0]!)) * p))) / p;
    }
    case 'ROUNDDOWN': {
      const p = 10 ** num(args[1]!);
      return (Math.sign(num(args[0]!)) * Math.floor(snap(Math.abs(num(args[0]!)) * p))) / p;
    }
    case 'ISNUMBER':
      return typeof args[0] === 'number' ? 1 : 0;
    case 'IF':
      return num(args[0]!) !== 0 ? args[1]! : (args[2] ?? 0);
    case 'SUMIF': {
      const [range, criteria, sums] = args as [Value[], string, Value[]];
      const wanted = criteria.replace(/^=/, '').replace(/~([~*?])/g, '$1');
      return range.reduce<number>((s, v, k) => s + (v === wanted && typeof sums[k] === 'number' ? sums[k] : 0), 0);
    }
    default:
      throw new Error(`unknown function ${name}`);
  }
}
