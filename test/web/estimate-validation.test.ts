import { describe, expect, it } from 'vitest';
import {
  boundsHint,
  checkJobInputs,
  checkNumber,
  initialText,
  parseDecimalText,
  type InputSpec,
} from '../../web/src/pages/public/estimate-validation.js';

const area: InputSpec = {
  name: 'areaM2',
  unit: 'м²',
  type: 'number',
  required: true,
  min: 0,
  minExclusive: true,
  max: 10000,
};
const floors: InputSpec = { name: 'floors', unit: null, type: 'integer', required: false, min: 1, max: 5, default: 1 };
const grade: InputSpec = {
  name: 'grade',
  unit: null,
  type: 'choice',
  required: false,
  values: ['M200', 'M300', 1.5],
  default: 'M300',
};
const openings: InputSpec = { name: 'openings', unit: 'м', type: 'openings', required: false, default: [] };

describe('decimal parsing', () => {
  it('takes a comma or a dot and spaces between thousands', () => {
    expect(parseDecimalText('12,5')).toBe(12.5);
    expect(parseDecimalText('1 250.75')).toBe(1250.75);
    expect(parseDecimalText('1\u00a0000')).toBe(1000);
  });
  it('refuses words, two separators and empty text', () => {
    expect(parseDecimalText('12,5,1')).toBeNull();
    expect(parseDecimalText('двенадцать')).toBeNull();
    expect(parseDecimalText('')).toBeNull();
    expect(parseDecimalText('1e3')).toBeNull();
  });
});

describe('one number', () => {
  it('checks the bounds with the unit in the message', () => {
    expect(checkNumber(area, '0')).toEqual({ error: 'Должно быть больше 0 м²' });
    expect(checkNumber(area, '10000,5')).toEqual({ error: 'Не больше 10000 м²' });
    expect(checkNumber(area, '120,5')).toEqual({ value: 120.5 });
    expect(checkNumber(floors, '0')).toEqual({ error: 'Не меньше 1' });
  });
  it('wants whole numbers for integer inputs and at most the allowed decimal places', () => {
    expect(checkNumber(floors, '2,5')).toEqual({ error: 'Введите целое число' });
    expect(checkNumber({ ...area, places: 2 }, '1,234')).toEqual({ error: 'Не больше 2 знаков после запятой' });
    expect(checkNumber(area, '1,234')).toEqual({ value: 1.234 });
  });
});

describe('a job', () => {
  it('gives the API numbers and choices, leaving empty defaulted inputs to the API', () => {
    const { inputs, errors } = checkJobInputs([area, floors, grade, openings], {
      areaM2: ' 85,5 ',
      floors: '',
      grade: '1.5',
      openings: [{ widthM: '1,2', heightM: '1,4', count: '' }],
    });
    expect(errors).toEqual({});
    expect(inputs).toEqual({ areaM2: 85.5, grade: 1.5, openings: [{ widthM: 1.2, heightM: 1.4, count: 1 }] });
  });
  it('names each bad input and each bad opening cell', () => {
    const { inputs, errors } = checkJobInputs([area, grade, openings], {
      areaM2: '',
      grade: 'M999',
      openings: [{ widthM: '0', heightM: 'x', count: '1,5' }],
    });
    expect(errors).toEqual({
      areaM2: 'Заполните это поле',
      grade: 'Выберите значение из списка',
      'openings.0.widthM': 'Должно быть больше 0 м',
      'openings.0.heightM': 'Введите число, например 12,5',
      'openings.0.count': 'Введите целое число',
    });
    expect(inputs).toEqual({});
  });
});

describe('form text', () => {
  it('starts from the defaults with a decimal comma and shows the bounds', () => {
    expect(initialText({ ...area, default: 2.5 })).toBe('2,5');
    expect(initialText(area)).toBe('');
    expect(initialText(grade)).toBe('M300');
    expect(initialText({ ...openings, default: [{ widthM: 0.9, heightM: 2.1, count: 2 }] })).toEqual([
      { widthM: '0,9', heightM: '2,1', count: '2' },
    ]);
    expect(boundsHint(area)).toBe('больше 0, до 10000 м²');
    expect(boundsHint({ min: 0.1, max: 3, unit: 'м' })).toBe('от 0,1 до 3 м');
    expect(boundsHint({ unit: null })).toBeNull();
  });
});
