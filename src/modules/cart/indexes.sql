-- Quantities are positive; amounts of adjustments never negative (a discount is a positive amount subtracted).
ALTER TABLE "cart_line_item" ADD CONSTRAINT "CHK_cart_line_item_quantity" CHECK ("quantity" > 0);
ALTER TABLE "cart_line_item_adjustment" ADD CONSTRAINT "CHK_cart_line_item_adjustment_amount" CHECK ("amount" >= 0);
ALTER TABLE "cart_shipping_method_adjustment" ADD CONSTRAINT "CHK_cart_shipping_method_adjustment_amount" CHECK ("amount" >= 0);
