import { useState, type FormEvent } from "react";
import { Button, Heading } from "../../sdk/components.tsx";
import { mutate, useQuery } from "../api/hooks.ts";
import { CheckboxField, Field } from "../forms/field.tsx";
import { graphql } from "../generated/gql/gql.ts";
import type { AdminOrderRecord } from "../resources/orders.tsx";
import { onceKey } from "../resources/values.ts";
import { QuantityInputs, sentItems } from "./item-quantities.tsx";
import { type Refetch, Unplaced, useAction, useLocationChoice } from "./order-actions.tsx";

const Request = graphql(`
  mutation AdminRequestOrderReturn($input: RequestOrderReturnInput!) {
    requestOrderReturn(input: $input) {
      return { id status }
      userErrors { field message code }
    }
  }
`);

const Receive = graphql(`
  mutation AdminReceiveOrderReturn($input: ReceiveOrderReturnInput!) {
    receiveOrderReturn(input: $input) {
      return { id status }
      userErrors { field message code }
    }
  }
`);

const Reasons = graphql(`
  query AdminReturnReasons {
    returnReasons(first: 100) { edges { node { id label } } }
  }
`);

type Return = AdminOrderRecord["returns"][number];

/** Statuses of a return still waiting for (some of) its items. */
const receivable = new Set(["requested", "partially_received"]);
export const canReceive = (r: Return) => receivable.has(r.status);

/** Asks items back: a quantity per shipped item not yet returned, where they come back to, and why. */
export function RequestReturnForm({ order, refetch }: { order: AdminOrderRecord; refetch: Refetch }) {
  const rows = order.items
    .map((item) => ({
      id: item.id,
      title: item.title,
      max: item.shippedQuantity - item.returnRequestedQuantity - item.returnReceivedQuantity - item.writtenOffQuantity,
    }))
    .filter((r) => r.max > 0);
  const reasons = useQuery(Reasons, {}).data?.returnReasons.edges.map((e) => e.node) ?? [];
  // Where the order shipped from, unless the admin picks another.
  const shippedFrom = order.fulfillments?.edges.find((e) => !e.node.canceledAt)?.node.locationId ?? "";
  const location = useLocationChoice(shippedFrom);
  const [reason, setReason] = useState("");
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const { errors, busy, run } = useAction(refetch);
  if (!rows.length) return null;
  const chosen = location.chosen;
  const sent = sentItems(quantities);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { requestOrderReturn: r } = await mutate(Request, {
        input: {
          orderId: order.id,
          locationId: chosen || null,
          items: sent.map((i) => ({ ...i, reasonId: reason || null })),
          idempotencyKey: onceKey(),
        },
      });
      if (!r.userErrors.length) setQuantities({});
      return r.userErrors;
    });
  };
  return (
    <form className="form order-action" onSubmit={submit} noValidate aria-label="Request return">
      <Heading level="h3">Request a return</Heading>
      <QuantityInputs
        prefix="return"
        rows={rows.map((r) => ({ id: r.id, label: `Return ${r.title} (up to ${r.max})`, max: r.max }))}
        quantities={quantities}
        setQuantities={setQuantities}
        errors={errors}
      />
      {location.field("Return to", "returnLocation", errors)}
      <Field
        label="Reason"
        name="returnReason"
        path="reasonId"
        kind="select"
        value={reason}
        onChange={setReason}
        errors={errors}
        options={[{ value: "", label: "None given" }, ...reasons.map((r) => ({ value: r.id, label: r.label }))]}
      />
      <Unplaced errors={errors} placed={["locationId", "reasonId"]} />
      <Button type="submit" variant="secondary" disabled={busy || !sent.length}>
        Request return
      </Button>
    </form>
  );
}

/** Receives a return's items: what is still expected by default, restocked and refunded unless unticked. */
export function ReceiveReturnForm({ order, ret, refetch }: { order: AdminOrderRecord; ret: Return; refetch: Refetch }) {
  const titles = new Map(order.items.map((i) => [i.id, i.title]));
  const rows = ret.items
    .map((i) => ({ id: i.itemId, max: i.quantity - i.receivedQuantity - i.damagedQuantity }))
    .filter((r) => r.max > 0);
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(rows.map((r) => [r.id, String(r.max)])),
  );
  const [restock, setRestock] = useState(true);
  const [refund, setRefund] = useState(true);
  const { errors, busy, run } = useAction(refetch);
  const sent = sentItems(quantities);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { receiveOrderReturn: r } = await mutate(Receive, {
        input: { returnId: ret.id, items: sent, restock, refund, idempotencyKey: onceKey() },
      });
      return r.userErrors;
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={`Receive return ${ret.id}`}>
      <QuantityInputs
        prefix={`receive-${ret.id}`}
        rows={rows.map((r) => ({
          id: r.id,
          label: `Receive ${titles.get(r.id) ?? r.id} (${r.max} expected)`,
          max: r.max,
        }))}
        quantities={quantities}
        setQuantities={setQuantities}
        errors={errors}
      />
      <CheckboxField
        label="Put back in stock"
        name={`restock-${ret.id}`}
        path="restock"
        checked={restock}
        onChange={setRestock}
        errors={errors}
      />
      <CheckboxField
        label="Refund what arrived"
        name={`refund-${ret.id}`}
        path="refund"
        checked={refund}
        onChange={setRefund}
        errors={errors}
      />
      <Unplaced errors={errors} placed={["restock", "refund"]} />
      <Button type="submit" disabled={busy || !sent.length}>
        Receive return
      </Button>
    </form>
  );
}
