// The stand-in must accept exactly the rule sets that can grant nothing.
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { denyAllViolations } from './deny-all.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const wrap = (body: string) =>
  `rules_version = '2';\nservice firebase.storage {\n match /b/{bucket}/o {\n${body}\n}\n}`;

describe('denyAllViolations', () => {
  it("accepts the project's storage.rules", () => {
    expect(denyAllViolations(readFileSync(join(ROOT, 'storage.rules'), 'utf8'))).toEqual([]);
  });

  it.each([
    ['match /{p=**} { allow read, write: if false; }'],
    ['match /{p=**} { allow get: if false; allow list: if false; } // allow read: if true;'],
    ['/* allow write; */ match /{p=**} { }'],
  ])('accepts deny-all rules: %s', (body) => {
    expect(denyAllViolations(wrap(body))).toEqual([]);
  });

  it.each([
    ['match /{p=**} { allow read: if true; }', 'may grant access'],
    ['match /{p=**} { allow write; }', 'may grant access'],
    ['match /{p=**} { allow read: if request.auth != null; }', 'may grant access'],
    ['match /{p=**} { allow read: if false || true; }', 'may grant access'],
    ["match /{p=**} { allow read: if request.auth.token.email == 'a//b'; }", 'may grant access'],
  ])('refuses rules that may grant access: %s', (body, reason) => {
    const problems = denyAllViolations(wrap(body));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(reason);
  });

  it('refuses a text without a storage service', () => {
    expect(denyAllViolations('service cloud.firestore { match /{d=**} { allow read: if false; } }')).toEqual([
      'no `service firebase.storage` block',
    ]);
  });
});

describe('stand-in runtime protocol', () => {
  it('signals start, loads deny-all rules, refuses others and denies every request', async () => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'runtime.ts')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const replies = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async () => JSON.parse(String((await replies.next()).value)) as Record<string, unknown>;
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);

    expect(await next()).toMatchObject({ id: -1, status: 'ok' });
    send({
      action: 'load_ruleset',
      id: 1,
      context: {
        rulesetName: '0',
        source: {
          files: [{ name: 'storage.rules', content: wrap('match /{p=**} { allow read: if false; }') }],
        },
      },
    });
    expect(await next()).toEqual({
      id: 1,
      status: 'ok',
      result: { rulesVersion: 2 },
      errors: [],
      warnings: [],
    });
    send({
      action: 'load_ruleset',
      id: 2,
      context: { rulesetName: '1', source: wrap('match /{p=**} { allow read: if true; }') },
    });
    const refused = await next();
    expect(refused.errors).toEqual([expect.stringContaining('setup:emulators:storage')]);
    send({
      action: 'verify',
      id: 3,
      context: {
        rulesetName: '0',
        service: 'firebase.storage',
        path: '/b/x/o/a',
        method: 'get',
        variables: {},
      },
    });
    expect(await next()).toEqual({
      id: 3,
      status: 'ok',
      result: { permit: false },
      errors: [],
      warnings: [],
    });
    child.stdin.end();
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
  });
});
