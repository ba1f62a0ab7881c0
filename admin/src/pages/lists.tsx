import { Link } from "react-router-dom";
import { graphql } from "../generated/gql/gql.ts";
import { ListPage } from "./list-page.tsx";

const Locations = graphql(`
  query AdminStockLocations($search: String, $first: Int, $after: String) {
    stockLocations(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name address { city countryCode } } }
    }
  }
`);

const Inventory = graphql(`
  query AdminInventoryItems($search: String, $first: Int, $after: String) {
    inventoryItems(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          sku
          title
          stockedQuantity
          reservedQuantity
          availableQuantity
          productVariant { id title product { id title } }
        }
      }
    }
  }
`);

const Customers = graphql(`
  query AdminCustomers($search: String, $first: Int, $after: String) {
    customers(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email firstName lastName hasAccount groups { id name } } }
    }
  }
`);

export const LocationsPage = () => (
  <ListPage
    title="Locations"
    zone="location"
    query={Locations}
    pick={(d) => d.stockLocations}
    columns={[
      { header: "Name", cell: (l) => l.name },
      {
        header: "Address",
        cell: (l) => [l.address?.city, l.address?.countryCode?.toUpperCase()].filter(Boolean).join(", "),
      },
    ]}
  />
);

export const InventoryPage = () => (
  <ListPage
    title="Inventory"
    zone="inventory_item"
    query={Inventory}
    pick={(d) => d.inventoryItems}
    columns={[
      { header: "SKU", cell: (i) => i.sku ?? "" },
      { header: "Title", cell: (i) => i.title ?? "" },
      {
        header: "Product",
        cell: (i) =>
          i.productVariant ? (
            <Link to={`/products/${encodeURIComponent(i.productVariant.product.id)}`}>
              {i.productVariant.product.title} · {i.productVariant.title}
            </Link>
          ) : (
            ""
          ),
      },
      { header: "Stocked", cell: (i) => i.stockedQuantity },
      { header: "Reserved", cell: (i) => i.reservedQuantity },
      { header: "Available", cell: (i) => i.availableQuantity },
    ]}
  />
);

export const CustomersPage = () => (
  <ListPage
    title="Customers"
    zone="customer"
    query={Customers}
    pick={(d) => d.customers}
    columns={[
      { header: "Email", cell: (c) => c.email },
      { header: "Name", cell: (c) => [c.firstName, c.lastName].filter(Boolean).join(" ") },
      { header: "Account", cell: (c) => (c.hasAccount ? "registered" : "guest") },
      { header: "Groups", cell: (c) => c.groups.map((g) => g.name).join(", ") },
    ]}
  />
);
