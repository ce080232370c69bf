/** A small structured logger: one JSON line per event on stderr, quiet in tests unless asked. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(options: { silent?: boolean } = {}): Logger {
  const write = (level: string) => (event: string, fields: Record<string, unknown> = {}) => {
    if (options.silent) return;
    process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level, event, ...fields })}\n`);
  };
  return { info: write("info"), warn: write("warn"), error: write("error") };
}
