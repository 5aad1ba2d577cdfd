export function FieldError({ message, id }: { message?: string; id?: string }) {
  if (!message) return null;
  return (
    <span className="field-error" role="alert" id={id}>
      {message}
    </span>
  );
}
