import { Component, type ReactNode } from "react";

/** A UI route that throws shows an error box instead of blanking the dashboard. */
export class RouteBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error)
      return (
        <div role="alert" className="widget-error">
          This page failed: {this.state.error.message}
        </div>
      );
    return this.props.children;
  }
}
