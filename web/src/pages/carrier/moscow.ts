/** Moscow is UTC+3 all year: the pickup time is typed in Moscow time, whatever the device's zone. */
const MSK_MS = 3 * 3600_000;

/** ISO time → the value of an <input type="datetime-local"> in Moscow time. */
export function toMoscowInput(iso: string | Date): string {
  const t = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  return new Date(t + MSK_MS).toISOString().slice(0, 16);
}

/** An <input type="datetime-local"> value in Moscow time → ISO with its offset, or null. */
export function fromMoscowInput(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+03:00` : null;
}
