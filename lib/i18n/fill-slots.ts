/**
 * Fills `{name}` slots in a message the server translated with the slots left in, so a list of
 * many items carries the translated wording once. Values are inserted as they are, never re-read as
 * slots; a slot without a value stays as written.
 */
export function fillSlots(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? values[name]! : slot));
}
