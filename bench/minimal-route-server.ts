/**
 * The yardstick for the product page (bench/catalog.ts): the least a Fastify server on pg can do
 * for `GET /products/:id` — one pooled query reading one product row, sent as JSON, nothing else
 * (no validation, auth, logging or serializer schema). Started as a child by bench/minimal-route.ts.
 */
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
app.get('/health/ready', async () => ({ ok: true }));
app.get<{ Params: { id: string } }>('/products/:id', async (req, reply) => {
  const { rows } = await pool.query('select * from catalog.products where id = $1', [req.params.id]);
  if (!rows[0]) return reply.code(404).send({ status: 404 });
  return rows[0];
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
