import { Component, type ErrorInfo, type ReactNode } from "react";
import type { InjectionZone } from "../../sdk/config.ts";
import { widgetsIn } from "./registry.ts";

/** Keeps a throwing widget inside its box: the page around it stays usable. */
class WidgetBoundary extends Component<{ file: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`admin widget ${this.props.file} failed`, error, info.componentStack);
  }
  override render() {
    if (this.state.error)
      return (
        <div role="alert" className="widget-error">
          Widget <code>{this.props.file}</code> failed: {this.state.error.message}
        </div>
      );
    return this.props.children;
  }
}

/** Renders the widgets injected in `zone`; detail zones pass the page's record as `data`. */
export function WidgetZone({ zone, data }: { zone: InjectionZone; data?: unknown }) {
  const list = widgetsIn(zone);
  if (!list.length) return null;
  return (
    <div className="widget-zone" data-zone={zone}>
      {list.map(({ file, Component: Widget }) => (
        <WidgetBoundary key={file} file={file}>
          <Widget data={data} />
        </WidgetBoundary>
      ))}
    </div>
  );
}
