// Reads the "Callables" table of docs/permissions.md, so the test runs the matrix people read.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ACTORS = ['visitor', 'member', 'moderator', 'assistant', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
/** ✓ allowed, — refused, own: allowed on the caller's own records only. */
export type Cell = 'allowed' | 'denied' | 'own';
export type CallableRow = Record<Actor, Cell>;

const CELLS: Record<string, Cell> = { '✓': 'allowed', '—': 'denied', own: 'own' };

export function parseCallableMatrix(markdown: string): Map<string, CallableRow> {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Callables\n'));
  if (!section) throw new Error('docs/permissions.md has no "## Callables" section');
  const lines = section.split('\n').filter((line) => line.startsWith('| `'));
  const rows = new Map<string, CallableRow>();
  for (const line of lines) {
    const [name, ...cells] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const callable = /^`(\w+)`$/.exec(name ?? '')?.[1];
    if (!callable || cells.length !== ACTORS.length) throw new Error(`malformed row: ${line}`);
    if (rows.has(callable)) throw new Error(`${callable} appears twice`);
    const parsed = cells.map((cell) => {
      const value = CELLS[cell];
      if (!value) throw new Error(`unknown cell "${cell}" in the ${callable} row`);
      return value;
    });
    rows.set(callable, Object.fromEntries(ACTORS.map((actor, i) => [actor, parsed[i]])) as CallableRow);
  }
  return rows;
}

export function readCallableMatrix(): Map<string, CallableRow> {
  const path = fileURLToPath(new URL('../../../docs/permissions.md', import.meta.url));
  return parseCallableMatrix(readFileSync(path, 'utf8'));
}
