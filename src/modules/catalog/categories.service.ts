import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../shared/db/database.js';
import { queryRows } from '../../shared/db/database.js';
import { sqlState, UNIQUE_VIOLATION } from '../../shared/db/errors.js';
import { ValidationError } from '../../shared/errors.js';
import { CategoryInUseError, CategoryNotFoundError, DuplicateError } from './catalog.errors.js';
import { categories } from './catalog.tables.js';

export type CategoryRow = typeof categories.$inferSelect;

export interface CategoryNode {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  path: string;
  position: number;
  /** Products with at least one visible offer in this category and below. */
  productCount: number;
  children: CategoryNode[];
}

export interface CategoryInput {
  slug: string;
  name: string;
  parentId?: string | null | undefined;
  position?: number | undefined;
}

/** The category tree; admins edit it. */
export class CategoriesService {
  constructor(
    private readonly db: Db,
    /** Where the public tree is read: a replica when there is one (docs/adr/0015). */
    private readonly readDb: Db = db,
  ) {}

  async tree(): Promise<CategoryNode[]> {
    const rows = await this.readDb.select().from(categories).orderBy(asc(categories.position), asc(categories.name));
    // Counted per leaf path once, then summed up the tree: one query however deep the tree is.
    const counts = await queryRows<{ path: string; n: number }>(
      this.readDb,
      sql`select category_path as path, count(*)::int as n from catalog.product_listing where offer_count > 0 group by 1`,
    );
    const nodes = new Map<string, CategoryNode>(
      rows.map((r) => [r.id, { ...r, productCount: 0, children: [] as CategoryNode[] }]),
    );
    for (const { path, n } of counts) {
      for (const node of nodes.values()) if (path.startsWith(node.path)) node.productCount += n;
    }
    const roots: CategoryNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentId ? nodes.get(node.parentId) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }

  /** A category by id or slug, or null. */
  async find(idOrSlug: string): Promise<CategoryRow | null> {
    const isUuid = /^[0-9a-f-]{36}$/i.test(idOrSlug);
    const [row] = await this.db
      .select()
      .from(categories)
      .where(isUuid ? eq(categories.id, idOrSlug) : eq(categories.slug, idOrSlug))
      .limit(1);
    return row ?? null;
  }

  async create(input: CategoryInput): Promise<CategoryRow> {
    return this.db.transaction(async (tx) => {
      const parent = input.parentId ? await requireCategory(tx, input.parentId, 'parentId') : null;
      try {
        const [row] = await tx
          .insert(categories)
          .values({
            slug: input.slug,
            name: input.name,
            parentId: parent?.id ?? null,
            path: `${parent?.path ?? '/'}${input.slug}/`,
            position: input.position ?? 0,
          })
          .returning();
        return row!;
      } catch (err) {
        if (sqlState(err) === UNIQUE_VIOLATION) throw new DuplicateError('CATALOG.SLUG_TAKEN', 'this slug is taken');
        throw err;
      }
    });
  }

  /** Renaming a slug or moving a category rewrites the paths of its whole subtree. */
  async update(id: string, patch: Partial<CategoryInput>): Promise<CategoryRow> {
    return this.db.transaction(async (tx) => {
      const [current] = await tx.select().from(categories).where(eq(categories.id, id)).for('update');
      if (!current) throw new CategoryNotFoundError();
      let parentPath = current.path.slice(0, current.path.length - current.slug.length - 1);
      let parentId = current.parentId;
      if (patch.parentId !== undefined) {
        const parent = patch.parentId ? await requireCategory(tx, patch.parentId, 'parentId') : null;
        if (parent && parent.path.startsWith(current.path)) {
          throw new ValidationError([{ path: 'parentId', message: 'a category cannot move under itself' }]);
        }
        parentPath = parent?.path ?? '/';
        parentId = parent?.id ?? null;
      }
      const slug = patch.slug ?? current.slug;
      const path = `${parentPath}${slug}/`;
      try {
        const [row] = await tx
          .update(categories)
          .set({ slug, parentId, path, name: patch.name ?? current.name, position: patch.position ?? current.position })
          .where(eq(categories.id, id))
          .returning();
        if (path !== current.path) {
          const rewrite = (col: string) => sql`${path} || substr(${sql.raw(col)}, ${current.path.length + 1})`;
          await tx.execute(
            sql`update catalog.categories set path = ${rewrite('path')} where path like ${current.path + '%'} and id <> ${id}::uuid`,
          );
          await tx.execute(
            sql`update catalog.product_listing set category_path = ${rewrite('category_path')} where category_path like ${current.path + '%'}`,
          );
        }
        return row!;
      } catch (err) {
        if (sqlState(err) === UNIQUE_VIOLATION) throw new DuplicateError('CATALOG.SLUG_TAKEN', 'this slug is taken');
        throw err;
      }
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [current] = await tx.select().from(categories).where(eq(categories.id, id)).for('update');
      if (!current) throw new CategoryNotFoundError();
      const [use] = await queryRows<{ products: number; children: number }>(
        tx,
        sql`select (select count(*)::int from catalog.products where category_id = ${id}::uuid) as products,
                   (select count(*)::int from catalog.categories where parent_id = ${id}::uuid) as children`,
      );
      if (use!.products > 0 || use!.children > 0) throw new CategoryInUseError(use!.products, use!.children);
      await tx.delete(categories).where(eq(categories.id, id));
    });
  }
}

/** The category a request names in `field`; a missing one is a validation error on that field. */
export async function requireCategory(ex: Executor, id: string, field: string): Promise<CategoryRow> {
  const [row] = await ex.select().from(categories).where(eq(categories.id, id)).limit(1);
  if (!row) throw new ValidationError([{ path: field, message: 'no such category' }]);
  return row;
}
