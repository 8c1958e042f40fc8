// House rule (ARCHITECTURE.md): a module is reached only through its index.ts; services and
// the shared kernel know nothing of HTTP frameworks or of business modules.
import { dirname, relative, resolve, sep } from 'node:path';

const MODULES_DIR = `src${sep}modules${sep}`;

function moduleOf(path) {
  const rel = relative(process.cwd(), path);
  if (!rel.startsWith(MODULES_DIR)) return null;
  const rest = rel.slice(MODULES_DIR.length).split(sep);
  return { name: rest[0], inner: rest.slice(1).join('/') };
}

const isShared = (path) => relative(process.cwd(), path).startsWith(`src${sep}shared${sep}`);

export default {
  rules: {
    'module-boundaries': {
      meta: {
        type: 'problem',
        docs: { description: 'Import other modules only through their index.ts; keep services free of Fastify' },
        schema: [],
        messages: {
          internals: "'{{source}}' reaches into module '{{module}}': import '{{module}}/index.js' instead",
          sharedToModule: "the shared kernel must not depend on module '{{module}}'",
          serviceHttp: "a service must not import '{{source}}': services know nothing of HTTP",
        },
      },
      create(context) {
        const file = context.filename;
        const from = moduleOf(file);
        const isService = /\.service\.ts$/.test(file);
        function check(node) {
          const source = node.source && node.source.value;
          if (typeof source !== 'string') return;
          if (isService && (source === 'fastify' || source.startsWith('@fastify/') || source === 'fastify-plugin')) {
            context.report({ node, messageId: 'serviceHttp', data: { source } });
            return;
          }
          if (!source.startsWith('.')) return;
          const target = resolve(dirname(file), source);
          const to = moduleOf(target);
          if (!to) return;
          if (isShared(file)) {
            context.report({ node, messageId: 'sharedToModule', data: { module: to.name } });
            return;
          }
          if (from && from.name === to.name) return;
          if (to.inner !== 'index.js' && to.inner !== 'index.ts' && to.inner !== 'index') {
            context.report({ node, messageId: 'internals', data: { source, module: to.name } });
          }
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};
