import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWN_SECRETS } from "../src/framework/config/production-secrets.ts";
import { projectRoot } from "../src/framework/paths.ts";
import { ConfigError, resolveConfig } from "../src/framework/config/load-config.ts";
import { defineConfig } from "../src/framework/config/types.ts";

const failure = (run: () => unknown): ConfigError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("config", () => {
  it("fills defaults: port 9000, embedded database under .data/, shared worker mode", () => {
    const config = resolveConfig(defineConfig({}), {});
    expect(config.projectConfig.http.port).toBe(9000);
    expect(config.projectConfig.databaseUrl).toBeUndefined();
    expect(config.projectConfig.databaseDir).toBe(".data/pglite");
    expect(config.projectConfig.redisUrl).toBeUndefined();
    expect(config.projectConfig.workerMode).toBe("shared");
    expect(config.projectConfig.http.storeCors).toBe("http://localhost:8000");
    expect(config.modules).toEqual([]);
  });

  it("keeps what the config file says and leaves a module's options undefined when none are given", () => {
    const config = resolveConfig(
      defineConfig({
        projectConfig: { http: { port: 7001, jwtSecret: "a-long-secret" } },
        modules: [{ resolve: "./modules/hello" }],
      }),
      {},
    );
    expect(config.projectConfig.http.port).toBe(7001);
    expect(config.projectConfig.http.jwtSecret).toBe("a-long-secret");
    // As in Medusa, so a service's `options || { … }` fallback applies.
    expect(config.modules).toEqual([{ resolve: "./modules/hello" }]);
    expect(config.modules[0]?.options).toBeUndefined();
  });

  it("lets environment variables override the file", () => {
    const config = resolveConfig(defineConfig({ projectConfig: { http: { port: 7001 } } }), {
      PORT: "9100",
      DATABASE_URL: "postgresql://u@db:5432/shop",
      REDIS_URL: "redis://cache:6379",
      WORKER_MODE: "worker",
      STORE_CORS: "https://shop.example",
      JWT_SECRET: "from-the-env",
      DATABASE_DIR: "/tmp/elsewhere",
      STOREFRONT_URL: "https://shop.example",
      ADMIN_URL: "https://shop.example/admin",
    });
    expect(config.projectConfig.http.storefrontUrl).toBe("https://shop.example");
    expect(config.projectConfig.http.adminUrl).toBe("https://shop.example/admin");
    expect(config.projectConfig.http.port).toBe(9100);
    expect(config.projectConfig.databaseUrl).toBe("postgresql://u@db:5432/shop");
    expect(config.projectConfig.redisUrl).toBe("redis://cache:6379");
    expect(config.projectConfig.workerMode).toBe("worker");
    expect(config.projectConfig.http.storeCors).toBe("https://shop.example");
    expect(config.projectConfig.http.jwtSecret).toBe("from-the-env");
    expect(config.projectConfig.databaseDir).toBe("/tmp/elsewhere");
  });

  it("ignores empty environment variables", () => {
    const { projectConfig } = resolveConfig({}, { PORT: "", DATABASE_URL: "" });
    expect(projectConfig.databaseUrl).toBeUndefined();
    expect(projectConfig.http.port).toBe(9000);
  });

  it("stops on a bad value with a message naming the key", () => {
    const port = failure(() => resolveConfig({}, { PORT: "abc" }));
    expect(port.key).toBe("projectConfig.http.port");
    expect(port.message).toMatch(/^Invalid configuration: projectConfig\.http\.port /);
    expect(failure(() => resolveConfig({}, { PORT: "70000" })).key).toBe("projectConfig.http.port");
    const url = failure(() => resolveConfig({}, { DATABASE_URL: "mysql://root@localhost/shop" }));
    expect(url.message).toBe("Invalid configuration: projectConfig.databaseUrl must be a postgres:// URL");
    expect(failure(() => resolveConfig({}, { REDIS_URL: "localhost:6379" })).key).toBe("projectConfig.redisUrl");
    expect(failure(() => resolveConfig({}, { WORKER_MODE: "both" })).key).toBe("projectConfig.workerMode");
    expect(failure(() => resolveConfig({}, { STOREFRONT_URL: "shop.example" })).key).toBe(
      "projectConfig.http.storefrontUrl",
    );
    expect(failure(() => resolveConfig({ projectConfig: { http: { jwtSecret: "short" } } }, {})).message).toBe(
      "Invalid configuration: projectConfig.http.jwtSecret must be at least 8 characters",
    );
    expect(failure(() => resolveConfig({ modules: [{ resolve: "" }] }, {})).key).toBe("modules.0.resolve");
  });

  it("refuses the development secret in production", () => {
    expect(failure(() => resolveConfig({}, { NODE_ENV: "production" })).key).toBe("projectConfig.http.jwtSecret");
    const jwt = "k3Jw9-a-random-production-jwt-secret-0001";
    const cookie = "c9Lq2-a-random-production-cookie-secret-0002";
    expect(
      resolveConfig({}, { NODE_ENV: "production", JWT_SECRET: jwt, COOKIE_SECRET: cookie }).projectConfig.http
        .jwtSecret,
    ).toBe(jwt);
  });

  it("refuses in production every secret committed to the repo and any short one, naming the key", () => {
    const strong = "k3Jw9-a-random-production-jwt-secret-0001";
    const production = (jwt: string, cookie: string) =>
      failure(() => resolveConfig({}, { NODE_ENV: "production", JWT_SECRET: jwt, COOKIE_SECRET: cookie }));
    // docker-compose.yml's old placeholders passed the check before.
    expect(production("change-me-jwt-secret", strong).key).toBe("projectConfig.http.jwtSecret");
    expect(production(strong, "change-me-cookie-secret").key).toBe("projectConfig.http.cookieSecret");
    // The cookie secret was not checked at all: its development default is refused too.
    expect(production(strong, "supersecret-dev-only").message).toMatch(
      /^Invalid configuration: projectConfig\.http\.cookieSecret is a published default: set COOKIE_SECRET/,
    );
    expect(production("a-real-secret", strong).message).toBe(
      "Invalid configuration: projectConfig.http.jwtSecret must be at least 32 characters in production: set JWT_SECRET (e.g. `openssl rand -base64 48`)",
    );
    expect(production(strong, "x".repeat(31)).key).toBe("projectConfig.http.cookieSecret");
    // Outside production the defaults still start.
    expect(resolveConfig({}, { NODE_ENV: "development" }).projectConfig.http.cookieSecret).toBe("supersecret-dev-only");
  });

  it("docker-compose.yml ships no working secret: compose stops until JWT_SECRET and COOKIE_SECRET are set", () => {
    const compose = readFileSync(path.join(projectRoot, "docker-compose.yml"), "utf8");
    for (const name of ["JWT_SECRET", "COOKIE_SECRET"]) {
      // `${NAME:?message}` makes compose fail with the message when NAME is unset or empty.
      expect(compose).toMatch(new RegExp(`^\\s+${name}: \\$\\{${name}:\\?set ${name} \\(32\\+ random characters`, "m"));
    }
    for (const secret of KNOWN_SECRETS) expect(compose).not.toContain(secret);
  });
});
