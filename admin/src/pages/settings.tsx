import { Link } from "react-router-dom";
import { Container, Heading } from "../../sdk/components.tsx";
import { uiRoutes } from "../extensions/registry.ts";

/** Settings: the project's settings pages (`src/admin/routes/settings/**`). */
export function SettingsPage() {
  const pages = uiRoutes.filter((r) => r.settings && !r.path.includes(":"));
  return (
    <Container>
      <Heading level="h1">Settings</Heading>
      <ul>
        {pages.map((r) => (
          <li key={r.path}>
            <Link to={`/${r.path}`}>{r.config?.label ?? r.path.replace(/^settings\//, "")}</Link>
          </li>
        ))}
        {pages.length === 0 && <li>No settings pages yet: add src/admin/routes/settings/&lt;name&gt;/page.tsx.</li>}
      </ul>
    </Container>
  );
}
