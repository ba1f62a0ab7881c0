-- Quantities are positive and what happened to them never exceeds them; discounts are positive amounts.
ALTER TABLE "order_line_item" ADD CONSTRAINT "CHK_order_line_item_quantity" CHECK ("quantity" > 0);
ALTER TABLE "order_line_item" ADD CONSTRAINT "CHK_order_line_item_fulfilled" CHECK ("fulfilled_quantity" >= 0 AND "fulfilled_quantity" <= "quantity");
ALTER TABLE "order_line_item_adjustment" ADD CONSTRAINT "CHK_order_line_item_adjustment_amount" CHECK ("amount" >= 0);
ALTER TABLE "order_shipping_method_adjustment" ADD CONSTRAINT "CHK_order_shipping_method_adjustment_amount" CHECK ("amount" >= 0);
