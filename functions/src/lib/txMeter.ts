// Counts what a transaction reads and writes, across its attempts, for the booking benchmark
// (issue 5 item 9: "Firestore reads and writes per booking"). A Proxy keeps the Transaction's
// type, so the code under measurement is the production code, unchanged.
import type { Transaction } from 'firebase-admin/firestore';

export interface TxStats {
  attempts: number;
  reads: number;
  writes: number;
}

export function newTxStats(): TxStats {
  return { attempts: 0, reads: 0, writes: 0 };
}

const WRITES = new Set(['create', 'set', 'update', 'delete']);

/** The same transaction, counting document reads (a query counts its documents) and writes. */
export function meterTransaction(tx: Transaction, stats: TxStats): Transaction {
  stats.attempts += 1;
  return new Proxy(tx, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (property === 'getAll') {
        return async (...args: unknown[]) => {
          const snapshots = (await method.apply(target, args)) as unknown[];
          stats.reads += snapshots.length;
          return snapshots;
        };
      }
      if (property === 'get') {
        return async (...args: unknown[]) => {
          const result = (await method.apply(target, args)) as { size?: number };
          stats.reads += typeof result.size === 'number' ? Math.max(result.size, 1) : 1;
          return result;
        };
      }
      if (typeof property === 'string' && WRITES.has(property)) {
        return (...args: unknown[]) => {
          stats.writes += 1;
          method.apply(target, args);
          return receiver;
        };
      }
      return method.bind(target);
    },
  });
}
