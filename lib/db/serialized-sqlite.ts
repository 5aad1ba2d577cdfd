// SQLite through Prisma's better-sqlite3 adapter runs every request on one connection. The adapter
// serialises transactions among themselves, but a plain statement from another request could run
// while a transaction is open, become part of it, and be undone by its rollback: an acknowledged
// write lost. This wrapper makes every statement outside a transaction wait until no transaction is
// open, so each transaction has the connection to itself.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** A FIFO lock: `run` waits for every earlier holder to release. */
class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

function serialized(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Lock();
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => lock.run(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => lock.run(() => inner.executeRaw(query)),
    executeScript: (script: string) => lock.run(() => inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel) {
      // Held from BEGIN until COMMIT or ROLLBACK; statements inside the transaction do not take it.
      const release = await lock.acquire();
      let tx: Transaction;
      try {
        tx = await inner.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      let released = false;
      const done = () => {
        if (released) return;
        released = true;
        release();
      };
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: (query: SqlQuery) => tx.queryRaw(query),
        executeRaw: (query: SqlQuery) => tx.executeRaw(query),
        commit: () => tx.commit().finally(done),
        rollback: () => tx.rollback().finally(done),
      };
    },
  };
}

/**
 * WAL lets backups and the CLI read while the app writes; synchronous=NORMAL in WAL mode syncs at
 * checkpoints instead of at every commit (an fsync per commit capped saves at about 70 a second
 * here). busy_timeout makes another process's write wait instead of failing.
 */
export function serializedSqlite(factory: SqlDriverAdapterFactory, options: { synchronous: "normal" | "full" }): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const inner = await factory.connect();
      await inner.executeScript(
        `PRAGMA journal_mode = WAL; PRAGMA synchronous = ${options.synchronous === "full" ? "FULL" : "NORMAL"}; PRAGMA busy_timeout = 5000;`,
      );
      return serialized(inner);
    },
  };
}
