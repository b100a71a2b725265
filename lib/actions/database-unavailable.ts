/**
 * Tells a database that cannot be reached (down, restarting, failing over, out of connections,
 * or so busy that no connection came free in time) from every other failure, so that people are asked to try again instead of being shown a
 * generic error. Duck-typed, because the same failure arrives in several wrappings: Prisma's
 * errors (with the driver adapter's error in `meta.driverAdapterError`), `pg`'s own errors,
 * Node's socket errors, and Auth.js errors that carry any of these in `cause.err`.
 */

export const DATABASE_UNAVAILABLE_MESSAGE = "We could not reach the database. Nothing was saved; please try again in a moment.";

/**
 * Prisma: cannot reach the server, timed out reaching it, operation timed out, server closed the
 * connection; no connection free in the pool in time, and a transaction that could not start (or
 * ran out of time and was rolled back), which is how an overloaded database shows itself.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);

/** What @prisma/adapter-pg reports for socket failures and a full server. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/**
 * PostgreSQL SQLSTATEs: admin shutdown, crash shutdown, cannot connect now (starting up or
 * shutting down), too many connections. Class 08 (connection exceptions) is matched as a class.
 */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/** `pg`'s own messages when a connection ends or never opens; they carry no code. */
const PG_MESSAGES = [
  /^Connection terminated( unexpectedly| due to connection timeout)?$/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
];

type Node = Record<string, unknown>;

function isObject(value: unknown): value is Node {
  return typeof value === "object" && value !== null;
}

function describesUnavailable(node: Node): boolean {
  for (const key of ["code", "originalCode"]) {
    const code = node[key];
    if (typeof code !== "string") continue;
    if (PRISMA_CODES.has(code) || SQLSTATES.has(code) || SOCKET_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  if (typeof node.kind === "string" && ADAPTER_KINDS.has(node.kind)) return true;
  return typeof node.message === "string" && PG_MESSAGES.some((pattern) => pattern.test(node.message as string));
}

/** The errors a failure wraps, where the libraries above put them. */
function wrapped(node: Node): unknown[] {
  const meta = isObject(node.meta) ? node.meta : undefined;
  return [node.cause, node.err, meta?.driverAdapterError, ...(Array.isArray(node.errors) ? node.errors : [])];
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  // A few levels cover every wrapping seen; the bound keeps a cyclic or deep chain cheap.
  for (let depth = 0; depth < 6 && queue.length > 0; depth += 1) {
    for (const node of queue.splice(0)) {
      if (!isObject(node) || seen.has(node)) continue;
      seen.add(node);
      if (describesUnavailable(node)) return true;
      queue.push(...wrapped(node));
    }
  }
  return false;
}
