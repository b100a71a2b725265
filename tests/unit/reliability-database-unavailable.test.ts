import { createServer, type AddressInfo, type Server } from "node:net";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { AuthError, CallbackRouteError } from "@auth/core/errors";
import { Client, DatabaseError } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/actions/database-unavailable";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { ConflictError, NotFoundError } from "@/lib/db/errors";
import { Prisma } from "@/lib/db/generated/client";

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A server that accepts a connection and hangs up at once, as a PostgreSQL going down does. */
let hangUp: Server;
let hangUpPort: number;
beforeAll(async () => {
  hangUp = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => hangUp.listen(0, "127.0.0.1", resolve));
  hangUpPort = (hangUp.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => hangUp.close(resolve)));

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

/** What pg-protocol builds from a server's ErrorResponse. */
function postgresError(code: string, message: string, severity = "ERROR"): DatabaseError {
  return Object.assign(new DatabaseError(message, message.length, "error"), { code, severity });
}

/** How Prisma 7 wraps a PostgreSQL error the pg adapter passed on (seen when a server shuts down mid-query). */
function prismaRawQueryFailure(code: string, message: string): Prisma.PrismaClientKnownRequestError {
  const adapterError = new DriverAdapterError({
    kind: "postgres",
    originalCode: code,
    originalMessage: message,
    code,
    severity: "FATAL",
    message,
    detail: undefined,
    column: undefined,
    hint: undefined,
  });
  return new Prisma.PrismaClientKnownRequestError(`Raw query failed. Code: \`${code}\`. Message: \`${message}\``, {
    code: "P2010",
    clientVersion: Prisma.prismaVersion.client,
    meta: { driverAdapterError: adapterError },
  });
}

describe("isDatabaseUnavailable: a database out of reach", () => {
  it("recognises Prisma's own error when nothing listens on the database's port", async () => {
    const db = createPrismaClient(`postgresql://postgres@127.0.0.1:${await closedPort()}/none`, 1);
    const error = await failureOf(() => db.person.count());
    await db.$disconnect();
    expect(error).toMatchObject({ code: "P1001" });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises the same from a raw query in a transaction (P2010, with the adapter's cause)", async () => {
    const db = createPrismaClient(`postgresql://postgres@127.0.0.1:${await closedPort()}/none`, 1);
    const error = await failureOf(() => db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));
    await db.$disconnect();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises pg's refused connection and its connection ended by the server", async () => {
    const refused = await failureOf(() => new Client({ host: "127.0.0.1", port: 1 }).connect());
    expect(refused).toMatchObject({ code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);

    const ended = await failureOf(() => new Client({ host: "127.0.0.1", port: hangUpPort }).connect());
    expect(ended).toMatchObject({ message: "Connection terminated unexpectedly" });
    expect(isDatabaseUnavailable(ended)).toBe(true);
  });

  it("recognises a server shutting down, crashing, starting up or full, in pg's and in Prisma's wrapping", () => {
    for (const code of ["57P01", "57P02", "57P03", "53300", "08006", "08001"]) {
      expect(isDatabaseUnavailable(postgresError(code, "the server said no", "FATAL")), code).toBe(true);
      expect(isDatabaseUnavailable(prismaRawQueryFailure(code, "the server said no")), code).toBe(true);
    }
  });

  it("counts a database too busy to give a transaction a connection in time as out of reach", async () => {
    // What a pool of one (the embedded database's) gives a transaction queued behind a slow one.
    const database = await startEmbeddedPostgres();
    const db = createPrismaClient(database.connectionString, 1);
    try {
      const slow = db.$transaction(async (tx) => tx.$executeRaw`SELECT pg_sleep(0.5)`);
      const error = await failureOf(() => db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`, { maxWait: 50 }));
      await slow;
      expect(error).toMatchObject({ code: "P2028" });
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await db.$disconnect();
      await database.stop();
    }
  }, 60_000); // starting PGlite takes seconds on a busy machine

  it("looks inside Auth.js's sign-in errors, which carry the cause in cause.err", async () => {
    const db = createPrismaClient(`postgresql://postgres@127.0.0.1:${await closedPort()}/none`, 1);
    const prismaError = await failureOf(() => db.$queryRaw`SELECT 1`);
    await db.$disconnect();
    // As Auth.js throws it when authorize() fails: new CallbackRouteError(error, { provider }).
    const signInError = new (CallbackRouteError as unknown as new (cause: unknown, options: object) => Error)(prismaError, { provider: "credentials" });
    expect(signInError.cause).toMatchObject({ err: prismaError, provider: "credentials" });
    expect(isDatabaseUnavailable(signInError)).toBe(true);
  });
});

describe("isDatabaseUnavailable: every other failure", () => {
  it("leaves the app's own and the data's failures alone", () => {
    const unique = new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: Prisma.prismaVersion.client });
    const failures: unknown[] = [
      unique,
      new NotFoundError("person"),
      new ConflictError("Someone else saved first."),
      postgresError("23505", "duplicate key value violates unique constraint"),
      postgresError("40001", "could not serialize access due to concurrent update"),
      prismaRawQueryFailure("42P01", 'relation "Person" does not exist'),
      new AuthError("CredentialsSignin"),
      new Error("Connection terminated by the user's choice"),
      new Error("boom"),
      "ECONNREFUSED",
      null,
      undefined,
    ];
    for (const failure of failures) expect(isDatabaseUnavailable(failure), String(failure)).toBe(false);
  });

  it("stops on a cause chain that loops", () => {
    const first = new Error("first");
    const second = new Error("second", { cause: first });
    (first as Error & { cause?: unknown }).cause = second;
    expect(isDatabaseUnavailable(first)).toBe(false);
  });

  it("finds the cause a few wrappings down", () => {
    const deep = new Error("outer", { cause: new Error("middle", { cause: postgresError("57P01", "terminating connection due to administrator command", "FATAL") }) });
    expect(isDatabaseUnavailable(deep)).toBe(true);
  });
});
