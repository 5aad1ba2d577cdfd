export default function Loading() {
  return (
    <div className="skeleton" aria-busy="true" aria-live="polite">
      <div className="skeleton-line" />
      <div className="skeleton-line short" />
    </div>
  );
}
