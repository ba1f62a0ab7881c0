// The layer rules of DESIGN.md ("Layout"), checked by `npm run lint:deps` in CI:
//   api → workflows → links → modules → framework
// Each layer may import the layers below it, never one above, and a module never imports another
// module. Tests (`__tests__/`, `*.spec.ts`) may reach across layers to set up what they check.
const tests = "(^|/)__tests__/|\\.spec\\.ts$";

/** A rule that forbids imports from the files under `from` to the files under `to`. */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: "error",
  from: { path: from, pathNot: tests },
  to: { path: to },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid(
      "framework-is-the-kernel",
      "The framework names no module, link, workflow or API file: they are discovered by path.",
      "^src/framework/",
      "^src/(modules|links|workflows|api|subscribers|jobs|scripts)/",
    ),
    forbid(
      "modules-stay-below-the-flows",
      "A module holds models, service and read types; links, workflows and the API use it, not the reverse.",
      "^src/modules/",
      "^src/(links|workflows|api|subscribers|jobs|scripts)/",
    ),
    {
      name: "modules-are-independent",
      comment: "A module never imports another module: they meet through links, the query graph and workflows.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/", pathNot: tests },
      to: { path: "^src/modules/[^/]+/", pathNot: "^src/modules/$1/" },
    },
    forbid("links-stay-below-the-flows", "Links compose modules; workflows and the API use links.", "^src/links/", "^src/(workflows|api)/"),
    forbid("flows-stay-below-the-api", "Workflows are run by the API layer (and subscribers, jobs), never the reverse.", "^src/workflows/", "^src/api/"),
    forbid("examples-do-not-ship", "The example project is loaded by tests; nothing in src depends on it.", "^src/", "^examples/"),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    // `import type` couples layers as much as a value import does.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs"] },
  },
};
