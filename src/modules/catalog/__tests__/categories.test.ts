import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { CATALOG, CatalogFixtures, tag, type CategoryJson } from '../../../../test/fixtures/catalog.js';

let ctx: TestContext;
let fx: CatalogFixtures;
let admin: Account;
let seller: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new CatalogFixtures(ctx);
  admin = await ctx.make.admin();
  seller = await ctx.make.seller();
});
afterAll(() => ctx.close());

interface TreeNode extends CategoryJson {
  productCount: number;
  children: TreeNode[];
}

async function tree(): Promise<TreeNode[]> {
  const res = await ctx.request({ method: 'GET', url: `${CATALOG}/categories` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

function find(nodes: TreeNode[], id: string): TreeNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const below = find(n.children, id);
    if (below) return below;
  }
  return undefined;
}

async function node(id: string): Promise<TreeNode> {
  const n = find(await tree(), id);
  expect(n, `category ${id} in the tree`).toBeDefined();
  return n!;
}

const asAdmin = (opts: InjectOptions) => ctx.request({ ...opts, token: admin.accessToken });
const patch = (id: string, payload: object) =>
  asAdmin({ method: 'PATCH', url: `${CATALOG}/categories/${id}`, payload });
const remove = (id: string) => asAdmin({ method: 'DELETE', url: `${CATALOG}/categories/${id}` });

/** A product in `categoryId` that customers can buy: an active offer with stock. */
async function onSale(categoryId: string) {
  return fx.listed(seller, { product: { categoryId } });
}

describe('GET /categories', () => {
  it('nests children and counts, up the tree, only products with a visible offer', async () => {
    const root = await fx.category({ name: 'Стеновые материалы' });
    const brick = await fx.category({ parentId: root.id, name: 'Кирпич' });
    const facing = await fx.category({ parentId: brick.id, name: 'Облицовочный кирпич' });
    const blocks = await fx.category({ parentId: root.id, name: 'Газобетон' });

    await onSale(facing.id); // visible: active, in stock
    const noStock = await fx.product(seller, { categoryId: blocks.id });
    await fx.offer(seller, noStock.id); // an offer without stock is not on sale
    const paused = await fx.listed(seller, { product: { categoryId: brick.id }, offer: { status: 'paused' } });
    await fx.product(seller, { categoryId: brick.id }); // a card nobody offers
    const backorder = await fx.product(seller, { categoryId: blocks.id });
    await fx.offer(seller, backorder.id, { backorder: true }); // sold to order: on sale without stock

    const items = await tree();
    const r = find(items, root.id)!;
    expect(items.map((n) => n.id)).toContain(root.id); // a root is at the top level
    expect(r).toMatchObject({ slug: root.slug, path: `/${root.slug}/`, parentId: null });
    expect(r.children.map((c) => c.id).sort()).toEqual([brick.id, blocks.id].sort());
    const b = r.children.find((c) => c.id === brick.id)!;
    expect(b.children.map((c) => c.id)).toEqual([facing.id]);
    expect(b.children[0]).toMatchObject({ path: `/${root.slug}/${brick.slug}/${facing.slug}/`, children: [] });

    expect(find(items, facing.id)!.productCount).toBe(1);
    expect(find(items, brick.id)!.productCount).toBe(1);
    expect(find(items, blocks.id)!.productCount).toBe(1);
    expect(r.productCount).toBe(2);

    // Resuming the paused offer puts its product on sale, and the counts follow.
    const res = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/offers/${paused.offer.id}`,
      token: seller.accessToken,
      payload: { status: 'active' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await node(brick.id)).productCount).toBe(2);
    expect((await node(root.id)).productCount).toBe(3);
  });

  it('needs no token', async () => {
    const res = await ctx.request({ method: 'GET', url: `${CATALOG}/categories` });
    expect(res.statusCode).toBe(200);
  });
});

describe('admin category writes', () => {
  it('creates, renames and deletes a category', async () => {
    const parent = await fx.category();
    const slug = `cement-${tag()}`;
    const created = await asAdmin({
      method: 'POST',
      url: `${CATALOG}/categories`,
      payload: { slug, name: 'Цемент', parentId: parent.id, position: 3 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ slug, name: 'Цемент', parentId: parent.id, path: `${parent.path}${slug}/`, position: 3 });

    const renamed = await patch(c.id, { name: 'Цемент и сухие смеси' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Цемент и сухие смеси', slug, path: c.path });
    expect((await node(c.id)).name).toBe('Цемент и сухие смеси');

    const gone = await remove(c.id);
    expect(gone.statusCode, gone.body).toBe(204);
    expect(find(await tree(), c.id)).toBeUndefined();
    expectProblem(await remove(c.id), 404, 'CATALOG.CATEGORY_NOT_FOUND');
  });

  it("a card is found by its category's and its parent's names, and by a category's new name once renamed", async () => {
    const root = await fx.category({ name: 'Теплоизоляция' });
    const leaf = await fx.category({ parentId: root.id, name: 'Базальтовые плиты' });
    const { product } = await onSale(leaf.id);
    const found = async (q: string) =>
      (await ctx.request({ method: 'GET', url: `${CATALOG}/products?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await found('базальтовые плиты')).toContain(product.id);
    expect(await found('теплоизоляция')).toContain(product.id);
    expect((await patch(root.id, { name: 'Утепление фасадов' })).statusCode).toBe(200);
    expect(await found('утепление фасадов')).toContain(product.id);
    expect(await found('теплоизоляция')).not.toContain(product.id);
  });

  it('answers 403 to customers and sellers and 401 without a token; nothing changes', async () => {
    const target = await fx.category();
    const customer = await ctx.make.customer();
    const calls: InjectOptions[] = [
      { method: 'POST', url: `${CATALOG}/categories`, payload: { slug: `x-${tag()}`, name: 'X' } },
      { method: 'PATCH', url: `${CATALOG}/categories/${target.id}`, payload: { name: 'Взлом' } },
      { method: 'DELETE', url: `${CATALOG}/categories/${target.id}` },
    ];
    for (const call of calls) {
      for (const who of [customer, seller]) {
        expectProblem(await ctx.request({ ...call, token: who.accessToken }), 403, 'AUTH.FORBIDDEN');
      }
      expectProblem(await ctx.request(call), 401, 'AUTH.UNAUTHENTICATED');
    }
    expect((await node(target.id)).name).toBe(target.name);
  });

  it('refuses a taken slug with 409 CATALOG.SLUG_TAKEN, on create and on rename', async () => {
    const a = await fx.category();
    const b = await fx.category({ parentId: a.id });
    const dup = await asAdmin({ method: 'POST', url: `${CATALOG}/categories`, payload: { slug: a.slug, name: 'Д' } });
    expectProblem(dup, 409, 'CATALOG.SLUG_TAKEN');
    // Slugs are unique across the whole tree, not only among siblings.
    const nested = await asAdmin({
      method: 'POST',
      url: `${CATALOG}/categories`,
      payload: { slug: b.slug, name: 'Д', parentId: null },
    });
    expectProblem(nested, 409, 'CATALOG.SLUG_TAKEN');
    expectProblem(await patch(b.id, { slug: a.slug }), 409, 'CATALOG.SLUG_TAKEN');
    expect((await node(b.id)).slug).toBe(b.slug);
  });

  it('answers 400 naming the field for a bad slug, name, parent or id', async () => {
    for (const slug of ['Кирпич', 'Brick', 'a_b', '-a', 'a-', 'a--b', 'a b', '']) {
      const res = await asAdmin({ method: 'POST', url: `${CATALOG}/categories`, payload: { slug, name: 'Имя' } });
      expect(errorPaths(res), slug).toContain('slug');
    }
    const noName = await asAdmin({ method: 'POST', url: `${CATALOG}/categories`, payload: { slug: `n-${tag()}` } });
    expect(errorPaths(noName)).toContain('name');
    const orphan = await asAdmin({
      method: 'POST',
      url: `${CATALOG}/categories`,
      payload: { slug: `o-${tag()}`, name: 'Сирота', parentId: randomUUID() },
    });
    expect(errorPaths(orphan)).toEqual(['parentId']);
    const c = await fx.category();
    expect(errorPaths(await patch(c.id, { slug: 'Не слаг' }))).toContain('slug');
    expect(errorPaths(await patch('not-a-uuid', { name: 'x' }))).toContain('id');
    expectProblem(await patch(randomUUID(), { name: 'Нет такой' }), 404, 'CATALOG.CATEGORY_NOT_FOUND');
  });
});

describe('moving a category', () => {
  it('rewrites the paths of its subtree, and products below are counted under the new parent', async () => {
    const from = await fx.category({ name: 'Откуда' });
    const to = await fx.category({ name: 'Куда' });
    const mid = await fx.category({ parentId: from.id });
    const leaf = await fx.category({ parentId: mid.id });
    await onSale(leaf.id);
    expect((await node(from.id)).productCount).toBe(1);

    const moved = await patch(mid.id, { parentId: to.id });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: to.id, path: `/${to.slug}/${mid.slug}/` });

    const items = await tree();
    expect(find(items, from.id)).toMatchObject({ productCount: 0, children: [] });
    expect(find(items, to.id)!.productCount).toBe(1);
    expect(find(items, leaf.id)).toMatchObject({ path: `/${to.slug}/${mid.slug}/${leaf.slug}/`, productCount: 1 });

    // The moved subtree keeps working: new children and new products land under the new path.
    const deeper = await fx.category({ parentId: leaf.id });
    expect(deeper.path).toBe(`/${to.slug}/${mid.slug}/${leaf.slug}/${deeper.slug}/`);
    await onSale(deeper.id);
    expect((await node(to.id)).productCount).toBe(2);
    expect((await node(mid.id)).productCount).toBe(2);

    // A new slug also rewrites the paths below.
    const slug = `renamed-${tag()}`;
    expect((await patch(mid.id, { slug })).statusCode).toBe(200);
    expect((await node(deeper.id)).path).toBe(`/${to.slug}/${slug}/${leaf.slug}/${deeper.slug}/`);
    expect((await node(to.id)).productCount).toBe(2);

    // To the top level.
    const top = await patch(mid.id, { parentId: null });
    expect(top.json()).toMatchObject({ parentId: null, path: `/${slug}/` });
    expect((await tree()).find((n) => n.id === mid.id)?.productCount).toBe(2);
    expect((await node(to.id)).productCount).toBe(0);
  });

  it('refuses to move a category under itself or under its own descendant (400 naming parentId)', async () => {
    const a = await fx.category();
    const b = await fx.category({ parentId: a.id });
    const c = await fx.category({ parentId: b.id });
    expect(errorPaths(await patch(a.id, { parentId: a.id }))).toEqual(['parentId']);
    expect(errorPaths(await patch(a.id, { parentId: c.id }))).toEqual(['parentId']);
    expect(errorPaths(await patch(a.id, { parentId: randomUUID() }))).toEqual(['parentId']);
    expect((await node(c.id)).path).toBe(`/${a.slug}/${b.slug}/${c.slug}/`);
  });
});

describe('DELETE /categories/{id}', () => {
  it('is refused with 409 CATALOG.CATEGORY_IN_USE while the category has products or children', async () => {
    const parent = await fx.category();
    const child = await fx.category({ parentId: parent.id });
    const product = await fx.product(seller, { categoryId: child.id }); // a card with no offer still uses it

    const withChild = expectProblem(await remove(parent.id), 409, 'CATALOG.CATEGORY_IN_USE');
    expect(withChild).toMatchObject({ products: 0, children: 1 });
    const withProduct = expectProblem(await remove(child.id), 409, 'CATALOG.CATEGORY_IN_USE');
    expect(withProduct).toMatchObject({ products: 1, children: 0 });
    expect((await node(child.id)).id).toBe(child.id);

    // Once the product moves elsewhere the child can go, and then the parent.
    const other = await fx.category();
    const moved = await ctx.request({
      method: 'PATCH',
      url: `${CATALOG}/products/${product.id}`,
      token: seller.accessToken,
      payload: { categoryId: other.id },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await remove(child.id)).statusCode).toBe(204);
    expect((await remove(parent.id)).statusCode).toBe(204);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expectProblem(await remove(randomUUID()), 404, 'CATALOG.CATEGORY_NOT_FOUND');
    expect(errorPaths(await remove('42'))).toContain('id');
  });
});
