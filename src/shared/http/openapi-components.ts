const SCHEMA_REF = '#/components/schemas/';

/** Every `$ref` to a component schema anywhere inside `value`. */
function schemaRefs(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) schemaRefs(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(SCHEMA_REF)) {
        into.add(child.slice(SCHEMA_REF.length));
      } else {
        schemaRefs(child, into);
      }
    }
  }
  return into;
}

/**
 * The document with only the component schemas something refers to, sorted by name. zod's named schemas are
 * emitted twice, as read (`…Input`) and as written, whether or not a route takes or answers them.
 */
export function withoutUnusedSchemas<T extends object>(doc: T): T {
  const { components, ...rest } = doc as { components?: { schemas?: Record<string, unknown> } };
  const schemas = components?.schemas;
  if (!schemas) return doc;
  const used = schemaRefs({ ...rest, components: { ...components, schemas: undefined } }, new Set());
  // Then what the used schemas refer to, until nothing new turns up.
  for (let pending = [...used]; pending.length > 0;) {
    const next = schemaRefs(
      pending.map((name) => schemas[name]),
      new Set(),
    );
    pending = [...next].filter((name) => !used.has(name));
    for (const name of pending) used.add(name);
  }
  // By name: the order zod registers them in depends on what the process loaded first, and the
  // generated client types must not change with it.
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => used.has(name))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { ...doc, components: { ...components, schemas: kept } } as T;
}
