ALTER TABLE "api_key" ADD CONSTRAINT "CHK_api_key_type" CHECK ("type" IN ('publishable', 'secret'));
