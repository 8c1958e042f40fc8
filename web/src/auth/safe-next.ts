/** A redirect target only within this site: never an absolute URL someone slipped into ?next=. */
export function safeNext(next: string | null, origin = window.location.origin): string | null {
  // A backslash or a control character can turn `/…` into another host once the browser parses it.
  if (
    !next ||
    !next.startsWith('/') ||
    next.includes('\\') ||
    [...next].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)
  )
    return null;
  try {
    const url = new URL(next, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
