// The bench's yardstick: the smallest server that answers the storefront's priced page. Plain
// node:http, one pg pool the size of Tessera's (pg's default 10) and one hand-written statement
// that builds the whole response as JSON in PostgreSQL (json_agg): the key's channels, a page of
// 20 of the products sold there, their total, each product's variants and each variant's EUR
// price (the cheaper of its default price and an active sale list's). No GraphQL, no ORM, no
// auth beyond the key: what Tessera's figures are divided by.
// Started by bench/run.ts as a child process: `DATABASE_URL=… PORT=… node --import tsx bench/baseline-server.ts`.
import { createServer } from "node:http";
import pg from "pg";

const PAGE_SQL = `
WITH key AS (
  SELECT sales_channel_ids FROM api_key
  WHERE token = $1 AND type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL),
visible AS (
  SELECT p.id, p.title, p.handle, p.thumbnail FROM product p
  WHERE p.deleted_at IS NULL AND p.status = 'published' AND EXISTS (
    SELECT 1 FROM link_product_sales_channel l, key
    WHERE l.product_id = p.id AND l.deleted_at IS NULL AND l.sales_channel_id = ANY(key.sales_channel_ids))),
page AS (SELECT * FROM visible ORDER BY id LIMIT 20 OFFSET $2)
SELECT json_build_object('data', json_build_object('products', json_build_object(
  'totalCount', (SELECT count(*) FROM visible),
  'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
    'id', pg.id, 'title', pg.title, 'handle', pg.handle, 'thumbnail', pg.thumbnail,
    'variants', (SELECT COALESCE(json_agg(json_build_object(
      'id', v.id, 'title', v.title, 'sku', v.sku,
      'calculatedPrice', (
        SELECT json_build_object('calculatedAmount', least(d.amount, s.amount)::text, 'originalAmount', d.amount::text,
          'currencyCode', 'eur', 'isCalculatedPricePriceList', coalesce(s.amount <= d.amount, false))
        FROM link_product_variant_price_set lv
        CROSS JOIN LATERAL (SELECT min(amount) AS amount FROM price
          WHERE price_set_id = lv.price_set_id AND currency_code = 'eur' AND price_list_id IS NULL
            AND rules_count = 0 AND deleted_at IS NULL) d
        CROSS JOIN LATERAL (SELECT min(pr.amount) AS amount FROM price pr
          JOIN price_list pl ON pl.id = pr.price_list_id AND pl.status = 'active' AND pl.type = 'sale' AND pl.deleted_at IS NULL
            AND (pl.starts_at IS NULL OR pl.starts_at <= now()) AND (pl.ends_at IS NULL OR pl.ends_at > now())
          WHERE pr.price_set_id = lv.price_set_id AND pr.currency_code = 'eur' AND pr.deleted_at IS NULL) s
        WHERE lv.product_variant_id = v.id AND lv.deleted_at IS NULL LIMIT 1)
    ) ORDER BY v.variant_rank, v.id), '[]'::json)
    FROM product_variant v WHERE v.product_id = pg.id AND v.deleted_at IS NULL)
  )) ORDER BY pg.id) FROM page pg), '[]'::json)))) ::text AS body`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const token = req.headers["x-publishable-api-key"];
    const { offset } = JSON.parse(Buffer.concat(chunks).toString() || "{}") as { offset?: number };
    pool.query<{ body: string }>(PAGE_SQL, [token, offset ?? 0]).then(
      ({ rows }) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(rows[0]?.body);
      },
      (error: Error) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(error.message);
      },
    );
  });
});

server.listen(Number(process.env.PORT), "127.0.0.1", () =>
  console.log(`Baseline: http://127.0.0.1:${process.env.PORT}/`),
);
process.on("SIGTERM", () => {
  server.close();
  void pool.end();
});
