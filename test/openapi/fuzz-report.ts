/** The fuzz test's failures, grouped by operation, parameter and answer for one readable report. */
import type { LightMyRequestResponse } from 'fastify';

export interface Failure {
  key: string;
  value: string;
  actor: string;
  body: string;
  violation: string;
}

export const codeOf = (res: LightMyRequestResponse) => {
  try {
    return String((res.json() as { code?: unknown }).code ?? '');
  } catch {
    return '';
  }
};

export function report(failures: Failure[]): string {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
  const lines: string[] = [
    `${failures.length} failing answers in ${groups.size} groups (operation, parameter → answer):`,
  ];
  for (const [key, list] of groups) {
    const first = list[0]!;
    const values = [...new Set(list.map((f) => f.value))];
    const shown = values.slice(0, 5).join(' | ') + (values.length > 5 ? ` | … ${values.length - 5} more` : '');
    const why = first.violation.startsWith('server error') ? first.body : first.violation;
    lines.push(`• ${key} ×${list.length}: ${shown}`, `    e.g. ${first.value} as ${first.actor}: ${why.slice(0, 300)}`);
  }
  return lines.join('\n');
}
