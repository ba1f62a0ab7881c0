import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { Badge, Button, Container, Heading, Text } from "../../sdk/components.tsx";
import { errorFor, mutate, useQuery, type UserErrorShape } from "../api/hooks.ts";
import { WidgetZone } from "../extensions/zone.tsx";
import { ConfirmButton } from "../forms/confirm-button.tsx";
import { onceKey } from "../resources/values.ts";
import { graphql } from "../generated/gql/gql.ts";

export const ProductDetailQuery = graphql(`
  query AdminProductDetail($id: ID!) {
    product(id: $id) {
      id
      title
      subtitle
      handle
      status
      description
      createdAt
      options {
        id
        title
        values {
          id
          value
        }
      }
      images {
        id
        url
      }
      salesChannels(first: 50) {
        edges {
          node {
            id
            name
          }
        }
      }
      variants {
        id
        title
        sku
        manageInventory
        inventoryQuantity
        prices {
          id
          amount
          currencyCode
          priceListId
        }
        inventoryItems(first: 10) {
          edges {
            node {
              id
              sku
              levels {
                id
                locationId
                stockedQuantity
                reservedQuantity
                availableQuantity
              }
            }
          }
        }
      }
    }
    stockLocations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const UpdateLevel = graphql(`
  mutation AdminUpdateInventoryLevel($input: UpdateInventoryLevelInput!) {
    updateInventoryLevel(input: $input) {
      inventoryLevel {
        id
        stockedQuantity
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const DeleteProduct = graphql(`
  mutation AdminDeleteProduct($input: IdempotentDeleteInput!) {
    deleteProduct(input: $input) {
      deletedId
      userErrors { field message code }
    }
  }
`);

/** A decimal string with at least two decimals ("19.5" → "19.50"), without going through a float. */
export function formatAmount(amount: string): string {
  const [whole, fraction = ""] = amount.split(".");
  return `${whole}.${fraction.padEnd(2, "0")}`;
}

/** One stock level with its quantity editable in place. */
function StockLevel({
  level,
  location,
  onSaved,
}: {
  level: { id: string; stockedQuantity: number; reservedQuantity: number };
  location: string;
  onSaved: () => void;
}) {
  const [value, setValue] = useState(String(level.stockedQuantity));
  const [errors, setErrors] = useState<UserErrorShape[]>([]);
  const inputId = `stock-${level.id}`;
  return (
    <form
      className="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const { updateInventoryLevel } = await mutate(UpdateLevel, {
          input: { id: level.id, stockedQuantity: Number(value) },
        });
        setErrors(updateInventoryLevel.userErrors);
        if (!updateInventoryLevel.userErrors.length) onSaved();
      }}
    >
      <label htmlFor={inputId}>Stock at {location}</label>
      <input
        id={inputId}
        type="number"
        min={0}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={Boolean(errorFor(errors, "stockedQuantity"))}
        aria-describedby={`${inputId}-error`}
      />
      <span className="muted">{level.reservedQuantity} reserved</span>
      <Button type="submit" variant="secondary">
        Save stock
      </Button>
      <span id={`${inputId}-error`} className="field-error">
        {errorFor(errors, "stockedQuantity") ?? errorFor(errors, null)}
      </span>
    </form>
  );
}

export function ProductDetailPage() {
  const { id = "" } = useParams();
  const { data, error, refetch } = useQuery(ProductDetailQuery, { id });
  const navigate = useNavigate();
  if (error) return <p role="alert">{error.message}</p>;
  const product = data?.product;
  if (!product) return <p className="loading">Loading…</p>;
  const locations = new Map(data.stockLocations.edges.map(({ node }) => [node.id, node.name]));
  return (
    <>
      <WidgetZone zone="product.details.before" data={product} />
      <div className="detail-grid">
        <div className="detail-main">
          <Container>
            <div className="section-header">
              <Heading level="h1">{product.title}</Heading>
              <div className="header-actions">
                <Link className="ui-button ui-button-secondary" to={`/products/${encodeURIComponent(product.id)}/edit`}>
                  Edit
                </Link>
                <ConfirmButton
                  label="Delete"
                  question={`Delete the product ${product.title} with its variants?`}
                  onConfirm={async () => {
                    const { deleteProduct: r } = await mutate(DeleteProduct, {
                      input: { id: product.id, idempotencyKey: onceKey() },
                    });
                    if (!r.userErrors.length) navigate("/products", { replace: true });
                    return r.userErrors;
                  }}
                />
              </div>
            </div>
            <Text size="small">
              {product.handle} · <Badge>{product.status.toLowerCase()}</Badge>
            </Text>
            {product.subtitle && <Text>{product.subtitle}</Text>}
            {product.description && <Text>{product.description}</Text>}
            {product.options.map((o) => (
              <Text key={o.id} size="small">
                {o.title}: {o.values.map((v) => v.value).join(", ")}
              </Text>
            ))}
          </Container>
          <Container>
            <Heading level="h2">Variants</Heading>
            {product.variants.map((variant) => (
              <section key={variant.id} className="variant" aria-label={`Variant ${variant.title}`}>
                <Heading level="h3">
                  {variant.title} {variant.sku && <span className="muted">({variant.sku})</span>}
                </Heading>
                <p>
                  Prices:{" "}
                  {variant.prices?.length
                    ? variant.prices
                        .map(
                          (p) =>
                            `${formatAmount(p.amount)} ${p.currencyCode.toUpperCase()}${p.priceListId ? " (price list)" : ""}`,
                        )
                        .join(" · ")
                    : "none"}
                </p>
                <p>
                  Available:{" "}
                  {variant.manageInventory ? (variant.inventoryQuantity ?? "no inventory item") : "not tracked"}
                </p>
                {variant.inventoryItems?.edges.flatMap(({ node: item }) =>
                  item.levels.map((level) => (
                    <StockLevel
                      key={level.id}
                      level={level}
                      location={locations.get(level.locationId) ?? level.locationId}
                      onSaved={() => void refetch()}
                    />
                  )),
                )}
              </section>
            ))}
          </Container>
        </div>
        <aside className="detail-side">
          <WidgetZone zone="product.details.side.before" data={product} />
          <Container>
            <Heading level="h2">Sales channels</Heading>
            <ul>
              {product.salesChannels?.edges.map(({ node }) => (
                <li key={node.id}>{node.name}</li>
              ))}
              {!product.salesChannels?.edges.length && <li>Not sold in any channel</li>}
            </ul>
          </Container>
          <WidgetZone zone="product.details.side.after" data={product} />
        </aside>
      </div>
      <WidgetZone zone="product.details.after" data={product} />
    </>
  );
}
