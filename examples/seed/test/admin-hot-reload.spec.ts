import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { WebSocket } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminUser } from "../../../src/framework/cli/auth-commands.ts";
import { integrationTestRunner } from "../../../src/framework/test-utils/runners.ts";
import seedConfig from "../tessera.config.ts";
import { logIn, openBrowser, shot } from "./fixtures/admin-browser.ts";

// `npm run dev`'s dashboard: Vite's dev server inside the app's server, its hot-reload socket on the
// server's own port. A widget in a temporary project is rewritten while the page is open, and the
// page shows the new text without reloading. One server, one browser for the file.
const projectRoot = mkdtempSync(path.join(tmpdir(), "tessera-admin-hot-"));
const widgetFile = path.join(projectRoot, "src/admin/widgets/hot-widget.tsx");
const credentials = { email: "hot-admin@tessera.test", password: "correct horse battery staple" };

/** A widget before the product list saying `text` and counting clicks; plain React, so the file needs no import path. */
const widget = (text: string) => `import { useState } from "react";

export const config = { zone: "product.list.before" };

export default function HotWidget() {
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" data-testid="hot-widget" onClick={() => setClicks((n) => n + 1)}>
      ${text}: {clicks}
    </button>
  );
}
`;

mkdirSync(path.dirname(widgetFile), { recursive: true });
writeFileSync(widgetFile, widget("Hot widget, first version"));

let browser: Browser;
let page: Page;

afterAll(async () => {
  await browser?.close();
  rmSync(projectRoot, { recursive: true, force: true });
});

integrationTestRunner({
  project: "examples/seed",
  config: seedConfig,
  admin: { dev: true, root: projectRoot },
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await createAdminUser(getContainer(), credentials);
      ({ browser, page } = await openBrowser());
    });

    describe("the dashboard in dev", () => {
      it("hot-reloads an edited widget over the server's own port, its state kept, without reloading the page", async () => {
        const origin = api.url.replace("127.0.0.1", "localhost");
        // Every socket the page opens: the hot-reload one must be on the server's port.
        const sockets: string[] = [];
        page.on("websocket", (socket) => sockets.push(socket.url()));
        // What the Vite client updated: only the widget's own module when it is its refresh boundary.
        const updated: string[] = [];
        page.on("console", (m) => {
          const [, file] = /^\[vite\] hot updated: (.+)$/.exec(m.text()) ?? [];
          if (file) updated.push(file);
        });
        // The Vite client says so once its socket is open; an edit before that would go unheard.
        const connected = page.waitForEvent("console", {
          predicate: (m) => m.text().includes("[vite] connected"),
          timeout: 180_000,
        });
        await logIn(page, `${origin}/app/products`, credentials, "Products");
        const hot = page.getByTestId("hot-widget");
        await expect.poll(() => hot.textContent(), { timeout: 90_000 }).toBe("Hot widget, first version: 0");
        await connected;
        // State before the edit: Fast Refresh keeps it.
        await hot.click();
        await hot.filter({ hasText: "first version: 1" }).waitFor({ timeout: 90_000 });
        // Set before the edit: a full reload would lose it.
        await page.evaluate(() => Object.assign(window, { beforeEdit: "still here" }));

        writeFileSync(widgetFile, widget("Hot widget, second version"));
        await hot.filter({ hasText: "Hot widget, second version: 1" }).waitFor({ timeout: 90_000 });
        expect(await page.evaluate(() => (window as unknown as { beforeEdit?: string }).beforeEdit)).toBe("still here");
        // Fast Refresh took the widget alone: its `config` export did not send the update up to the app.
        expect(updated.map((file) => path.basename(file))).toEqual(["hot-widget.tsx"]);
        const { port } = new URL(origin);
        expect(sockets.filter((url) => new URL(url).pathname === "/app/")).not.toHaveLength(0);
        expect(sockets.every((url) => new URL(url).port === port)).toBe(true);
        await shot(page, "dev-hot-reload");
      }, 300_000);

      it("answers 400 to a socket on a path nobody serves, and to /app/ without Vite's subprotocol", async () => {
        const statusOf = (pathname: string, protocol?: string) =>
          new Promise<number>((resolve, reject) => {
            const socket = new WebSocket(`${api.url.replace("http", "ws")}${pathname}`, protocol);
            socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
            socket.on("open", () => {
              socket.close();
              resolve(101);
            });
            socket.on("error", reject);
          });
        expect(await statusOf("/elsewhere")).toBe(400);
        expect(await statusOf("/app/")).toBe(400);
        expect(await statusOf("/app/", "vite-hmr")).toBe(101);
      });
    });
  },
});
