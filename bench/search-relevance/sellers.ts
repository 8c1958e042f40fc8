/** The three sellers the evaluation seeds the demo catalogue for (fixed ids: the same run every time). */
export const EVAL_SELLERS = [
  { id: '00000000-0000-4000-8000-0000000000e1', name: 'ООО «СтройБаза»' },
  { id: '00000000-0000-4000-8000-0000000000e2', name: 'ООО «Кирпичный Двор»' },
  { id: '00000000-0000-4000-8000-0000000000e3', name: 'ООО «Невский Стройторг»' },
] as const;
