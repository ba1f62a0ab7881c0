import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminUser } from "../../../src/framework/cli/auth-commands.ts";
import { resolveConfig } from "../../../src/framework/config/load-config.ts";
import { buildAdmin } from "../../../src/framework/http/admin.ts";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import { createStep, createWorkflow, WorkflowResponse } from "../../../src/framework/workflows/index.ts";
import seedConfig from "../tessera.config.ts";

// The dashboard in a real browser (Debian's chromium driven by playwright-core; never a
// downloaded browser) against the example project's server: the core pages and the seed's six
// admin examples. One build, one server, one browser for the file.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const shots = path.resolve(import.meta.dirname, "../../../test-output/admin");
// A dot folder, as the default .tessera/admin is: the server must serve files under one.
const outDir = mkdtempSync(path.join(tmpdir(), ".tessera-admin-"));
const email = "browser-admin@tessera.test";
const password = "correct horse battery staple";

// A long-running workflow the runs page follows: its async step waits for the admin.
const approval = createStep({ name: "approval", async: true }, async () => undefined);
const approvalFlow = createWorkflow("admin-approval", () => new WorkflowResponse(approval()));

let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  await buildAdmin(resolveConfig(seedConfig), path.resolve(import.meta.dirname, ".."), outDir);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

integrationTestRunner({
  project: "examples/seed",
  config: { ...seedConfig, admin: { outDir } },
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await createAdminUser(getContainer(), { email, password });
      base = `${api.url.replace("127.0.0.1", "localhost")}/app`;
      browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // The whole suite shares two cores in CI: waits are on conditions, with room for a slow machine.
      page.setDefaultTimeout(90_000);
    });

    describe("the admin dashboard", () => {
      it("sends a visitor to the login page and logs in with email and password", async () => {
        await page.goto(`${base}/products`);
        await page.getByRole("heading", { name: "Log in to Tessera" }).waitFor();
        await page.getByLabel("Email").fill(email);
        await page.getByLabel("Password").fill("wrong password");
        await page.getByRole("button", { name: "Log in" }).click();
        await page.getByRole("alert").filter({ hasText: "Wrong email or password." }).waitFor();
        await shot("login");
        await page.getByLabel("Password").fill(password);
        await page.getByRole("button", { name: "Log in" }).click();
        await page.getByRole("heading", { name: "Products", level: 1 }).waitFor();
        expect(new URL(page.url()).pathname).toBe("/app/products");
      });

      it("shows the seed's list widgets, one with the count from a custom route", async () => {
        const zone = page.locator('[data-zone="product.list.before"]');
        await zone.getByRole("heading", { name: "Product Widget" }).waitFor();
        await zone.getByText("You have 0 Product(s).").waitFor();
        await shot("products-empty");
      });

      it("shows a userError beside the field it names", async () => {
        await page.getByRole("link", { name: "Create product" }).click();
        await page.getByLabel("Title", { exact: true }).fill("Duplicate handle");
        await page.getByLabel("Handle", { exact: true }).fill("Not A Valid Handle!");
        await page.getByLabel("Variant 1 Size value").fill("One size");
        await page.getByRole("button", { name: "Create", exact: true }).click();
        await page.locator("#handle-error").waitFor();
        expect(await page.getByLabel("Handle", { exact: true }).getAttribute("aria-invalid")).toBe("true");
        await shot("product-create-error");
      });

      it("creates a product with two variants and their prices", async () => {
        await page.goto(`${base}/products/new`);
        await page.getByLabel("Title", { exact: true }).fill("Browser Tee");
        await page.getByLabel("Handle", { exact: true }).fill("browser-tee");
        await page.getByLabel("Variant 1 Size value").fill("S");
        await page.getByLabel("Variant 1 SKU").fill("BT-S");
        await page.getByLabel("Variant 1 price EUR").fill("19.50");
        await page.getByLabel("Variant 1 price USD").fill("22");
        await page.getByRole("button", { name: "Add variant" }).click();
        await page.getByLabel("Variant 2 Size value").fill("M");
        await page.getByLabel("Variant 2 SKU").fill("BT-M");
        await page.getByLabel("Variant 2 price EUR").fill("21");
        await page.getByRole("button", { name: "Create", exact: true }).click();
        await page.getByRole("heading", { name: "Browser Tee", level: 1 }).waitFor();
        const variantS = page.getByRole("region", { name: "Variant S" });
        await variantS.getByText("19.50 EUR · 22.00 USD").waitFor();
        await page.getByRole("region", { name: "Variant M" }).getByText("21.00 EUR").waitFor();
        // The seed's details widget, with the product's title.
        await page
          .locator('[data-zone="product.details.before"]')
          .getByRole("heading", { name: "Product Widget Browser Tee" })
          .waitFor();
        await shot("product-detail");
      });

      it("edits the product", async () => {
        await page.getByRole("link", { name: "Edit" }).click();
        await expect.poll(() => page.getByLabel("Title", { exact: true }).inputValue()).toBe("Browser Tee");
        await page.getByLabel("Subtitle").fill("Soft cotton");
        await page.getByRole("button", { name: "Save" }).click();
        await page.getByText("Soft cotton").waitFor();
      });

      it("lists the new product, found by search", async () => {
        await page.getByRole("link", { name: "Products" }).click();
        await page.getByLabel("Search products").fill("browser");
        await page.getByRole("button", { name: "Search" }).click();
        await page.getByRole("link", { name: "Browser Tee" }).waitFor();
        await page.getByText("You have 1 Product(s).").waitFor();
        await shot("products");
      });

      it("edits a variant's stock at a location", async () => {
        // Stock for the new variant: a warehouse, an item with a level there, linked to it
        // (no mutation links a variant to an inventory item yet; the seed script does it so too).
        const container = getContainer();
        const [variant] = await container.resolve("product").listProductVariants({ sku: "BT-S" });
        const [warehouse] = await container
          .resolve("stockLocation")
          .createLocationsWithAddress([{ name: "Browser Warehouse" }]);
        const inventory = container.resolve("inventory");
        const item = await inventory.createInventoryItems({ sku: "BT-S", title: "S" });
        await inventory.createInventoryLevels({
          inventory_item_id: item.id,
          location_id: String(warehouse?.id),
          stocked_quantity: 5,
        });
        await container
          .resolve("link")
          .create({ product: { product_variant_id: String(variant?.id) }, inventory: { inventory_item_id: item.id } });

        await page.getByRole("link", { name: "Browser Tee" }).click();
        const variantS = page.getByRole("region", { name: "Variant S" });
        await variantS.getByText("Available: 5").waitFor();
        await variantS.getByLabel("Stock at Browser Warehouse").fill("42");
        await variantS.getByRole("button", { name: "Save stock" }).click();
        await variantS.getByText("Available: 42").waitFor();
        await shot("product-stock");
      });

      it("shows the product's event in the live activity feed", async () => {
        await page.getByRole("link", { name: "Activity" }).click();
        await page.getByText("Waiting for events…").waitFor();
        // The socket is open once the subscription's first event can arrive: retry the update until one does.
        const product = await getContainer().resolve("product").listProducts({ handle: "browser-tee" });
        const feed = page.getByRole("list", { name: "Events" });
        await expect
          .poll(
            async () => {
              await api.graphql(
                'mutation($id: ID!) { updateProduct(input: { id: $id, subtitle: "Live" }) { product { id } } }',
                {
                  id: String(product[0]?.id),
                },
              );
              return feed.getByText("product.updated").count();
            },
            { timeout: 30_000, interval: 1_000 },
          )
          .toBeGreaterThan(0);
        await feed.getByText(String(product[0]?.id)).first().waitFor();
        await shot("activity");
      });

      it("follows a long-running workflow and sets its waiting step's success", async () => {
        const { transaction } = await approvalFlow(getContainer()).run();
        await page.getByRole("link", { name: "Workflow runs" }).click();
        await page.getByLabel("Status").selectOption("waiting");
        await page.getByLabel("Workflow", { exact: true }).fill("admin-approval");
        await page.getByLabel("Workflow", { exact: true }).press("Enter");
        await expect.poll(() => page.getByRole("row").count()).toBe(2);
        await shot("workflow-runs");
        await page.getByRole("link", { name: "admin-approval" }).click();
        await page.getByText(transaction.transactionId).waitFor();
        const steps = page.getByRole("list", { name: "Steps" });
        await steps.getByText("waiting").waitFor();
        await shot("workflow-waiting");
        await page.getByRole("button", { name: "Set approval success" }).click();
        await page
          .getByRole("heading", { name: /admin-approval/ })
          .getByText("done")
          .waitFor();
        await shot("workflow-done");
      });

      it("adds the seed's UI route to the sidebar at /app/custom", async () => {
        await page.getByRole("link", { name: "Custom Route" }).click();
        await page.getByRole("heading", { name: "This is my custom route" }).waitFor();
        expect(new URL(page.url()).pathname).toBe("/app/custom");
        await shot("custom-route");
      });

      it("reads a path parameter at /app/custom/abc", async () => {
        await page.goto(`${base}/custom/abc`);
        await page.getByRole("heading", { name: "Passed ID: abc" }).waitFor();
        await shot("custom-param");
      });

      it("lists the seed's settings page and shows it at /app/settings/custom", async () => {
        await page.getByRole("link", { name: "Settings" }).click();
        await page.getByRole("link", { name: "Custom", exact: true }).click();
        await page.getByRole("heading", { name: "Custom Setting Page" }).waitFor();
        expect(new URL(page.url()).pathname).toBe("/app/settings/custom");
        await shot("settings-custom");
      });

      it("shows a secret API key once", async () => {
        await page.getByRole("link", { name: "API keys" }).click();
        await page.getByLabel("Key title").fill("Browser key");
        await page.getByRole("button", { name: "Create key" }).click();
        expect(await page.getByTestId("new-key").textContent()).toMatch(/^sk_/);
        await shot("api-keys");
        await page.reload();
        await page.getByRole("cell", { name: "Browser key", exact: true }).waitFor();
        expect(await page.getByTestId("new-key").count()).toBe(0);
      });

      it("lists regions, sales channels, locations, inventory and customers", async () => {
        for (const [link, heading] of [
          ["Regions", "Regions"],
          ["Sales channels", "Sales channels"],
          ["Locations", "Locations"],
          ["Inventory", "Inventory"],
          ["Customers", "Customers"],
        ] as const) {
          await page.getByRole("link", { name: link, exact: true }).click();
          await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
          await shot(link.toLowerCase().replace(/ /g, "-"));
        }
        await page.getByRole("link", { name: "Locations", exact: true }).click();
        await page.getByRole("cell", { name: "Browser Warehouse" }).waitFor();
      });

      it("is usable at a phone's width: the sidebar is a menu", async () => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${base}/products`);
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("link", { name: "Regions" }).click();
        await page.getByRole("heading", { name: "Regions", level: 1 }).waitFor();
        await page.goto(`${base}/products`);
        await shot("phone-products");
        await page.setViewportSize({ width: 1280, height: 800 });
      });

      it("sends to login when the session expires, and logs out", async () => {
        // The server no longer knows the session: the next request answers UNAUTHENTICATED.
        const cookies = await page.context().cookies();
        await page.context().clearCookies();
        await page.getByRole("link", { name: "Customers", exact: true }).click();
        await page.getByRole("heading", { name: "Log in to Tessera" }).waitFor();
        await page.context().addCookies(cookies);
        await page.goto(`${base}/products`);
        await page.getByRole("heading", { name: "Products", level: 1 }).waitFor();
        await page.getByRole("button", { name: "Log out" }).click();
        await page.getByRole("heading", { name: "Log in to Tessera" }).waitFor();
        await page.goto(`${base}/regions`);
        await page.getByRole("heading", { name: "Log in to Tessera" }).waitFor();
      });
    });
  },
});
