import { useEffect, useState, type FormEvent } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { Button, Container, Heading } from "../../sdk/components.tsx";
import { mutate, useQuery, type UserErrorShape } from "../api/hooks.ts";
import { Field } from "../forms/field.tsx";
import { graphql } from "../generated/gql/gql.ts";
import { ProductDetailQuery } from "./product-detail.tsx";

const CreateProduct = graphql(`
  mutation AdminCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UpdateProduct = graphql(`
  mutation AdminUpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      product {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Status = "DRAFT" | "PROPOSED" | "PUBLISHED" | "REJECTED";
type VariantDraft = { title: string; sku: string; eur: string; usd: string };

const blankVariant = (): VariantDraft => ({ title: "", sku: "", eur: "", usd: "" });

const topFields = ["title", "handle", "subtitle", "description"];

/** The path without the argument's name (`["input", "handle"]` → `["handle"]`). */
const inputPath = (field: readonly string[]) => (field[0] === "input" ? field.slice(1) : field);

/** Whether a Field of the form shows this error: a top-level field, or a variant's title, sku or price amount. */
function placed(field: readonly string[]): boolean {
  const path = inputPath(field);
  if (path.length === 1) return topFields.includes(path[0] ?? "");
  return path[0] === "variants" && ["title", "sku", "amount"].includes(path.at(-1) ?? "");
}

/** Errors whose field path starts with `prefix` (e.g. variants.0), keyed by their last segment. */
const errorsUnder = (errors: UserErrorShape[], prefix: string[]) =>
  errors.filter((e) => prefix.every((segment, i) => inputPath(e.field ?? [])[i] === segment));

export function ProductFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const existing = useQuery(ProductDetailQuery, { id: id ?? "" });
  const [title, setTitle] = useState("");
  const [handle, setHandle] = useState("");
  const [subtitle, setSubtitle] = useState("");
  const [description, setDescription] = useState("");
  const [status, setStatus] = useState<Status>("DRAFT");
  const [optionTitle, setOptionTitle] = useState("Size");
  const [variants, setVariants] = useState<VariantDraft[]>([blankVariant()]);
  const [errors, setErrors] = useState<UserErrorShape[]>([]);
  const product = id ? existing.data?.product : undefined;
  useEffect(() => {
    if (!product) return;
    setTitle(product.title);
    setHandle(product.handle);
    setSubtitle(product.subtitle ?? "");
    setDescription(product.description ?? "");
    setStatus(product.status as Status);
  }, [product]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = {
      title,
      handle: handle || null,
      subtitle: subtitle || null,
      description: description || null,
      status,
    };
    if (id) {
      const { updateProduct } = await mutate(UpdateProduct, { input: { id, ...common } });
      setErrors(updateProduct.userErrors);
      if (updateProduct.product) navigate(`/products/${encodeURIComponent(updateProduct.product.id)}`);
      return;
    }
    const prices = (v: VariantDraft) => [
      ...(v.eur ? [{ amount: v.eur, currencyCode: "eur" }] : []),
      ...(v.usd ? [{ amount: v.usd, currencyCode: "usd" }] : []),
    ];
    const { createProduct } = await mutate(CreateProduct, {
      input: {
        ...common,
        idempotencyKey: crypto.randomUUID(),
        options: [{ title: optionTitle, values: variants.map((v) => v.title) }],
        variants: variants.map((v) => ({
          title: v.title,
          sku: v.sku || null,
          options: [{ option: optionTitle, value: v.title }],
          prices: prices(v),
        })),
      },
    });
    setErrors(createProduct.userErrors);
    if (createProduct.product) navigate(`/products/${encodeURIComponent(createProduct.product.id)}`);
  };

  const setVariant = (index: number, patch: Partial<VariantDraft>) =>
    setVariants(variants.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  // Errors no field shows (an unknown path, a price rule, the whole input) go in one box under the form.
  const unplaced = errors.filter((e) => !placed(e.field ?? []));
  const topErrors = errors.filter((e) => inputPath(e.field ?? []).length === 1);
  return (
    <Container>
      <Heading level="h1">{id ? `Edit ${product?.title ?? "product"}` : "Create product"}</Heading>
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Title" name="title" value={title} onChange={setTitle} errors={topErrors} required />
        <Field label="Handle" name="handle" value={handle} onChange={setHandle} errors={topErrors} />
        <Field label="Subtitle" name="subtitle" value={subtitle} onChange={setSubtitle} errors={topErrors} />
        <Field
          label="Description"
          name="description"
          value={description}
          onChange={setDescription}
          errors={topErrors}
        />
        <label>
          Status
          <select name="status" value={status} onChange={(e) => setStatus(e.target.value as Status)}>
            <option value="DRAFT">Draft</option>
            <option value="PROPOSED">Proposed</option>
            <option value="PUBLISHED">Published</option>
            <option value="REJECTED">Rejected</option>
          </select>
        </label>
        {!id && (
          <fieldset>
            <legend>Variants</legend>
            <Field label="Option name" name="optionTitle" value={optionTitle} onChange={setOptionTitle} errors={[]} />
            {variants.map((v, i) => {
              const mine = errorsUnder(errors, ["variants", String(i)]);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional drafts, never reordered
                <fieldset key={i} className="variant-row">
                  <legend>Variant {i + 1}</legend>
                  <Field
                    label={`Variant ${i + 1} ${optionTitle} value`}
                    name={`variant-${i}-title`}
                    path="title"
                    value={v.title}
                    onChange={(title) => setVariant(i, { title })}
                    errors={mine}
                    required
                  />
                  <Field
                    label={`Variant ${i + 1} SKU`}
                    name={`variant-${i}-sku`}
                    path="sku"
                    value={v.sku}
                    onChange={(sku) => setVariant(i, { sku })}
                    errors={mine}
                  />
                  <Field
                    label={`Variant ${i + 1} price EUR`}
                    name={`variant-${i}-eur`}
                    path="amount"
                    value={v.eur}
                    onChange={(eur) => setVariant(i, { eur })}
                    errors={mine}
                  />
                  <Field
                    label={`Variant ${i + 1} price USD`}
                    name={`variant-${i}-usd`}
                    path="amount"
                    value={v.usd}
                    onChange={(usd) => setVariant(i, { usd })}
                    errors={[]}
                  />
                </fieldset>
              );
            })}
            <Button variant="secondary" onClick={() => setVariants([...variants, blankVariant()])}>
              Add variant
            </Button>
          </fieldset>
        )}
        {unplaced.length > 0 && (
          <p role="alert" className="field-error">
            {unplaced.map((e) => e.message).join(" ")}
          </p>
        )}
        <Button type="submit">{id ? "Save" : "Create"}</Button>
      </form>
    </Container>
  );
}
