/** Russian plates (docs/domain.md, Logistics — Vehicles): the forms taken, how they are written, what is refused. */
import { describe, expect, it } from 'vitest';
import { normalizePlate } from '../vehicles/index.js';

const ok = (input: string) => {
  const r = normalizePlate(input);
  if (!r.ok) throw new Error(`${input}: ${r.problem}`);
  return r;
};
const problem = (input: string) => {
  const r = normalizePlate(input);
  if (r.ok) throw new Error(`${input} was taken as ${r.plate}`);
  return r.problem;
};

describe('plate numbers', () => {
  it('takes the standard form with a 2- or 3-digit region, written upper-case Cyrillic without spaces', () => {
    expect(ok('А123ВС77')).toEqual({ ok: true, plate: 'А123ВС77', kind: 'standard' });
    expect(ok('а123вс777').plate).toBe('А123ВС777');
    expect(ok(' Е 001 КХ 01 ').plate).toBe('Е001КХ01');
    expect(ok('М777ОР 197 RUS').plate).toBe('М777ОР197');
    expect(ok('Т-500-УХ-50').plate).toBe('Т500УХ50');
  });

  it('turns Latin look-alikes into the Cyrillic letters they stand for', () => {
    expect(ok('A123BC77').plate).toBe('А123ВС77');
    expect(ok('x999yk750').plate).toBe('Х999УК750');
    // Every look-alike, in every letter position, mixed with Cyrillic.
    expect(ok('K001Mн199').plate).toBe('К001МН199');
    expect(ok('O123PE77').plate).toBe('О123РЕ77');
    expect(ok('T456CX78').plate).toBe('Т456СХ78');
    expect(ok('A100BY02').plate).toBe('А100ВУ02');
  });

  it('takes trailer plates (2 letters, 4 digits) and transit plates (2 letters, 3 digits, a letter)', () => {
    expect(ok('АВ123477')).toEqual({ ok: true, plate: 'АВ123477', kind: 'trailer' });
    expect(ok('ab 1234 777').plate).toBe('АВ1234777');
    expect(ok('АВ123С77')).toEqual({ ok: true, plate: 'АВ123С77', kind: 'transit' });
    expect(ok('ah 123 c 750').plate).toBe('АН123С750');
  });

  it('refuses letters Russian plates do not use, naming the letter', () => {
    expect(problem('Б123ВС77')).toMatch(/«Б» is not a plate letter/);
    expect(problem('А123ВД77')).toMatch(/«Д»/);
    expect(problem('D123BC77')).toMatch(/«D»/);
    expect(problem('Z123BC77')).toMatch(/АВЕКМНОРСТУХ/);
  });

  it('refuses the number 000 (0000 on a trailer) and the region 00', () => {
    expect(problem('А000ВС77')).toBe('000 is not a plate number');
    expect(problem('АВ000077')).toBe('0000 is not a plate number');
    expect(problem('АВ000С77')).toBe('000 is not a plate number');
    expect(problem('А123ВС00')).toBe('00 is not a region code');
    expect(problem('А123ВС077')).toBe('077 is not a region code');
    expect(problem('АВ123400')).toBe('00 is not a region code');
  });

  it('refuses other shapes: taxi, motorcycle and tractor plates, a region of one or four digits, nothing at all', () => {
    for (const bad of ['АВ12377', '1234АВ77', 'А123ВС7', 'А123ВС7777', 'А1234ВС77', '123', '', '   ', 'RUS']) {
      expect(problem(bad), bad).toMatch(/must be a Russian plate/);
    }
  });
});
