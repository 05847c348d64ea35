/** A choice's words from a table of `{ value, label }` (the forms' options, statuses, categories); the value itself if the table lacks it. */
export function labelOf<Value extends string>(table: readonly { value: Value; label: string }[], value: Value): string {
  return table.find((row) => row.value === value)?.label ?? value;
}
