import { sql, type SQL } from 'drizzle-orm';

/** Values as a comma-separated list of parameters, for `in (…)`. */
export const list = (values: readonly unknown[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Each attribute filter: any of its values (a listing's or a facet group's attributes). */
export function attributeFilters(attributes: SQL, attrs: readonly [name: string, values: string[]][]): SQL[] {
  return attrs.map(([name, values]) => {
    const any = values.map((v) => sql`${attributes} @> ${JSON.stringify({ [name]: v })}::jsonb`);
    return sql`(${sql.join(any, sql` or `)})`;
  });
}
