/**
 * Reads of a constant table by a key that came from user input (a manifest value, a command-line word, a
 * path segment): only the table's own entries count, so `constructor`, `__proto__` or `toString` find nothing
 * instead of a member of Object.prototype.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
