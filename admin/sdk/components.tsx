import type { ButtonHTMLAttributes, HTMLAttributes, ReactNode } from "react";

const join = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(" ");

/** A card: the box every dashboard section sits in. */
export function Container({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={join("ui-container", className)} {...props} />;
}

/** A heading; `level` picks h1 to h3 (default h2). */
export function Heading({
  level = "h2",
  className,
  ...props
}: HTMLAttributes<HTMLHeadingElement> & { level?: "h1" | "h2" | "h3" }) {
  const Tag = level;
  return <Tag className={join("ui-heading", `ui-heading-${level}`, className)} {...props} />;
}

/** Body text; `size="small"` for secondary text. */
export function Text({
  size,
  className,
  ...props
}: HTMLAttributes<HTMLParagraphElement> & { size?: "small" | "base" }) {
  return <p className={join("ui-text", size === "small" && "ui-text-small", className)} {...props} />;
}

/** A button; `variant="secondary"` for the quieter one, `danger` for destructive actions. */
export function Button({
  variant = "primary",
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" }) {
  return <button type={type} className={join("ui-button", `ui-button-${variant}`, className)} {...props} />;
}

/** A small status pill. */
export function Badge({
  children,
  color = "grey",
}: {
  children: ReactNode;
  color?: "grey" | "green" | "red" | "orange";
}) {
  return <span className={join("ui-badge", `ui-badge-${color}`)}>{children}</span>;
}
