import { Fragment, useState, type ComponentType } from "react";
import { NavLink, Outlet, useLocation } from "react-router-dom";
import { ArchiveBox, Bolt, Buildings, CogSixTooth, Key, SquaresPlus, Tag, Users } from "../../sdk/icons.tsx";
import { uiRoutes } from "../extensions/registry.ts";
import type { NavSection } from "../resources/define.tsx";
import { resources } from "../resources/index.ts";
import { useSession } from "../session.tsx";

type Item = { to: string; label: string; icon: ComponentType };

const fromResources = (section: NavSection): Item[] =>
  resources.filter((r) => r.section === section).map((r) => ({ to: `/${r.path}`, label: r.title, icon: r.icon }));

// The sidebar's sections: the hand-written pages and the resources (admin/src/resources) of each.
const sections: { title: string | null; items: Item[] }[] = [
  {
    title: null,
    items: [
      ...fromResources("Orders"),
      { to: "/products", label: "Products", icon: Tag },
      ...fromResources("Catalog"),
      { to: "/inventory", label: "Inventory", icon: ArchiveBox },
      { to: "/locations", label: "Locations", icon: Buildings },
      { to: "/customers", label: "Customers", icon: Users },
      ...fromResources("Customers"),
    ],
  },
  { title: "Pricing", items: fromResources("Pricing") },
  { title: "Store", items: [...fromResources("Store"), { to: "/api-keys", label: "API keys", icon: Key }] },
  {
    title: "System",
    items: [
      { to: "/activity", label: "Activity", icon: Bolt },
      { to: "/workflows", label: "Workflow runs", icon: SquaresPlus },
    ],
  },
];

// UI routes with a label (and no path parameter) get a sidebar item; settings routes are listed on /settings.
const extensions: Item[] = uiRoutes
  .filter((r) => r.config?.label && !r.settings && !r.path.includes(":"))
  .map((r) => ({ to: `/${r.path}`, label: r.config?.label ?? r.path, icon: r.config?.icon ?? SquaresPlus }));

function NavItem({ to, label, icon: Icon }: Item) {
  return (
    <li>
      <NavLink to={to} className={({ isActive }) => (isActive ? "nav-link active" : "nav-link")}>
        <Icon />
        <span>{label}</span>
      </NavLink>
    </li>
  );
}

/** The sidebar (a drawer on a phone) and the page beside it. */
export function Shell() {
  const { user, logOut } = useSession();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  // A link followed in the drawer closes it.
  const [shownPath, setShownPath] = useState(location.pathname);
  if (shownPath !== location.pathname) {
    setShownPath(location.pathname);
    setOpen(false);
  }
  return (
    <div className="shell">
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="sidebar"
          onClick={() => setOpen(!open)}
        >
          Menu
        </button>
        <span className="brand">Tessera</span>
      </header>
      <nav id="sidebar" className={open ? "sidebar open" : "sidebar"} aria-label="Main">
        <div className="brand">Tessera</div>
        {sections.map(({ title, items }) => (
          <Fragment key={title ?? "main"}>
            {title && <h2 className="nav-section">{title}</h2>}
            <ul>
              {items.map((item) => (
                <NavItem key={item.to} {...item} />
              ))}
            </ul>
          </Fragment>
        ))}
        {extensions.length > 0 && (
          <>
            <h2 className="nav-section">Extensions</h2>
            <ul>
              {extensions.map((item) => (
                <NavItem key={item.to} {...item} />
              ))}
            </ul>
          </>
        )}
        <ul className="nav-bottom">
          <NavItem to="/settings" label="Settings" icon={CogSixTooth} />
        </ul>
        <div className="account">
          <span className="account-email">{user?.email ?? "API key"}</span>
          <button type="button" className="ui-button ui-button-secondary" onClick={() => void logOut()}>
            Log out
          </button>
        </div>
      </nav>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
