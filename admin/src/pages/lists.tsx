import { Link } from "react-router-dom";
import { Badge } from "../../sdk/components.tsx";
import { graphql } from "../generated/gql/gql.ts";
import { ListPage } from "./list-page.tsx";

const Regions = graphql(`
  query AdminRegions($search: String, $first: Int, $after: String) {
    regions(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name currencyCode countries isTaxInclusive } }
    }
  }
`);

const SalesChannels = graphql(`
  query AdminSalesChannels($search: String, $first: Int, $after: String) {
    salesChannels(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name description isDisabled } }
    }
  }
`);

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

export const RegionsPage = () => (
  <ListPage
    title="Regions"
    zone="region"
    query={Regions}
    pick={(d) => d.regions}
    columns={[
      { header: "Name", cell: (r) => r.name },
      { header: "Currency", cell: (r) => r.currencyCode.toUpperCase() },
      { header: "Countries", cell: (r) => r.countries.join(", ").toUpperCase() },
      { header: "Prices", cell: (r) => (r.isTaxInclusive ? "tax included" : "before tax") },
    ]}
  />
);

export const SalesChannelsPage = () => (
  <ListPage
    title="Sales channels"
    zone="sales_channel"
    query={SalesChannels}
    pick={(d) => d.salesChannels}
    columns={[
      { header: "Name", cell: (c) => c.name },
      { header: "Description", cell: (c) => c.description ?? "" },
      {
        header: "Status",
        cell: (c) => <Badge color={c.isDisabled ? "grey" : "green"}>{c.isDisabled ? "disabled" : "enabled"}</Badge>,
      },
    ]}
  />
);

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
