/**
 * Prisma's schema engine compiled to WebAssembly (`@prisma/schema-engine-wasm`), driven through
 * the `pg` driver adapter. The Prisma CLI's native schema-engine binary cannot be downloaded on
 * our machines, so migrations are applied and diffed here instead (see README, "Design
 * decisions"). Migrations are recorded in Prisma's standard `_prisma_migrations` table with the
 * same checksums the CLI writes, so `prisma migrate deploy` on a machine that has the binary
 * treats them as applied.
 */
import type { Dirent } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type ErrorRegistry,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
  SchemasContainer,
} from "@prisma/schema-engine-wasm/schema_engine_bg";

/** Directory of this file: `prisma/`. */
export const PRISMA_DIR = __dirname;
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const LOCKFILE_NAME = "migration_lock.toml";
const MIGRATION_FILE_NAME = "migration.sql";

/** No tables or enums are managed outside Prisma (prisma.config.ts declares none). */
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface EngineOptions {
  /** Receives the engine's log lines (JSON strings). Default: printed when DEBUG mentions prisma. */
  log?: (line: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Loading the WebAssembly module (once per process)

/**
 * The instantiation is kept on globalThis, not in a module variable: a test runner may evaluate
 * this file afresh for every test file while Node keeps one shared `schema_engine_bg.js`, whose
 * cached views of the WebAssembly memory would go stale if a second instance replaced the first.
 */
const WASM_READY = Symbol.for("leadership-transition.schemaEngineWasmReady");
const wasmHost = globalThis as typeof globalThis & { [WASM_READY]?: Promise<void> };

/**
 * wasm-bindgen's panic hook reports the Rust panic message through this global before the
 * module traps (the Prisma CLI installs the same object); without it a panic hides its message.
 */
interface PanicRegistry {
  message: string;
  set_message(message: string): void;
}
const panicHost = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
panicHost.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(message: string) {
    this.message = message;
  },
};

/**
 * Makes an engine error say what went wrong: adds the Rust panic message if the engine
 * panicked, and replaces "External error id#N" (a JavaScript error thrown inside the adapter,
 * e.g. a failing statement in a migration) with that error's own message.
 */
function explainEngineError(error: unknown, errors: ErrorRegistry): unknown {
  if (!(error instanceof Error)) return error;
  error.message = error.message.replace(/External error id#(\d+)/g, (text, id: string) => {
    const record = errors.consumeError(Number(id));
    if (!record) return text;
    const cause = record.error;
    return `${text}: ${cause instanceof Error ? cause.message : String(cause)}`;
  });
  const registry = panicHost.PRISMA_WASM_PANIC_REGISTRY;
  if (registry?.message) {
    error.message = `${error.message}\nSchema engine panicked: ${registry.message}`;
    registry.message = "";
  }
  return error;
}

/**
 * Instantiates `schema_engine_bg.wasm` with `schema_engine_bg.js` as its import object, the way
 * the package's own `schema_engine.js` would if Node could `import` a `.wasm` file.
 */
function loadWasm(): Promise<void> {
  wasmHost[WASM_READY] ??= (async () => {
    const require = createRequire(__filename);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const imports: WebAssembly.ModuleImports = { ...wasmBindings };
    // The engine arms 10 s timers it never clears (there is no clearTimeout import); unref them
    // so a finished CLI exits at once instead of idling for 10 s.
    for (const [name, value] of Object.entries(wasmBindings)) {
      if (name.startsWith("__wbg_setTimeout_") && typeof value === "function") {
        const setTimeoutImport = value as (...args: unknown[]) => unknown;
        imports[name] = (...args: unknown[]) => {
          const timer = setTimeoutImport(...args);
          (timer as { unref?: () => void } | undefined)?.unref?.();
          return timer;
        };
      }
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })().catch((error: unknown) => {
    delete wasmHost[WASM_READY];
    throw error;
  });
  return wasmHost[WASM_READY];
}

function defaultLog(line: string): void {
  if (/prisma|schema-engine|\*/.test(process.env.DEBUG ?? "")) console.error(line);
}

// ---------------------------------------------------------------------------------------------
// Inputs read from disk

async function readSchema(): Promise<SchemasContainer> {
  const content = await readFile(SCHEMA_PATH, "utf8");
  return { files: [{ path: SCHEMA_PATH, content }] };
}

/** The committed migrations, in the shape the engine expects (as the Prisma CLI builds it). */
export async function readMigrationsList(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockfileContent = await readFile(path.join(migrationsDir, LOCKFILE_NAME), "utf8").catch(
    () => null,
  );
  let entries: Dirent[] = [];
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const migrationDirectories: MigrationDirectory[] = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const file = path.join(migrationsDir, entry.name, MIGRATION_FILE_NAME);
    const content = await readFile(file, "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    migrationDirectories.push({
      path: entry.name,
      migrationFile: { path: MIGRATION_FILE_NAME, content },
    });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE_NAME, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

// ---------------------------------------------------------------------------------------------
// Engine lifetime

// The schema engine reads catalog columns of Postgres's one-byte type `"char"` (OID 18, e.g.
// `pg_constraint.contype`) and expects them typed as `Character`. `@prisma/adapter-pg` 7.10 has
// no mapping for OID 18 and fails with "Column type 'char' could not be deserialized from the
// database" (and typing them `Text` makes the describer panic). So the pool's client relabels
// such fields as text (pg returns their values as one-character strings anyway) and records
// their positions on the rows array, which the adapter passes through unchanged; the adapter
// wrapper below then reports those columns as `Character`.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_COLUMNS = Symbol("charColumns");

type PgResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] } | undefined;
type TaggedRows = unknown[] & { [CHAR_COLUMNS]?: number[] };

function relabelCharFields<R>(result: R): R {
  for (const r of (Array.isArray(result) ? result : [result]) as PgResultLike[]) {
    const positions: number[] = [];
    r?.fields?.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        positions.push(i);
      }
    });
    if (positions.length > 0 && Array.isArray(r?.rows)) {
      Object.defineProperty(r.rows, CHAR_COLUMNS, { value: positions, enumerable: false });
    }
  }
  return result;
}

class CharRelabellingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const run = super.query as (...a: unknown[]) => unknown;
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (error: Error | null, result: unknown) => void;
      args[args.length - 1] = (error: Error | null, result: unknown) =>
        callback(error, error ? result : relabelCharFields(result));
      return run.apply(this, args) as never;
    }
    const returned = run.apply(this, args);
    return (returned instanceof Promise ? returned.then(relabelCharFields) : returned) as never;
  }
}

function withCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  return Object.assign(Object.create(queryable) as Q, {
    async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
      const result = await queryRaw(query);
      for (const i of (result.rows as TaggedRows)[CHAR_COLUMNS] ?? []) {
        result.columnTypes[i] = ColumnTypeEnum.Character;
      }
      return result;
    },
  });
}

/**
 * Wraps a connected adapter: "char" columns as above, and `executeScript` sends the whole script
 * as ONE simple-protocol query (as the native engine does) instead of adapter-pg's split on every
 * `;`, which would break on a semicolon inside a string literal, comment or function body.
 */
function wrapAdapter(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  return Object.assign(withCharColumns(adapter), {
    async executeScript(script: string): Promise<void> {
      try {
        await pool.query(script);
      } catch (error) {
        // Let adapter-pg turn a database error into the driver-adapter error it would have
        // thrown, so the engine reports (and records in _prisma_migrations.logs) the real message.
        const convert = (adapter as unknown as { onError?: (e: unknown) => never }).onError;
        if (typeof convert === "function") convert.call(adapter, error);
        throw error;
      }
    },
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      return withCharColumns(await startTransaction(isolationLevel));
    },
  });
}

function adapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg(pool);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => wrapAdapter(await inner.connect(), pool),
    connectToShadowDb: () => {
      throw new Error("No shadow database: apply migrations to a scratch database and diff it.");
    },
  };
}

/**
 * Runs `fn` with a schema engine connected to `connectionString` through a `pg` pool of ONE
 * connection (PGlite serves a single connection; one is plenty for migrations), then frees the
 * engine and ends the pool so the process can exit.
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  fn: (engine: SchemaEngine, schema: SchemasContainer) => Promise<T>,
  options: EngineOptions = {},
): Promise<T> {
  await loadWasm();
  const schema = await readSchema();
  const log = options.log ?? defaultLog;
  const pool = new pg.Pool({ connectionString, max: 1, Client: CharRelabellingClient });
  // An idle client's error (e.g. the server going away) must not crash the process.
  pool.on("error", (error) => log(`pg pool error: ${error.message}`));
  const boundFactory = bindMigrationAwareSqlAdapterFactory(adapterFactory(pool));
  let engine: SchemaEngine | undefined;
  try {
    const datamodels: [string, string][] = schema.files.map((f) => [f.path, f.content]);
    engine = await wasmBindings.SchemaEngine.new({ datamodels }, log, boundFactory);
    return await fn(engine, schema);
  } catch (error) {
    throw explainEngineError(error, boundFactory.errorRegistry);
  } finally {
    engine?.free();
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Public operations

/**
 * Applies every committed `prisma/migrations/<name>/migration.sql` not yet recorded in the
 * database's `_prisma_migrations` table, in name order. Returns the names applied (empty when the
 * database is up to date).
 */
export async function applyMigrations(
  connectionString: string,
  options: EngineOptions = {},
): Promise<string[]> {
  const migrationsList = await readMigrationsList();
  if (migrationsList.lockfile.content === null) {
    throw new Error(`Missing ${path.join(MIGRATIONS_DIR, LOCKFILE_NAME)}`);
  }
  return withSchemaEngine(
    connectionString,
    async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList,
        filters: NO_FILTERS,
      });
      return appliedMigrationNames;
    },
    options,
  );
}

/**
 * SQL that takes the database at `connectionString` to `prisma/schema.prisma`; an empty string
 * when the two already match.
 */
export async function diffToSchema(
  connectionString: string,
  options: EngineOptions = {},
): Promise<string> {
  return withSchemaEngine(
    connectionString,
    async (engine, schema) => {
      const result = await engine.diff({
        // The datasource of a schema means the database the engine's adapter is connected to.
        from: { tag: "schemaDatasource", files: schema.files, configDir: PRISMA_DIR },
        to: { tag: "schemaDatamodel", files: schema.files },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      });
      // With exitCode set, the engine answers 2 for a non-empty diff and 0 for an empty one.
      return result.exitCode === 2 ? (result.stdout ?? "") : "";
    },
    options,
  );
}
