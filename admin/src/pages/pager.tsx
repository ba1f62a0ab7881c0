/** Pagination under a list: back to the first page, or on to the next. */
export function Pager({
  total,
  next,
  atStart,
  onPage,
}: {
  total: number | undefined;
  next: string | null | undefined;
  atStart: boolean;
  onPage: (cursor: string | null) => void;
}) {
  return (
    <nav className="pager" aria-label="Pagination">
      <span className="pager-total">{total ?? "…"} in all</span>
      <button type="button" className="ui-button ui-button-secondary" disabled={atStart} onClick={() => onPage(null)}>
        First page
      </button>
      <button
        type="button"
        className="ui-button ui-button-secondary"
        disabled={!next}
        onClick={() => onPage(next ?? null)}
      >
        Next page
      </button>
    </nav>
  );
}
