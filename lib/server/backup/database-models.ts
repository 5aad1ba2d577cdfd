import "server-only";
import type { TDb } from "../../db/create-client";
import type { TDatabaseProvider } from "../../env";

export type TModel = { name: string; table: string; fields: Record<string, string> };

/** The Prisma delegate calls a backup and a restore use, the same for every model. */
export type TDelegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
  deleteMany(args?: object): Promise<{ count: number }>;
  count(args?: object): Promise<number>;
};

type TRuntimeDataModel = { models: Record<string, { dbName: string | null; fields: { name: string; kind: string; type: string }[] }> };

/** Every model of the generated client with its table and scalar fields, in schema order. */
export function modelsOf(client: TDb): TModel[] {
  const dataModel = (client as unknown as { _runtimeDataModel?: TRuntimeDataModel })._runtimeDataModel;
  if (!dataModel?.models) throw new Error("This Prisma client exposes no data model; backups need Prisma 6");
  return Object.entries(dataModel.models).map(([name, model]) => ({
    name,
    table: model.dbName ?? name,
    fields: Object.fromEntries(model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum").map((f) => [f.name, f.type])),
  }));
}

export function delegateOf(tx: unknown, model: string): TDelegate {
  const delegate = (tx as Record<string, TDelegate | undefined>)[model.charAt(0).toLowerCase() + model.slice(1)];
  if (!delegate) throw new Error(`No Prisma delegate for model ${model}`);
  return delegate;
}

type TRaw = Pick<TDb, "$queryRawUnsafe">;

/**
 * The models ordered so that every table comes after the tables its foreign keys point at (inserts
 * go in this order, deletes in reverse), read from the database's own catalog.
 */
export async function insertOrder(tx: TRaw, models: TModel[], provider: TDatabaseProvider): Promise<TModel[]> {
  const edges: { table: string; references: string }[] =
    provider === "sqlite"
      ? await tx.$queryRawUnsafe(
          `SELECT m.name AS "table", p."table" AS "references" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table'`,
        )
      : await tx.$queryRawUnsafe(
          `SELECT t.relname::text AS "table", r.relname::text AS "references" FROM pg_constraint c
           JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid JOIN pg_namespace n ON n.oid = t.relnamespace
           WHERE c.contype = 'f' AND n.nspname = current_schema()`,
        );
  const byTable = new Map(models.map((m) => [m.table, m]));
  const ordered: TModel[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (model: TModel) => {
    if (state.get(model.table) === "done") return;
    if (state.get(model.table) === "visiting") return; // a cycle (self-reference): insert order within it is left to the rows
    state.set(model.table, "visiting");
    for (const edge of edges) {
      const parent = edge.table === model.table && edge.references !== model.table ? byTable.get(edge.references) : undefined;
      if (parent) visit(parent);
    }
    state.set(model.table, "done");
    ordered.push(model);
  };
  models.forEach(visit);
  return ordered;
}

/** The last migration applied to a database (migrations are named so that they sort in order). */
export async function latestMigration(tx: TRaw): Promise<string> {
  const rows = await tx
    .$queryRawUnsafe<{ name: string }[]>(
      `SELECT migration_name AS "name" FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
    )
    .catch(() => []);
  if (!rows[0]) throw new Error("The database has no applied migrations: run `npm run db:migrate` first");
  return rows[0].name;
}
