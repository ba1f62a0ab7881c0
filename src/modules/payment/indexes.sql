-- Amounts are never negative; a capture or refund moves money, so it is positive.
ALTER TABLE "payment_collection" ADD CONSTRAINT "CHK_payment_collection_amounts" CHECK ("amount" >= 0 AND "authorized_amount" >= 0 AND "captured_amount" >= 0 AND "refunded_amount" >= 0);
ALTER TABLE "payment_session" ADD CONSTRAINT "CHK_payment_session_amount" CHECK ("amount" >= 0);
ALTER TABLE "capture" ADD CONSTRAINT "CHK_capture_amount" CHECK ("amount" > 0);
ALTER TABLE "refund" ADD CONSTRAINT "CHK_refund_amount" CHECK ("amount" > 0);
