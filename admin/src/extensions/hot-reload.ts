// Hot reload of a project's widgets and UI routes in `npm run dev`. Their files export `config`
// beside the component, and React Fast Refresh refreshes only modules whose exports are all
// components or unchanged: a fresh `config` object would make every edit a full page reload. The
// refresh runtime of @vitejs/plugin-react asks this hook which exports to leave out of that check
// (React Router's plugin uses it for `loader`, `meta`, …). A changed zone or label shows after a reload.
declare global {
  interface Window {
    __getReactRefreshIgnoredExports?: (module: { id: string }) => string[];
  }
}

const extension = /\/src\/admin\/(widgets|routes)\//;

if (import.meta.hot) window.__getReactRefreshIgnoredExports = ({ id }) => (extension.test(id) ? ["config"] : []);

export {};
