import { useState, type FormEvent } from "react";
import { Button } from "../../sdk/components.tsx";
import { mutate, type UserErrorShape, useQuery } from "../api/hooks.ts";
import { ConfirmButton } from "../forms/confirm-button.tsx";
import { Field } from "../forms/field.tsx";
import { graphql } from "../generated/gql/gql.ts";
import type { AdminOrderRecord } from "../resources/orders.tsx";
import { onceKey } from "../resources/values.ts";
import { QuantityInputs, sentItems } from "./item-quantities.tsx";
import { money, refundable } from "./status.tsx";

const Capture = graphql(`
  mutation AdminCaptureOrderPayment($input: CaptureOrderPaymentInput!) {
    captureOrderPayment(input: $input) {
      order { id }
      userErrors { field message code }
    }
  }
`);

const Refund = graphql(`
  mutation AdminRefundOrderPayment($input: RefundOrderPaymentInput!) {
    refundOrderPayment(input: $input) {
      order { id }
      userErrors { field message code }
    }
  }
`);

const Cancel = graphql(`
  mutation AdminCancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) {
      order { id }
      userErrors { field message code }
    }
  }
`);

const Fulfil = graphql(`
  mutation AdminCreateOrderFulfillment($input: CreateOrderFulfillmentInput!) {
    createOrderFulfillment(input: $input) {
      fulfillment { id }
      userErrors { field message code }
    }
  }
`);

const Ship = graphql(`
  mutation AdminCreateOrderShipment($input: CreateOrderShipmentInput!) {
    createOrderShipment(input: $input) {
      fulfillment { id }
      userErrors { field message code }
    }
  }
`);

const Locations = graphql(`
  query AdminFulfillmentLocations {
    stockLocations(first: 100) { edges { node { id name } } }
  }
`);

/** Reads the order again after a change. */
export type Refetch = () => Promise<void>;

/** A request's failure (not a userError) as one, for the form's box. */
const failed = (error: unknown): UserErrorShape[] => [
  { message: error instanceof Error ? error.message : String(error), code: "REQUEST_FAILED" },
];

/** Submits a mutation from a form: busy while it runs, its userErrors kept, `refetch` after a success. */
export function useAction(refetch: Refetch) {
  const [errors, setErrors] = useState<readonly UserErrorShape[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<readonly UserErrorShape[]>) => {
    setBusy(true);
    try {
      const result = await action();
      setErrors(result);
      if (!result.length) await refetch();
      return result;
    } catch (error) {
      setErrors(failed(error));
      return failed(error);
    } finally {
      setBusy(false);
    }
  };
  return { errors, busy, run };
}

/** The userErrors no field of the form shows, in one box under it. */
export function Unplaced({ errors, placed }: { errors: readonly UserErrorShape[]; placed: readonly string[] }) {
  // Item errors sit beside their item.
  const rest = errors.filter((e) => !placed.includes(e.field?.at(-1) ?? "") && !e.field?.includes("items"));
  if (!rest.length) return null;
  return (
    <p role="alert" className="field-error">
      {rest.map((e) => e.message).join(" ")}
    </p>
  );
}

/** Captures the authorized payment: all that is left by default, or the amount typed. */
export function CaptureForm({ order, refetch }: { order: AdminOrderRecord; refetch: Refetch }) {
  const [amount, setAmount] = useState("");
  const { errors, busy, run } = useAction(refetch);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { captureOrderPayment: r } = await mutate(Capture, {
        input: { orderId: order.id, amount: amount.trim() || null, idempotencyKey: onceKey() },
      });
      if (!r.userErrors.length) setAmount("");
      return r.userErrors;
    });
  };
  return (
    <form className="form form-row" onSubmit={submit} noValidate>
      <Field
        label={`Amount to capture (${order.currencyCode.toUpperCase()})`}
        name="captureAmount"
        path="amount"
        value={amount}
        onChange={setAmount}
        errors={errors}
        hint="Empty: all that is authorized"
      />
      <Button type="submit" disabled={busy}>
        Capture payment
      </Button>
      <Unplaced errors={errors} placed={["amount"]} />
    </form>
  );
}

/** Refunds part of what was captured, with an optional note for the shop's records. */
export function RefundForm({ order, refetch }: { order: AdminOrderRecord; refetch: Refetch }) {
  const [amount, setAmount] = useState("");
  const [note, setNote] = useState("");
  const { errors, busy, run } = useAction(refetch);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { refundOrderPayment: r } = await mutate(Refund, {
        input: { orderId: order.id, amount: amount.trim(), note: note.trim() || null, idempotencyKey: onceKey() },
      });
      if (!r.userErrors.length) {
        setAmount("");
        setNote("");
      }
      return r.userErrors;
    });
  };
  return (
    <form className="form form-row" onSubmit={submit} noValidate aria-label="Refund">
      <Field
        label={`Amount to refund (${order.currencyCode.toUpperCase()})`}
        name="refundAmount"
        path="amount"
        value={amount}
        onChange={setAmount}
        errors={errors}
        hint={`Captured and not refunded: ${money(String(refundable(order.payments ?? [])), order.currencyCode)}`}
      />
      <Field label="Refund note" name="refundNote" path="note" value={note} onChange={setNote} errors={errors} />
      <Button type="submit" variant="secondary" disabled={busy}>
        Refund
      </Button>
      <Unplaced errors={errors} placed={["amount", "note"]} />
    </form>
  );
}

/** Cancels the order after a confirmation; a refusal (e.g. ORDER_FULFILLED) shows beside the button. */
export function CancelOrderButton({ order, refetch }: { order: AdminOrderRecord; refetch: Refetch }) {
  return (
    <ConfirmButton
      label="Cancel order"
      question={`Cancel order #${order.displayId}? Its reservations are released and its payment voided or refunded.`}
      onConfirm={async () => {
        const { cancelOrder: r } = await mutate(Cancel, { input: { orderId: order.id, idempotencyKey: onceKey() } });
        if (!r.userErrors.length) await refetch();
        return r.userErrors;
      }}
    />
  );
}

/**
 * A stock location to fulfil from or return to: the admin's pick, else `preferred`, else the first
 * location. `field` renders its select, a `locationId` userError beside it.
 */
export function useLocationChoice(preferred = "") {
  const locations = useQuery(Locations, {}).data?.stockLocations.edges.map((e) => e.node) ?? [];
  const [picked, setPicked] = useState("");
  const chosen = picked || preferred || locations[0]?.id || "";
  const field = (label: string, name: string, errors: readonly UserErrorShape[]) => (
    <Field
      label={label}
      name={name}
      path="locationId"
      kind="select"
      value={chosen}
      onChange={setPicked}
      errors={errors}
      options={locations.map((l) => ({ value: l.id, label: l.name }))}
    />
  );
  return { chosen, field };
}

/** What is left to fulfil of each item. */
const unfulfilled = (order: AdminOrderRecord) =>
  order.items.map((item) => ({ item, left: item.quantity - item.fulfilledQuantity })).filter(({ left }) => left > 0);

/** Fulfils items from a stock location: a quantity per item (what is left by default). */
export function FulfilForm({ order, refetch }: { order: AdminOrderRecord; refetch: Refetch }) {
  const rows = unfulfilled(order);
  const location = useLocationChoice();
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(rows.map(({ item, left }) => [item.id, String(left)])),
  );
  const { errors, busy, run } = useAction(refetch);
  if (!rows.length) return null;
  const chosen = location.chosen;
  const sent = sentItems(quantities);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { createOrderFulfillment: r } = await mutate(Fulfil, {
        input: { orderId: order.id, locationId: chosen, items: sent, idempotencyKey: onceKey() },
      });
      return r.userErrors;
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Create fulfilment">
      {location.field("Ship from", "fulfilLocation", errors)}
      <QuantityInputs
        prefix="fulfil"
        rows={rows.map(({ item, left }) => ({ id: item.id, label: `Fulfil ${item.title} (${left} left)`, max: left }))}
        quantities={quantities}
        setQuantities={setQuantities}
        errors={errors}
      />
      <Unplaced errors={errors} placed={["locationId"]} />
      <Button type="submit" disabled={busy || !sent.length}>
        Create fulfilment
      </Button>
    </form>
  );
}

/** Ships one fulfilment, with an optional tracking number. */
export function ShipForm({
  order,
  fulfillmentId,
  refetch,
}: {
  order: AdminOrderRecord;
  fulfillmentId: string;
  refetch: Refetch;
}) {
  const [tracking, setTracking] = useState("");
  const { errors, busy, run } = useAction(refetch);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const number = tracking.trim();
      const { createOrderShipment: r } = await mutate(Ship, {
        input: {
          orderId: order.id,
          fulfillmentId,
          labels: number ? [{ trackingNumber: number }] : null,
          idempotencyKey: onceKey(),
        },
      });
      return r.userErrors;
    });
  };
  return (
    <form className="form form-row" onSubmit={submit} noValidate>
      <Field
        label="Tracking number"
        name={`tracking-${fulfillmentId}`}
        path="trackingNumber"
        value={tracking}
        onChange={setTracking}
        errors={errors}
      />
      <Button type="submit" variant="secondary" disabled={busy}>
        Create shipment
      </Button>
      <Unplaced errors={errors} placed={["trackingNumber"]} />
    </form>
  );
}
