// The standing of payment collections as the owner of the money reads it (Medusa's order payment
// statuses): refunded or partially, captured or partially, authorized or partially,
// requires_action, awaiting, canceled, not_paid. The same rules as the order module's
// paymentStatusOf, in SQL, so an admin list filters by it inside its own statement.

/**
 * SQL aggregate of the standing of the payment_collection rows aliased `pc` taken together (an
 * order's collections; one collection when grouped by it): their amounts added up, a canceled
 * collection counting only when it captured something, none at all `not_paid`.
 */
export function standingSql(pc: string): string {
  const live = `(${pc}.status <> 'canceled' OR ${pc}.captured_amount > 0)`;
  const sum = (column: string) => `COALESCE(SUM(${pc}.${column}) FILTER (WHERE ${live}), 0)`;
  const [amount, authorized, captured, refunded] = [
    "amount",
    "authorized_amount",
    "captured_amount",
    "refunded_amount",
  ].map(sum);
  return `CASE
  WHEN COUNT(${pc}.id) = 0 THEN 'not_paid'
  WHEN COUNT(${pc}.id) FILTER (WHERE ${live}) = 0 THEN 'canceled'
  WHEN ${refunded} > 0 THEN CASE WHEN ${refunded} >= ${captured} THEN 'refunded' ELSE 'partially_refunded' END
  WHEN ${captured} > 0 THEN CASE WHEN ${captured} >= ${amount} THEN 'captured' ELSE 'partially_captured' END
  WHEN ${authorized} > 0 THEN CASE WHEN ${authorized} >= ${amount} THEN 'authorized' ELSE 'partially_authorized' END
  WHEN COALESCE(bool_or(${live} AND EXISTS (SELECT 1 FROM payment_session s WHERE s.payment_collection_id = ${pc}.id AND s.deleted_at IS NULL AND s.status = 'requires_more')), false) THEN 'requires_action'
  WHEN COALESCE(bool_or(${live} AND ${pc}.status = 'awaiting'), false) THEN 'awaiting'
  ELSE 'not_paid' END`;
}
