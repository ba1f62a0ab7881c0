import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminUser } from "../../../src/framework/cli/auth-commands.ts";
import { resolveConfig } from "../../../src/framework/config/load-config.ts";
import { buildAdmin } from "../../../src/framework/http/admin.ts";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import { createStep, createWorkflow, WorkflowResponse } from "../../../src/framework/workflows/index.ts";
import { checkoutConfig } from "../../../test/fixtures/checkout.ts";
import seedConfig from "../tessera.config.ts";
import { fixtureProject, openBrowser, shot as shotOf } from "./fixtures/admin-browser.ts";
import { type PlacedOrder, placeOrder, seedOrderShop } from "./fixtures/admin-order.ts";

// The dashboard in a real browser against the example project's server: the core pages and the
// seed's six admin examples. One build, one server, one browser for the file.
// A dot folder, as the default .tessera/admin is: the server must serve files under one.
const outDir = mkdtempSync(path.join(tmpdir(), ".tessera-admin-"));
const email = "browser-admin@tessera.test";
const password = "correct horse battery staple";
const projectRoot = fixtureProject();

// A long-running workflow the runs page follows: its async step waits for the admin.
const approval = createStep({ name: "approval", async: true }, async () => undefined);
const approvalFlow = createWorkflow("admin-approval", () => new WorkflowResponse(approval()));

let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  await buildAdmin(resolveConfig(seedConfig), projectRoot, outDir);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(projectRoot, { recursive: true, force: true });
});

/** A form's values by label: text for inputs, a choice's label for selects, booleans for checkboxes. */
type FormInput = Record<string, string | boolean>;

async function fill(values: FormInput) {
  for (const [label, value] of Object.entries(values)) {
    const control = page.getByLabel(label, { exact: true });
    if (typeof value === "boolean") await control.setChecked(value);
    else if ((await control.evaluate((e) => e.tagName)) === "SELECT") await control.selectOption({ label: value });
    else await control.fill(value);
  }
}

/** One record kind's round trip through the shared list, detail and form pages. */
interface ResourceCase {
  /** The sidebar item and the list's heading. */
  title: string;
  singular: string;
  create: FormInput;
  /** The detail page's heading once created, and its link's name in the list. */
  heading: string;
  listed: string;
  /** Text the detail page shows after the create, and after the edit. */
  shows: string;
  edit?: FormInput;
  edited?: string;
}

// expect.poll gives up after one second by default: too short on a loaded machine.
const polled = { timeout: 30_000 };

const shot = (name: string) => shotOf(page, name);

/** The order page's summary figure for `label` ("Refunded"). */
const summaryValue = (label: string) =>
  page
    .locator('dl[aria-label="Summary"] > div')
    .filter({ has: page.getByRole("term").getByText(label, { exact: true }) })
    .getByRole("definition");

integrationTestRunner({
  project: "examples/seed",
  // The payment module with the test provider: the orders the dashboard shows are paid with it.
  config: { ...seedConfig, modules: [...(seedConfig.modules ?? []), ...checkoutConfig.modules], admin: { outDir } },
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await createAdminUser(getContainer(), { email, password });
      base = `${api.url.replace("127.0.0.1", "localhost")}/app`;
      ({ browser, page } = await openBrowser());
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

      it("shows a broken widget's error in its zone while the rest of the page works", async () => {
        const zone = page.locator('[data-zone="product.list.after"]');
        await zone
          .getByRole("alert")
          .filter({ hasText: "widgets/broken-widget.tsx failed: This widget is broken on purpose" })
          .waitFor();
        // The widgets before the list still render, and the list's search still answers.
        await page.locator('[data-zone="product.list.before"]').getByText("You have 0 Product(s).").waitFor();
        await page.getByLabel("Search products").fill("nothing");
        await page.getByRole("button", { name: "Search" }).click();
        await page.getByText("No products match.").waitFor();
        await shot("broken-widget");
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
        await expect.poll(() => page.getByLabel("Title", { exact: true }).inputValue(), polled).toBe("Browser Tee");
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
        // Stock for the new variant: createProduct gave its managed variant an inventory item (its
        // SKU, linked, as Medusa's product workflow does); a warehouse gets a level of it.
        const container = getContainer();
        const [warehouse] = await container
          .resolve("stockLocation")
          .createLocationsWithAddress([{ name: "Browser Warehouse" }]);
        const inventory = container.resolve("inventory");
        const [item] = await inventory.listInventoryItems({ sku: "BT-S" });
        expect(item).toBeDefined();
        await inventory.createInventoryLevels({
          inventory_item_id: String(item?.id),
          location_id: String(warehouse?.id),
          stocked_quantity: 5,
        });

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
        await expect.poll(() => page.getByRole("row").count(), polled).toBe(2);
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

      // Campaigns come before promotions: the promotion picks the campaign.
      const resourceCases: ResourceCase[] = [
        {
          title: "Categories",
          singular: "category",
          create: { Name: "Shirts", Description: "Everything with sleeves" },
          heading: "Shirts",
          listed: "Shirts",
          shows: "Everything with sleeves",
          edit: { Description: "Tees and shirts", "Internal (hidden from customers)": true },
          edited: "Tees and shirts",
        },
        {
          title: "Collections",
          singular: "collection",
          create: { Title: "Summer 2026" },
          heading: "Summer 2026",
          listed: "Summer 2026",
          shows: "summer-2026",
          edit: { Handle: "summer-sale" },
          edited: "summer-sale",
        },
        {
          title: "Customer groups",
          singular: "customer group",
          create: { Name: "VIP" },
          heading: "VIP",
          listed: "VIP",
          shows: "No customers yet.",
        },
        {
          title: "Price lists",
          singular: "price list",
          create: { Title: "Black Friday", Description: "Deep cuts", Type: "Sale" },
          heading: "Black Friday",
          listed: "Black Friday",
          shows: "sale (shown as a discount)",
          edit: { Type: "Override", Status: "Active" },
          edited: "override",
        },
        {
          title: "Campaigns",
          singular: "campaign",
          create: { Name: "Summer push", Identifier: "SUMMER-PUSH", Budget: "Number of uses", "Budget limit": "100" },
          heading: "Summer push",
          listed: "Summer push",
          shows: "0 of 100 uses",
          edit: { Description: "Two weeks of deals" },
          edited: "Two weeks of deals",
        },
        {
          title: "Promotions",
          singular: "promotion",
          create: { Code: "SUMMER10", "Discount value": "10", Campaign: "Summer push", Status: "Active" },
          heading: "SUMMER10",
          listed: "SUMMER10",
          shows: "10% off items",
          edit: { "Discount value": "15" },
          edited: "15% off items",
        },
        {
          title: "Regions",
          singular: "region",
          create: { Name: "Browser Europe", "Currency code": "eur", Countries: "de, fr" },
          heading: "Browser Europe",
          listed: "Browser Europe",
          shows: "DE, FR",
          edit: { Name: "Browser EU", "Prices include tax": true },
          edited: "tax included",
        },
        {
          title: "Tax regions",
          singular: "tax region",
          create: {
            "Country code": "de",
            "Default rate name": "Standard",
            "Default rate code": "DE-STD",
            "Default rate (%)": "19",
          },
          heading: "Taxes in DE",
          listed: "DE",
          shows: "19% (Standard)",
        },
        {
          title: "Sales channels",
          singular: "sales channel",
          create: { Name: "Pop-up store", Description: "Weekend market" },
          heading: "Pop-up store",
          listed: "Pop-up store",
          shows: "Weekend market",
          edit: { Description: "Saturday market", "Disabled (no sales through this channel)": true },
          edited: "Saturday market",
        },
      ];

      for (const c of resourceCases)
        it(`creates, lists${c.edit ? " and edits" : ""} ${c.title.toLowerCase()}`, async () => {
          const nav = page.getByRole("navigation", { name: "Main" });
          await nav.getByRole("link", { name: c.title, exact: true }).click();
          await page.getByRole("heading", { name: c.title, level: 1 }).waitFor();
          await page.getByRole("link", { name: `Create ${c.singular}` }).click();
          await page.getByRole("heading", { name: `Create ${c.singular}`, level: 1 }).waitFor();
          await fill(c.create);
          await page.getByRole("button", { name: "Create", exact: true }).click();
          await page.getByRole("heading", { name: c.heading, level: 1 }).waitFor();
          await page.getByText(c.shows).first().waitFor();
          const name = c.title.toLowerCase().replace(/ /g, "-");
          await shot(`${name}-detail`);
          await nav.getByRole("link", { name: c.title, exact: true }).click();
          await page.getByRole("link", { name: c.listed, exact: true }).click();
          await page.getByRole("heading", { name: c.heading, level: 1 }).waitFor();
          if (!c.edit || !c.edited) return;
          await page.getByRole("link", { name: "Edit", exact: true }).click();
          await page.getByRole("heading", { name: `Edit ${c.heading}`, level: 1 }).waitFor();
          await shot(`${name}-edit`);
          await fill(c.edit);
          await page.getByRole("button", { name: "Save", exact: true }).click();
          await page.waitForURL((url) => !url.pathname.endsWith("/edit"));
          await page.getByText(c.edited).first().waitFor();
          await shot(`${name}-edited`);
        });

      it("shows a userError beside the field of a shared form", async () => {
        await page.goto(`${base}/collections/new`);
        await fill({ Title: "Summer again", Handle: "Not A Handle!" });
        await page.getByRole("button", { name: "Create", exact: true }).click();
        await page.locator("#handle-error").waitFor();
        expect(await page.getByLabel("Handle", { exact: true }).getAttribute("aria-invalid")).toBe("true");
        await shot("collection-create-error");
      });

      it("adds a tax rate to a tax region", async () => {
        await page.getByRole("link", { name: "Tax regions", exact: true }).click();
        await page.getByRole("link", { name: "DE", exact: true }).click();
        await fill({ "Rate name": "Reduced", "Rate code": "DE-RED", "Rate (%)": "7" });
        await page.getByRole("button", { name: "Add rate" }).click();
        await page.getByRole("cell", { name: "DE-RED" }).waitFor();
        await page.getByRole("cell", { name: "7%" }).waitFor();
        await shot("tax-region-rates");
      });

      it("adds a customer to a customer group", async () => {
        await getContainer().resolve("customer").createCustomers({ email: "vip@tessera.test", first_name: "Vera" });
        await page.getByRole("link", { name: "Customer groups", exact: true }).click();
        await page.getByRole("link", { name: "VIP", exact: true }).click();
        await page.getByLabel("Add customer").selectOption({ label: "vip@tessera.test" });
        await page.getByRole("button", { name: "Add to group" }).click();
        await page.getByRole("list", { name: "Customers in the group" }).getByText("vip@tessera.test").waitFor();
        await page.getByRole("link", { name: "Customer groups", exact: true }).click();
        await expect.poll(() => page.getByRole("row", { name: /VIP\s+1/ }).count(), polled).toBe(1);
      });

      it("lists users and invites a teammate, the invite's token shown once", async () => {
        await page.getByRole("link", { name: "Users", exact: true }).click();
        await page.getByRole("link", { name: email, exact: true }).waitFor();
        await page.getByLabel("Invite email").fill("teammate@tessera.test");
        await page.getByRole("button", { name: "Invite", exact: true }).click();
        expect(await page.getByTestId("invite-token").textContent()).toBeTruthy();
        await page.getByRole("table", { name: "Pending invites" }).getByText("teammate@tessera.test").waitFor();
        await shot("users");
        await page.reload();
        await page.getByRole("table", { name: "Pending invites" }).getByText("teammate@tessera.test").waitFor();
        expect(await page.getByTestId("invite-token").count()).toBe(0);
        await page.getByRole("link", { name: email, exact: true }).click();
        await page.getByRole("heading", { name: email, level: 1 }).waitFor();
      });

      it("lets an invited teammate set a name and password from the invite link, and logs them in", async () => {
        await page.getByRole("link", { name: "Users", exact: true }).click();
        await page.getByLabel("Invite email").fill("newcomer@tessera.test");
        await page.getByRole("button", { name: "Invite", exact: true }).click();
        const link = String(await page.getByTestId("invite-link").textContent());
        expect(link).toContain("/app/invite?token=");
        // The invitee's own browser: no admin session.
        const theirs = await browser.newContext({ viewport: { width: 390, height: 844 } });
        try {
          const invitee = await theirs.newPage();
          invitee.setDefaultTimeout(90_000);
          await invitee.goto(link.replace("127.0.0.1", "localhost"));
          await invitee.getByRole("heading", { name: "Join Tessera" }).waitFor();
          await invitee.getByLabel("First name").fill("Nina");
          await invitee.getByLabel("Last name").fill("Newcomer");
          await invitee.getByLabel("Password").fill("another horse battery staple");
          await shotOf(invitee, "accept-invite-phone");
          await invitee.getByRole("button", { name: "Accept invite" }).click();
          await invitee.getByRole("heading", { name: "Products", level: 1 }).waitFor();
          await invitee.getByRole("button", { name: "Menu" }).click();
          await invitee.getByText("newcomer@tessera.test").waitFor();
          // The invite is used up: the same link again is refused beside the form.
          await invitee.getByRole("button", { name: "Log out" }).click();
          await invitee.goto(link.replace("127.0.0.1", "localhost"));
          await invitee.getByLabel("Password").fill("another horse battery staple");
          await invitee.getByRole("button", { name: "Accept invite" }).click();
          await invitee.getByRole("alert").waitFor();
          await shotOf(invitee, "accept-invite-used");
        } finally {
          await theirs.close();
        }
        await page.reload();
        await page.getByRole("link", { name: "newcomer@tessera.test", exact: true }).waitFor();
      });

      it("adds a price to a price list from its page", async () => {
        await page.getByRole("link", { name: "Price lists", exact: true }).click();
        await page.getByRole("link", { name: "Black Friday", exact: true }).click();
        await page.getByText("No prices yet.").waitFor();
        await page.getByLabel("Variant").selectOption({ label: "Browser Tee · S (BT-S)" });
        await fill({ Currency: "eur", Amount: "not money" });
        await page.getByRole("button", { name: "Add price" }).click();
        await page.locator("#amount-error").waitFor();
        await fill({ Amount: "15" });
        await page.getByRole("button", { name: "Add price" }).click();
        const prices = page.getByRole("table", { name: "Prices" });
        await prices.getByRole("row", { name: /Browser Tee · S \(BT-S\)\s+15\.00 EUR/ }).waitFor();
        await page.getByLabel("Variant").selectOption({ label: "Browser Tee · M (BT-M)" });
        await fill({ Currency: "eur", Amount: "16", "From quantity": "3" });
        await page.getByRole("button", { name: "Add price" }).click();
        await prices.getByRole("cell", { name: "16.00 EUR" }).waitFor();
        // The first price stayed: the update replaces the list's prices with all of them.
        await prices.getByRole("cell", { name: "15.00 EUR" }).waitFor();
        await shot("price-list-prices");
      });

      it("deletes a record from its page after a confirmation", async () => {
        await page.getByRole("link", { name: "Collections", exact: true }).click();
        await page.getByRole("link", { name: "Summer 2026", exact: true }).click();
        await page.getByRole("button", { name: "Delete", exact: true }).click();
        const dialog = page.getByRole("dialog");
        await dialog.getByText("Delete the collection Summer 2026?").waitFor();
        await shot("delete-confirm");
        // Backing out keeps it.
        await dialog.getByRole("button", { name: "Keep" }).click();
        await page.getByRole("heading", { name: "Summer 2026", level: 1 }).waitFor();
        await page.getByRole("button", { name: "Delete", exact: true }).click();
        await dialog.getByRole("button", { name: "Delete", exact: true }).click();
        await page.getByRole("heading", { name: "Collections", level: 1 }).waitFor();
        await page.getByText("Nothing here yet.").waitFor();
      });

      it("refuses to delete yourself, beside the Delete button", async () => {
        await page.getByRole("link", { name: "Users", exact: true }).click();
        await page.getByRole("link", { name: email, exact: true }).click();
        await page.getByRole("button", { name: "Delete", exact: true }).click();
        await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();
        await page.getByRole("alert").filter({ hasText: "You cannot delete yourself" }).waitFor();
        await page.getByRole("heading", { name: email, level: 1 }).waitFor();
      });

      describe("orders", () => {
        let order: PlacedOrder;
        let other: PlacedOrder;
        beforeAll(async () => {
          // Placed as a storefront does: cart, address, shipping, test-provider payment, completion.
          const shop = await seedOrderShop(api, getContainer());
          order = await placeOrder(shop, "noor@tessera.test");
          other = await placeOrder(shop, "sam@tessera.test");
        }, 300_000);

        it("lists the placed orders and filters them by status", async () => {
          await page.goto(`${base}/orders`);
          await page.getByRole("heading", { name: "Orders", level: 1 }).waitFor();
          const row = page.getByRole("row", { name: new RegExp(`#${order.displayId}\\b`) });
          await row.getByText("noor@tessera.test").waitFor();
          await row.getByText("authorized").waitFor();
          await row.getByText(`${order.total} EUR`).waitFor();
          await shot("orders");
          await page.getByLabel("Status").selectOption({ label: "Canceled" });
          await page.getByText("Nothing here yet.").waitFor();
          await page.getByLabel("Status").selectOption({ label: "Pending" });
          await expect.poll(() => page.getByRole("row").count(), polled).toBe(3);
          await page.getByLabel("Search orders").fill("sam@");
          await page.getByRole("button", { name: "Search" }).click();
          await expect.poll(() => page.getByRole("row").count(), polled).toBe(2);
          await page.getByRole("link", { name: `#${other.displayId}`, exact: true }).waitFor();
        });

        it("shows an order and captures its payment: the status follows", async () => {
          await page.goto(`${base}/orders`);
          await page.getByRole("link", { name: `#${order.displayId}`, exact: true }).click();
          await page.getByRole("heading", { name: `Order #${order.displayId}`, level: 1 }).waitFor();
          await page.getByRole("table", { name: "Items" }).getByText("Order Tee").waitFor();
          const properties = page.locator("dl.properties").first();
          await properties.getByText("authorized").waitFor();
          await shot("order-detail");
          // More than is authorized: refused beside the amount.
          await page.getByLabel("Amount to capture (EUR)").fill("9999");
          await page.getByRole("button", { name: "Capture payment" }).click();
          await page.locator("#captureAmount-error").waitFor();
          expect(await page.getByLabel("Amount to capture (EUR)").getAttribute("aria-invalid")).toBe("true");
          await shot("order-capture-error");
          await page.getByLabel("Amount to capture (EUR)").fill("");
          await page.getByRole("button", { name: "Capture payment" }).click();
          await properties.getByText("captured").waitFor();
          const summary = page.getByRole("definition").filter({ hasText: `${order.total} EUR` });
          await expect.poll(() => summary.count(), polled).toBeGreaterThanOrEqual(2);
          await shot("order-captured");
        });

        it("fulfils and ships the order, then refuses to cancel it beside the button", async () => {
          await page.getByLabel("Ship from").selectOption({ label: "Order Warehouse" });
          await page.getByRole("button", { name: "Create fulfilment" }).click();
          const fulfilments = page.getByRole("list", { name: "Fulfilments" });
          await fulfilments.getByText("2 × Order Tee").waitFor();
          await page.locator("dl.properties").first().getByText("fulfilled").waitFor();
          await fulfilments.getByLabel("Tracking number").fill("TRACK-42");
          await fulfilments.getByRole("button", { name: "Create shipment" }).click();
          await fulfilments.getByText("tracking TRACK-42").waitFor();
          await page.locator("dl.properties").first().getByText("shipped").waitFor();
          await page.getByRole("button", { name: "Cancel order" }).click();
          await page.getByRole("dialog").getByRole("button", { name: "Cancel order" }).click();
          await page.getByRole("alert").waitFor();
          await shot("order-shipped");
        });

        it("refunds part of the captured payment, a refusal beside the amount", async () => {
          const refund = page.getByRole("form", { name: "Refund" });
          const amount = refund.getByLabel("Amount to refund (EUR)");
          await refund.getByText(`Captured and not refunded: ${order.total} EUR`).waitFor();
          // More than was captured: refused beside the amount, nothing refunded.
          await amount.fill("9999");
          await refund.getByRole("button", { name: "Refund" }).click();
          await page.locator("#refundAmount-error").waitFor();
          expect(await amount.getAttribute("aria-invalid")).toBe("true");
          await shot("order-refund-error");
          await amount.fill("10");
          await refund.getByLabel("Refund note").fill("Goodwill: late delivery");
          await refund.getByRole("button", { name: "Refund" }).click();
          await summaryValue("Refunded").getByText("10.00 EUR").waitFor();
          await page.getByRole("table", { name: "Payments" }).getByRole("cell", { name: "10.00 EUR" }).waitFor();
          expect(await page.locator("#refundAmount-error").count()).toBe(0);
          await shot("order-refunded");
        });

        it("requests a return of a shipped item and receives it: status and refund follow", async () => {
          await getContainer()
            .resolve("order")
            .createReturnReasons([{ value: "too-big", label: "Too big" }]);
          await page.reload();
          const request = page.getByRole("form", { name: "Request return" });
          const quantity = request.getByLabel("Return Order Tee (up to 2)");
          // More than shipped: refused beside the item.
          await quantity.fill("3");
          // Back to where it shipped from, unless another is picked.
          expect(await request.getByLabel("Return to").locator("option:checked").textContent()).toBe("Order Warehouse");
          await request.getByLabel("Reason").selectOption({ label: "Too big" });
          await request.getByRole("button", { name: "Request return" }).click();
          await expect.poll(() => quantity.getAttribute("aria-invalid"), polled).toBe("true");
          await request.locator(".field-error").waitFor();
          await shot("order-return-error");
          await quantity.fill("1");
          await request.getByRole("button", { name: "Request return" }).click();
          const returns = page.getByRole("table", { name: "Returns" });
          await returns.getByRole("row", { name: /1 × Order Tee\s+requested/ }).waitFor();
          await page.getByRole("form", { name: "Request return" }).getByLabel("Return Order Tee (up to 1)").waitFor();
          await shot("order-return-requested");

          const receive = page.getByRole("form", { name: /^Receive return / });
          expect(await receive.getByLabel("Receive Order Tee (1 expected)").inputValue()).toBe("1");
          expect(await receive.getByLabel("Put back in stock").isChecked()).toBe(true);
          await receive.getByRole("button", { name: "Receive return" }).click();
          const received = returns.getByRole("row", { name: /1 × Order Tee\s+received/ });
          await received.waitFor();
          expect(await page.getByRole("form", { name: /^Receive return / }).count()).toBe(0);
          // The receipt's worth went back through the payment, on top of the earlier 10.00.
          const worth = Number((await received.getByRole("cell").nth(2).textContent())?.replace(/[^\d.]/g, ""));
          expect(worth).toBeGreaterThan(0);
          await summaryValue("Refunded")
            .getByText(`${(10 + worth).toFixed(2)} EUR`)
            .waitFor();
          await shot("order-return-received");
        });

        it("cancels an order that has not shipped", async () => {
          await page.goto(`${base}/orders`);
          await page.getByRole("link", { name: `#${other.displayId}`, exact: true }).click();
          await page.getByRole("button", { name: "Cancel order" }).click();
          await page.getByRole("dialog").getByRole("button", { name: "Cancel order" }).click();
          await page.locator("dl.properties").first().getByText("canceled").first().waitFor();
          await page.getByText(/^Canceled /).waitFor();
          await shot("order-canceled");
        });

        it("shows the order page at a phone's width", async () => {
          await page.setViewportSize({ width: 390, height: 844 });
          await page.goto(`${base}/orders`);
          await page.getByRole("link", { name: `#${order.displayId}`, exact: true }).click();
          await page.getByRole("heading", { name: `Order #${order.displayId}`, level: 1 }).waitFor();
          await page.getByRole("table", { name: "Items" }).getByText("Order Tee").waitFor();
          await shot("phone-order-detail");
          await page.goto(`${base}/orders`);
          await page.getByRole("link", { name: `#${order.displayId}`, exact: true }).waitFor();
          await shot("phone-orders");
          await page.setViewportSize({ width: 1280, height: 800 });
        });
      });

      it("is usable at a phone's width: the sidebar is a menu", async () => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${base}/products`);
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("link", { name: "Regions", exact: true }).click();
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
