// A collection's standing as the owner of the money reads it (Medusa's order payment statuses):
// refunded or partially, captured or partially, authorized or partially, requires_action,
// awaiting, canceled, not_paid. The same order of rules as the order module's paymentStatusOf,
// in SQL, so an admin list can filter by it in one statement.

/** SQL of the standing of the payment_collection row aliased `pc`. */
export const standingSql = `CASE
  WHEN pc.status = 'canceled' AND pc.captured_amount = 0 THEN 'canceled'
  WHEN pc.refunded_amount > 0 THEN CASE WHEN pc.refunded_amount >= pc.captured_amount THEN 'refunded' ELSE 'partially_refunded' END
  WHEN pc.captured_amount > 0 THEN CASE WHEN pc.captured_amount >= pc.amount THEN 'captured' ELSE 'partially_captured' END
  WHEN pc.authorized_amount > 0 THEN CASE WHEN pc.authorized_amount >= pc.amount THEN 'authorized' ELSE 'partially_authorized' END
  WHEN EXISTS (SELECT 1 FROM payment_session s WHERE s.payment_collection_id = pc.id AND s.deleted_at IS NULL AND s.status = 'requires_more') THEN 'requires_action'
  WHEN pc.status = 'awaiting' THEN 'awaiting'
  ELSE 'not_paid' END`;
