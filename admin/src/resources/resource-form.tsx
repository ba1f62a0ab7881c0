import { useState, type FormEvent } from "react";
import { Button } from "../../sdk/components.tsx";
import type { UserErrorShape } from "../api/hooks.ts";
import { CheckboxField, Field, type FieldKind, type FieldOption } from "../forms/field.tsx";
import type { SaveResult, Values } from "./values.ts";

/** One field of a resource's form. */
export interface FieldSpec {
  name: string;
  label: string;
  kind?: FieldKind;
  required?: boolean;
  hint?: string;
  /** A select's fixed choices. */
  options?: readonly FieldOption[];
  /** A select's choices loaded from the API (a hook, called by the select alone). */
  useOptions?: () => readonly FieldOption[];
  /** The label of a loaded select's empty choice ("None" unless given). */
  emptyLabel?: string;
  /** Shown on the create form only (the update input has no such field). */
  createOnly?: boolean;
}

/** A select whose choices come from a query. */
function LoadedSelect({
  spec,
  value,
  onChange,
  errors,
  useOptions,
}: {
  spec: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  errors: readonly UserErrorShape[];
  useOptions: () => readonly FieldOption[];
}) {
  const options = useOptions();
  return (
    <Field
      label={spec.label}
      name={spec.name}
      kind="select"
      value={value}
      onChange={onChange}
      errors={errors}
      options={[{ value: "", label: spec.emptyLabel ?? "None" }, ...options]}
      hint={spec.hint}
    />
  );
}

/** The input field a userError names (its path's last segment). */
const named = (e: UserErrorShape) => e.field?.at(-1);

/**
 * A form over a list of fields: each userError beside the field it names, the others in one box
 * under the form. `onSaved` runs with the saved record's id once the server accepts it.
 */
export function ResourceForm({
  fields,
  initial,
  submitLabel,
  onSubmit,
  onSaved,
  resetOnSave,
  className = "form",
}: {
  fields: readonly FieldSpec[];
  initial: Values;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<SaveResult>;
  onSaved: (id: string) => void;
  /** Empties the form after a save (a form that adds rows to the page it sits on). */
  resetOnSave?: boolean;
  className?: string;
}) {
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<readonly UserErrorShape[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (name: string, value: string | boolean) => setValues((v) => ({ ...v, [name]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await onSubmit(values);
      setErrors(result.userErrors);
      if (result.id && !result.userErrors.length) {
        if (resetOnSave) setValues(initial);
        onSaved(result.id);
      }
    } catch (error) {
      // Not a userError (the server failed, or refused the request): shown in the form's box.
      const message = error instanceof Error ? error.message : String(error);
      setErrors([{ field: null, message, code: "REQUEST_FAILED" }]);
    } finally {
      setBusy(false);
    }
  };
  const placed = new Set(fields.map((f) => f.name));
  const unplaced = errors.filter((e) => !placed.has(named(e) ?? ""));
  return (
    <form className={className} onSubmit={submit} noValidate>
      {fields.map((spec) => {
        const value = values[spec.name];
        if (spec.kind === "checkbox")
          return (
            <CheckboxField
              key={spec.name}
              label={spec.label}
              name={spec.name}
              checked={value === true}
              onChange={(checked) => set(spec.name, checked)}
              errors={errors}
            />
          );
        const textValue = typeof value === "string" ? value : "";
        if (spec.useOptions)
          return (
            <LoadedSelect
              key={spec.name}
              spec={spec}
              value={textValue}
              onChange={(v) => set(spec.name, v)}
              errors={errors}
              useOptions={spec.useOptions}
            />
          );
        return (
          <Field
            key={spec.name}
            label={spec.label}
            name={spec.name}
            kind={spec.kind}
            value={textValue}
            onChange={(v) => set(spec.name, v)}
            errors={errors}
            required={spec.required}
            options={spec.options}
            hint={spec.hint}
          />
        );
      })}
      {unplaced.length > 0 && (
        <p role="alert" className="field-error">
          {unplaced.map((e) => e.message).join(" ")}
        </p>
      )}
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}

/** A select field over fixed choices, given as `{ VALUE: "Label" }` in display order. */
export const select = (
  name: string,
  label: string,
  choices: Record<string, string>,
  extra?: Partial<FieldSpec>,
): FieldSpec => ({
  name,
  label,
  kind: "select",
  options: Object.entries(choices).map(([value, text]) => ({ value, label: text })),
  ...extra,
});
