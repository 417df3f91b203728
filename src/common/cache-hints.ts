/**
 * Lowers the max-age of the answer that includes this field, for a value that changes with time
 * rather than with a write (a call's status at its opening and closing). A no-op with the cache off.
 */
export function limitCacheAge(info: unknown, seconds: number): void {
  const { cacheControl } = info as { cacheControl?: { setCacheHint(hint: { maxAge: number }): void } };
  cacheControl?.setCacheHint({ maxAge: Math.max(0, Math.floor(seconds)) });
}
