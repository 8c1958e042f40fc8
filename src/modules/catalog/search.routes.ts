import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sendJsonText } from '../../shared/http/json-text.js';
import { errorResponses } from '../../shared/http/problem.js';
import { searchQuery, searchResult } from './search.schemas.js';
import type { SearchService } from './search.service.js';

/** `GET /products`: public product search with filters, facets and keyset paging. */
export async function searchRoutes(app: FastifyInstance, s: { search: SearchService }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/products',
    {
      schema: {
        operationId: 'searchProducts',
        security: [],
        tags: ['catalog'],
        summary: 'Search products: text, filters, sorting, facets',
        description:
          'Only products with a visible offer (active, approved seller, in stock or on backorder) are found. ' +
          '`attr.<name>=<value>` filters by an attribute: repeat one name to accept any of its values; ' +
          'different names must all match. Facets and total cover the whole matching set.',
        querystring: searchQuery,
        response: { 200: searchResult, ...errorResponses(400) },
      },
    },
    // The database writes the answer's text; every search of the tests holds it to searchResult
    // (__tests__/search-fixture.ts).
    async (req, reply) => sendJsonText(reply, await s.search.search(req.query)),
  );
}
