import { errorFor, type UserErrorShape } from "../api/hooks.ts";

/** What a form field edits: a line of text by default. */
export type FieldKind =
  | "text"
  | "textarea"
  | "number"
  | "checkbox"
  | "select"
  | "datetime-local"
  | "email"
  | "password";

/** A choice of a select field. */
export interface FieldOption {
  value: string;
  label: string;
}

/**
 * A labelled control with the userError that names it right below. The error sits beside the
 * control, outside its label, so the control's accessible name stays its label.
 */
export function Field({
  label,
  name,
  value,
  onChange,
  errors,
  path,
  required,
  kind = "text",
  options,
  hint,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly UserErrorShape[];
  /** The input field the server names in its userErrors, when it is not `name`. */
  path?: string;
  required?: boolean;
  kind?: Exclude<FieldKind, "checkbox">;
  options?: readonly FieldOption[];
  hint?: string;
}) {
  const message = errorFor(errors, path ?? name);
  const described = [message && `${name}-error`, hint && `${name}-hint`].filter(Boolean).join(" ") || undefined;
  const common = {
    id: name,
    name,
    required,
    "aria-invalid": Boolean(message),
    "aria-describedby": described,
  };
  const control =
    kind === "select" ? (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ) : kind === "textarea" ? (
      <textarea {...common} value={value} rows={3} onChange={(e) => onChange(e.target.value)} />
    ) : (
      <input {...common} type={kind} value={value} onChange={(e) => onChange(e.target.value)} />
    );
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {control}
      {hint && (
        <span id={`${name}-hint`} className="muted">
          {hint}
        </span>
      )}
      {message && (
        <span id={`${name}-error`} className="field-error">
          {message}
        </span>
      )}
    </div>
  );
}

/** A checkbox with its label beside it, and the userError that names it. */
export function CheckboxField({
  label,
  name,
  checked,
  onChange,
  errors,
  path,
}: {
  label: string;
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors: readonly UserErrorShape[];
  /** The input field the server names in its userErrors, when it is not `name`. */
  path?: string;
}) {
  const message = errorFor(errors, path ?? name);
  return (
    <div className="field field-checkbox">
      <input
        id={name}
        name={name}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={Boolean(message)}
        aria-describedby={message ? `${name}-error` : undefined}
      />
      <label htmlFor={name}>{label}</label>
      {message && (
        <span id={`${name}-error`} className="field-error">
          {message}
        </span>
      )}
    </div>
  );
}
