import type { UserErrorShape } from "../api/hooks.ts";

// A quantity per order item (fulfil, return, receive), each with its item's userError below.

/** The messages of the userErrors naming the `index`th of the items sent (`["input", "items", "0", "quantity"]`). */
const itemMessage = (errors: readonly UserErrorShape[], index: number): string =>
  errors
    .filter((e) => {
      const at = e.field?.indexOf("items") ?? -1;
      return at >= 0 && e.field?.[at + 1] === String(index);
    })
    .map((e) => e.message)
    .join(" ");

/** The items to send: those whose quantity is above zero, in the inputs' order (userErrors name their index). */
export function sentItems(quantities: Record<string, string>) {
  return Object.entries(quantities)
    .map(([id, quantity]) => ({ id, quantity: Number(quantity) }))
    .filter((i) => Number.isInteger(i.quantity) && i.quantity > 0);
}

/** A labelled number input per item, at most `max`, its userError below. */
export function QuantityInputs({
  prefix,
  rows,
  quantities,
  setQuantities,
  errors,
}: {
  prefix: string;
  rows: { id: string; label: string; max: number }[];
  quantities: Record<string, string>;
  setQuantities: (update: (q: Record<string, string>) => Record<string, string>) => void;
  errors: readonly UserErrorShape[];
}) {
  const sent = sentItems(quantities);
  return rows.map(({ id, label, max }) => {
    const control = `${prefix}-${id}`;
    const message = itemMessage(
      errors,
      sent.findIndex((i) => i.id === id),
    );
    return (
      <div key={id} className="field">
        <label htmlFor={control}>{label}</label>
        <input
          id={control}
          type="number"
          min={0}
          max={max}
          value={quantities[id] ?? ""}
          onChange={(e) => setQuantities((q) => ({ ...q, [id]: e.target.value }))}
          aria-invalid={Boolean(message)}
          aria-describedby={message ? `${control}-error` : undefined}
        />
        {message && (
          <span id={`${control}-error`} className="field-error">
            {message}
          </span>
        )}
      </div>
    );
  });
}
