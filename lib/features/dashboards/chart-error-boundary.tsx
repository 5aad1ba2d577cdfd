"use client";
import { Component, type ReactNode } from "react";

/** Keeps a failing chart from taking the page down; the tables next to it hold the same numbers. */
export class ChartErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p role="alert">{this.props.fallback}</p> : this.props.children;
  }
}
