"use client";
import { Component, type ReactNode } from "react";

type TProps = {
  /** What shows instead of the children once they threw; a function gets a retry that renders them anew. */
  fallback: ReactNode | ((retry: () => void) => ReactNode);
  children: ReactNode;
};

/**
 * Keeps a failing part (a chart, a form loaded on demand) from taking the page down with it: the
 * rest of the page stays, and the part says it could not be shown. The one error boundary below
 * the route's own error.tsx.
 */
export class FallbackBoundary extends Component<TProps, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    const { fallback } = this.props;
    return typeof fallback === "function" ? fallback(() => this.setState({ failed: false })) : fallback;
  }
}
