-- Live names are unique as in Medusa (a profile, a fulfillment set, a service zone); kinds are closed sets.
CREATE UNIQUE INDEX "IDX_shipping_profile_name_unique" ON "shipping_profile" ("name") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_fulfillment_set_name_unique" ON "fulfillment_set" ("name") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "IDX_service_zone_name_unique" ON "service_zone" ("name") WHERE "deleted_at" IS NULL;
ALTER TABLE "fulfillment_set" ADD CONSTRAINT "CHK_fulfillment_set_type" CHECK ("type" IN ('shipping', 'pickup'));
ALTER TABLE "geo_zone" ADD CONSTRAINT "CHK_geo_zone_type" CHECK ("type" IN ('country', 'province', 'city', 'zip'));
ALTER TABLE "shipping_option" ADD CONSTRAINT "CHK_shipping_option_price_type" CHECK ("price_type" IN ('flat', 'calculated'));
