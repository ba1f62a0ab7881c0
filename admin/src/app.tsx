import { Navigate, Route, Routes, useLocation } from "react-router-dom";
import { RouteBoundary } from "./extensions/route-boundary.tsx";
import { uiRoutes } from "./extensions/registry.ts";
import { Shell } from "./layout/shell.tsx";
import { AcceptInvitePage } from "./pages/accept-invite.tsx";
import { ActivityPage } from "./pages/activity.tsx";
import { ApiKeysPage } from "./pages/api-keys.tsx";
import { CustomersPage, InventoryPage, LocationsPage } from "./pages/lists.tsx";
import { LoginPage } from "./pages/login.tsx";
import { ProductDetailPage } from "./pages/product-detail.tsx";
import { ProductFormPage } from "./pages/product-form.tsx";
import { ProductsPage } from "./pages/products.tsx";
import { SettingsPage } from "./pages/settings.tsx";
import { WorkflowRunPage, WorkflowsPage } from "./pages/workflows.tsx";
import { resources } from "./resources/index.ts";
import { useSession } from "./session.tsx";

/** Pages behind the login: anyone logged out is sent to /login and comes back after. */
function RequireSession({ children }: { children: React.ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  if (status === "checking") return <p className="loading">Loading…</p>;
  if (status === "out") return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invite" element={<AcceptInvitePage />} />
      <Route
        element={
          <RequireSession>
            <Shell />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="/products" replace />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="products/new" element={<ProductFormPage />} />
        <Route path="products/:id" element={<ProductDetailPage />} />
        <Route path="products/:id/edit" element={<ProductFormPage />} />
        <Route path="inventory" element={<InventoryPage />} />
        <Route path="locations" element={<LocationsPage />} />
        <Route path="customers" element={<CustomersPage />} />
        {resources.flatMap(({ path, List, Detail, Create, Edit }) => [
          <Route key={path} path={path} element={<List />} />,
          ...(Create ? [<Route key={`${path}/new`} path={`${path}/new`} element={<Create />} />] : []),
          <Route key={`${path}/:id`} path={`${path}/:id`} element={<Detail />} />,
          ...(Edit ? [<Route key={`${path}/:id/edit`} path={`${path}/:id/edit`} element={<Edit />} />] : []),
        ])}
        <Route path="api-keys" element={<ApiKeysPage />} />
        <Route path="activity" element={<ActivityPage />} />
        <Route path="workflows" element={<WorkflowsPage />} />
        <Route path="workflows/:workflowId/:transactionId" element={<WorkflowRunPage />} />
        <Route path="settings" element={<SettingsPage />} />
        {uiRoutes.map(({ path, Component }) => (
          <Route
            key={path}
            path={path}
            element={
              <RouteBoundary>
                <Component />
              </RouteBoundary>
            }
          />
        ))}
        <Route path="*" element={<p>Page not found.</p>} />
      </Route>
    </Routes>
  );
}
