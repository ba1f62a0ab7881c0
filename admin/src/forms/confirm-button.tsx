import { useId, useRef, useState } from "react";
import { Button } from "../../sdk/components.tsx";
import type { UserErrorShape } from "../api/hooks.ts";

/**
 * A button whose action is confirmed first in a modal dialog (Escape or "Keep" backs out). The
 * action's userErrors, or its request's failure, show beside the button.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel = label,
  variant = "danger",
  onConfirm,
}: {
  label: string;
  /** What the dialog asks, e.g. "Delete the region Europe?". */
  question: string;
  confirmLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Runs the action; the userErrors it answers are shown beside the button. */
  onConfirm: () => Promise<readonly UserErrorShape[]>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<readonly UserErrorShape[]>([]);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const errorId = useId();
  const confirm = async () => {
    setBusy(true);
    try {
      setErrors(await onConfirm());
    } catch (error) {
      setErrors([{ message: error instanceof Error ? error.message : String(error), code: "REQUEST_FAILED" }]);
    } finally {
      setBusy(false);
      dialog.current?.close();
    }
  };
  return (
    <span className="confirm">
      <Button
        variant={variant}
        onClick={() => dialog.current?.showModal()}
        aria-describedby={errors.length ? errorId : undefined}
      >
        {label}
      </Button>
      {errors.length > 0 && (
        <span id={errorId} role="alert" className="field-error">
          {errors.map((e) => e.message).join(" ")}
        </span>
      )}
      <dialog ref={dialog} aria-labelledby={titleId} className="confirm-dialog">
        <p id={titleId}>{question}</p>
        <div className="confirm-actions">
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            Keep
          </Button>
          <Button variant={variant} disabled={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </span>
  );
}
