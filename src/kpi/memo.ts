/**
 * Remembers what a text parser made of each text, errors included, so that a range of
 * 100,000 rows sharing a handful of target texts parses each text once.
 * The cache is bounded: a sheet of all-different texts cannot grow it without limit.
 */
const LIMIT = 4096;

export function memoizeText<T>(parse: (text: string) => T): (text: string) => T {
  const seen = new Map<string, { value: T } | { error: unknown }>();
  return (text: string): T => {
    let entry = seen.get(text);
    if (!entry) {
      try {
        entry = { value: parse(text) };
      } catch (error) {
        entry = { error };
      }
      if (seen.size >= LIMIT) seen.clear();
      seen.set(text, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.value;
  };
}
