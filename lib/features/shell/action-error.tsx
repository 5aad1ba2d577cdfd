/** Why the last action was refused, announced to screen readers as it appears. */
export function ActionError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="alert error">
      {error}
    </p>
  );
}
