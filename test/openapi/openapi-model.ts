/** The app's own OpenAPI document, read as a list of operations the generated tests walk. */
import type { FastifyInstance } from 'fastify';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  description?: string;
};

export type ParamLocation = 'path' | 'query' | 'header';

export interface Parameter {
  name: string;
  in: ParamLocation;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** "POST /api/v1/orders/{id}/cancel", as failures name it. */
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  body: { contentType: string; schema: JsonSchema; required: boolean } | null;
  /** required: a bearer token; optional: with or without one; none: no bearer token at all. */
  security: 'required' | 'optional' | 'none';
  /** Documented response statuses ("200", "404", …). */
  responses: string[];
  /** Names of the path parameters, in order. */
  pathParams: string[];
}

type Doc = {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Replaces every `$ref` with the schema it points to (refs here are local, to components.schemas). */
export function derefSchema(doc: Doc, schema: JsonSchema, seen: string[] = []): JsonSchema {
  if (schema.$ref) {
    if (seen.includes(schema.$ref)) return {};
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    return derefSchema(doc, target, [...seen, schema.$ref]);
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, derefSchema(doc, v, seen)]),
    );
  }
  if (schema.items) out.items = derefSchema(doc, schema.items, seen);
  if (typeof schema.additionalProperties === 'object') {
    out.additionalProperties = derefSchema(doc, schema.additionalProperties, seen);
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (schema[k]) out[k] = schema[k]!.map((s) => derefSchema(doc, s, seen));
  }
  return out;
}

/** Every operation of the document, in document order. */
export function operationsOf(document: unknown): Operation[] {
  const doc = document as Doc;
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const m of METHODS) {
      const op = item[m] as Record<string, unknown> | undefined;
      if (!op) continue;
      const rawParams = (op.parameters ?? []) as {
        name: string;
        in: string;
        required?: boolean;
        schema?: JsonSchema;
      }[];
      const parameters = rawParams
        .filter((p) => p.in === 'path' || p.in === 'query' || p.in === 'header')
        .map((p) => ({
          name: p.name,
          in: p.in as ParamLocation,
          required: p.required === true,
          schema: derefSchema(doc, p.schema ?? {}),
        }));
      const rb = op.requestBody as { required?: boolean; content: Record<string, { schema?: JsonSchema }> } | undefined;
      const contentType = rb ? Object.keys(rb.content)[0]! : null;
      const security = op.security as Record<string, unknown>[] | undefined;
      const bearer = security?.some((s) => 'bearerAuth' in s) ?? false;
      const anonymousToo = security?.some((s) => Object.keys(s).length === 0) ?? true;
      ops.push({
        id: `${m.toUpperCase()} ${path}`,
        method: m.toUpperCase() as Operation['method'],
        path,
        summary: String(op.summary ?? ''),
        description: String(op.description ?? ''),
        parameters,
        body:
          rb && contentType
            ? {
                contentType,
                schema: derefSchema(doc, rb.content[contentType]!.schema ?? {}),
                required: rb.required === true,
              }
            : null,
        security: !bearer ? 'none' : anonymousToo ? 'optional' : 'required',
        responses: Object.keys((op.responses ?? {}) as object),
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((g) => g[1]!),
      });
    }
  }
  return ops;
}

/** The document the app serves (the same object GET /openapi.json answers). */
export function appOperations(app: FastifyInstance): Operation[] {
  return operationsOf(app.swagger());
}

/** The path with its parameters filled in (values are URL-encoded unless `raw`). */
export function fillPath(path: string, values: Record<string, string>, raw: ReadonlySet<string> = new Set()): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for path parameter ${name} of ${path}`);
    return raw.has(name) ? v : encodeURIComponent(v);
  });
}
