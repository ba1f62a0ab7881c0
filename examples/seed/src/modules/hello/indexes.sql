-- The seed's composite index with a where clause: on (name, age) for rows whose age is set.
CREATE INDEX "IDX_my_custom_name_age" ON "my_custom" ("name", "age") WHERE "age" IS NOT NULL AND "deleted_at" IS NULL;
