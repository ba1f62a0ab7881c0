-- Currency codes are lowercase ISO 4217; minor units and cash rounding are never negative.
ALTER TABLE "currency" ADD CONSTRAINT "CHK_currency_digits" CHECK ("decimal_digits" >= 0 AND "rounding" >= 0);
