import { Container, Heading, Text } from "../../sdk/components.tsx";
import type { AdminOrderRecord } from "../resources/orders.tsx";
import { when } from "../resources/values.ts";
import { CancelOrderButton, CaptureForm, FulfilForm, RefundForm, ShipForm } from "./order-actions.tsx";
import { canReceive, ReceiveReturnForm, RequestReturnForm } from "./return-actions.tsx";
import { money, refundable, returnBadge, sumAmounts } from "./status.tsx";

type Props = { record: AdminOrderRecord; refetch: () => Promise<void> };

/** Payment statuses with something left to capture. */
const capturable = new Set(["AUTHORIZED", "PARTIALLY_AUTHORIZED", "PARTIALLY_CAPTURED"]);

function Items({ record: o }: Props) {
  return (
    <Container>
      <Heading level="h2">Items</Heading>
      <table aria-label="Items">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Quantity</th>
            <th scope="col">Unit price</th>
            <th scope="col">Fulfilled</th>
            <th scope="col">Shipped</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {o.items.map((i) => (
            <tr key={i.id}>
              <td>
                {i.title}
                {i.variantSku && <span className="muted"> · {i.variantSku}</span>}
              </td>
              <td>{i.quantity}</td>
              <td>{money(i.unitPrice, o.currencyCode)}</td>
              <td>{i.fulfilledQuantity}</td>
              <td>{i.shippedQuantity}</td>
              <td>{money(i.totals.total, o.currencyCode)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Container>
  );
}

function Summary({ record: o, refetch }: Props) {
  const rows: [string, string][] = [
    ["Items", o.totals.itemSubtotal],
    ...o.shippingMethods.map((m): [string, string] => [`Shipping (${m.name})`, m.totals.total]),
    ["Discounts", o.totals.discountTotal],
    ["Taxes", o.totals.taxTotal],
    ["Total", o.summary.total],
    ["Paid", o.summary.paidTotal],
    ["Refunded", o.summary.refundedTotal],
    ["Outstanding", o.summary.pendingDifference],
  ];
  return (
    <Container>
      <div className="section-header">
        <Heading level="h2">Summary</Heading>
        {!o.canceledAt && <CancelOrderButton order={o} refetch={refetch} />}
      </div>
      <dl className="properties" aria-label="Summary">
        {rows.map(([label, amount]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{money(amount, o.currencyCode)}</dd>
          </div>
        ))}
      </dl>
      {o.canceledAt && <Text size="small">Canceled {when(o.canceledAt)}.</Text>}
    </Container>
  );
}

function Payments({ record: o, refetch }: Props) {
  const payments = o.payments ?? [];
  return (
    <Container>
      <Heading level="h2">Payments</Heading>
      {payments.length ? (
        <table aria-label="Payments">
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col">Authorized</th>
              <th scope="col">Captured</th>
              <th scope="col">Refunded</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {payments.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.providerId}
                  {p.canceledAt && <span className="muted"> · voided</span>}
                </td>
                <td>{money(p.amount, p.currencyCode)}</td>
                <td>{money(String(sumAmounts(p.captures)), p.currencyCode)}</td>
                <td>{money(String(sumAmounts(p.refunds)), p.currencyCode)}</td>
                <td>{when(p.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No payments.</p>
      )}
      {capturable.has(o.paymentStatus) && !o.canceledAt && <CaptureForm order={o} refetch={refetch} />}
      {refundable(payments) > 0 && <RefundForm order={o} refetch={refetch} />}
    </Container>
  );
}

function Fulfilments({ record: o, refetch }: Props) {
  const fulfillments = o.fulfillments?.edges.map((e) => e.node) ?? [];
  return (
    <Container>
      <Heading level="h2">Fulfilments</Heading>
      {fulfillments.length === 0 && <p className="muted">Nothing fulfilled yet.</p>}
      <ul className="plain-list" aria-label="Fulfilments">
        {fulfillments.map((f) => (
          <li key={f.id} className="fulfilment">
            <Text>
              {f.items.map((i) => `${i.quantity} × ${i.title}`).join(", ")} ·{" "}
              {f.canceledAt
                ? "canceled"
                : f.deliveredAt
                  ? `delivered ${when(f.deliveredAt)}`
                  : f.shippedAt
                    ? `shipped ${when(f.shippedAt)}`
                    : `packed ${when(f.createdAt)}`}
              {f.labels.length > 0 && <> · tracking {f.labels.map((l) => l.trackingNumber).join(", ")}</>}
            </Text>
            {!f.shippedAt && !f.canceledAt && <ShipForm order={o} fulfillmentId={f.id} refetch={refetch} />}
          </li>
        ))}
      </ul>
      {!o.canceledAt && <FulfilForm key={o.items.map((i) => i.fulfilledQuantity).join()} order={o} refetch={refetch} />}
    </Container>
  );
}

function Returns({ record: o, refetch }: Props) {
  const titles = new Map(o.items.map((i) => [i.id, i.title]));
  const open = o.returns.filter(canReceive);
  return (
    <Container>
      <Heading level="h2">Returns</Heading>
      {o.returns.length ? (
        <table aria-label="Returns">
          <thead>
            <tr>
              <th scope="col">Items</th>
              <th scope="col">Status</th>
              <th scope="col">Refund</th>
              <th scope="col">Requested</th>
              <th scope="col">Received</th>
            </tr>
          </thead>
          <tbody>
            {o.returns.map((r) => (
              <tr key={r.id}>
                <td>{r.items.map((i) => `${i.quantity} × ${titles.get(i.itemId) ?? i.itemId}`).join(", ")}</td>
                <td>{returnBadge(r.status)}</td>
                <td>{money(r.refundAmount, o.currencyCode)}</td>
                <td>{when(r.requestedAt)}</td>
                <td>{when(r.receivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No returns.</p>
      )}
      {open.map((r) => (
        <section key={r.id} aria-label={`Receive return of ${when(r.requestedAt)}`} className="order-action">
          <Heading level="h3">Receive the return requested {when(r.requestedAt)}</Heading>
          <ReceiveReturnForm
            key={r.items.map((i) => i.receivedQuantity + i.damagedQuantity).join()}
            order={o}
            ret={r}
            refetch={refetch}
          />
        </section>
      ))}
      {!o.canceledAt && (
        <RequestReturnForm
          key={o.items.map((i) => i.returnRequestedQuantity + i.returnReceivedQuantity).join()}
          order={o}
          refetch={refetch}
        />
      )}
    </Container>
  );
}

/** The order page below its properties: items, totals, payments, fulfilments and returns, with their actions. */
export function OrderDetail(props: Props) {
  return (
    <div className="detail-grid">
      <div className="detail-main">
        <Items {...props} />
        <Payments {...props} />
        <Fulfilments {...props} />
        <Returns {...props} />
      </div>
      <aside className="detail-side">
        <Summary {...props} />
      </aside>
    </div>
  );
}
