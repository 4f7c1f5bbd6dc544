/** "1 measure", "3 measures": a count with its noun, as the pane's messages write them. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
