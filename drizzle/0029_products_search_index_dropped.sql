-- Search reads the copy of the document in product_listing (migration 0028): this index only
-- cost every card written (a price list creating 100 000 cards writes it 100 000 times).
DROP INDEX "catalog"."products_search_idx";
