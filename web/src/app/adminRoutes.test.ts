// The page half of the permissions matrix (ACC-3, issue 8: "a moderator sees neither money pages
// nor member profiles; an assistant cannot change settings or roles"): every cell of the
// "Back-office pages" table in docs/permissions.md against the route guards and the staff menu.
import { readFileSync } from 'node:fs';
import { isValidElement, type ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '@agora/domain';
import { adminRoute } from './adminRoutes.tsx';
import { RequireRole } from './auth/guards.tsx';
import { canManageRoles } from './auth/permissions.ts';
import { adminNavLinks } from '../features/admin/adminNav.ts';

const ROLES = ['moderator', 'assistant', 'admin'] as const;

function documentedPages(): Map<string, Record<StaffRole, boolean>> {
  const markdown = readFileSync(new URL('../../../docs/permissions.md', import.meta.url), 'utf8');
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Back-office pages\n')) ?? '';
  const pages = new Map<string, Record<StaffRole, boolean>>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const [page = '', ...cells] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    expect(
      cells.every((cell) => cell === '✓' || cell === '—'),
      line,
    ).toBe(true);
    pages.set(
      page.replaceAll('`', ''),
      Object.fromEntries(ROLES.map((role, i) => [role, cells[i] === '✓'])) as Record<StaffRole, boolean>,
    );
  }
  return pages;
}

/** The roles a RequireRole element admits; null when the element is not a guard. */
function guardRoles(element: unknown): readonly StaffRole[] | null {
  if (!isValidElement(element) || element.type !== RequireRole) return null;
  return (element as ReactElement<{ roles: readonly StaffRole[] }>).props.roles;
}

/** Each page under /admin with the roles that open it (the area's guard, then the page's own). */
function guardedPages(): Map<string, StaffRole[]> {
  const areaRoles = guardRoles(adminRoute.element) ?? [];
  const pages = new Map<string, StaffRole[]>();
  for (const child of adminRoute.children ?? ([] as RouteObject[])) {
    const path = child.index ? '/admin' : `/admin/${child.path ?? ''}`;
    const own = guardRoles(child.element) ?? areaRoles;
    pages.set(
      path,
      STAFF_ROLES.filter((role) => areaRoles.includes(role) && own.includes(role)),
    );
  }
  return pages;
}

const documented = documentedPages();
const guarded = guardedPages();

describe('back-office pages', () => {
  it('the table lists every page under /admin and nothing else', () => {
    expect(documented.size).toBeGreaterThan(15);
    expect([...documented.keys()].sort()).toEqual([...guarded.keys()].sort());
  });

  it('members and visitors get no page: the area itself asks for a staff role', () => {
    expect([...(guardRoles(adminRoute.element) ?? [])].sort()).toEqual([...STAFF_ROLES].sort());
  });

  for (const [page, cells] of documented) {
    for (const role of ROLES) {
      it(`${page} × ${role}: ${cells[role] ? 'opens' : 'access denied'}`, () => {
        expect(guarded.get(page)?.includes(role)).toBe(cells[role]);
      });
    }
  }

  it('each role’s menu lists exactly the pages it may open', () => {
    for (const role of ROLES) {
      const openable = [...documented]
        .filter(([page, cells]) => cells[role] && !page.includes(':'))
        .map(([page]) => page)
        .sort();
      expect(
        adminNavLinks(role)
          .map((link) => link.to)
          .sort(),
        role,
      ).toEqual(openable);
    }
    expect(adminNavLinks(null)).toEqual([]);
  });

  it('a moderator opens no money page and no member profile; an assistant neither settings nor roles', () => {
    const moderator = [...documented].filter(([, cells]) => cells.moderator).map(([page]) => page);
    expect(moderator.sort()).toEqual(['/admin', '/admin/messages']);
    expect(documented.get('/admin/settings')?.assistant).toBe(false);
    expect(canManageRoles('assistant')).toBe(false);
    expect(canManageRoles('admin')).toBe(true);
  });
});
