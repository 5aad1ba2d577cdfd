"use client";

/** Opens the browser's print dialog; the A4 print stylesheet hides navigation and this button. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
