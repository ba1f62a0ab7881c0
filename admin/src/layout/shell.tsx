import { useState, type ComponentType } from "react";
import { NavLink, Outlet, useLocation } from "react-router-dom";
import {
  ArchiveBox,
  Bolt,
  Buildings,
  CogSixTooth,
  Globe,
  Key,
  ShoppingCart,
  SquaresPlus,
  Tag,
  Users,
} from "../../sdk/icons.tsx";
import { uiRoutes } from "../extensions/registry.ts";
import { useSession } from "../session.tsx";

type Item = { to: string; label: string; icon: ComponentType };

const core: Item[] = [
  { to: "/products", label: "Products", icon: Tag },
  { to: "/inventory", label: "Inventory", icon: ArchiveBox },
  { to: "/locations", label: "Locations", icon: Buildings },
  { to: "/customers", label: "Customers", icon: Users },
  { to: "/regions", label: "Regions", icon: Globe },
  { to: "/sales-channels", label: "Sales channels", icon: ShoppingCart },
  { to: "/api-keys", label: "API keys", icon: Key },
  { to: "/activity", label: "Activity", icon: Bolt },
  { to: "/workflows", label: "Workflow runs", icon: SquaresPlus },
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
        <ul>
          {core.map((item) => (
            <NavItem key={item.to} {...item} />
          ))}
        </ul>
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
