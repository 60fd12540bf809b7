// Stand-in for the Cloud Storage rules runtime (a jar Firebase only ships as a download), used
// where that jar is absent. It speaks the runtime's line protocol on stdin/stdout, accepts only
// a deny-all rule set and denies every request: exactly what the official runtime answers for
// such rules. Any other rule set is refused with an error saying how to get the real runtime.
import { createInterface } from 'node:readline';
import { denyAllViolations } from './deny-all.ts';
import { OFFICIAL_RUNTIME_HINT } from './hint.ts';

// firebase-tools sends the rules as `{files: [{name, content}]}` (older versions: a plain string).
type RulesSource = string | { files?: { name?: string; content?: string }[] };
type Request = { id: number; action: string; context?: { source?: RulesSource } };

function sourceText(source: RulesSource | undefined): string {
  if (typeof source === 'string') return source;
  return (source?.files ?? []).map((file) => file.content ?? '').join('\n');
}

function reply(id: number, result: unknown, errors: string[] = []): void {
  process.stdout.write(`${JSON.stringify({ id, status: 'ok', result, errors, warnings: [] })}\n`);
}

// The start signal firebase-tools waits for.
process.stdout.write(`${JSON.stringify({ id: -1, status: 'ok', action: 'start' })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === '') return;
  const request = JSON.parse(line) as Request;
  if (request.action === 'load_ruleset') {
    const problems = denyAllViolations(sourceText(request.context?.source));
    if (problems.length === 0) reply(request.id, { rulesVersion: 2 });
    else reply(request.id, null, [`Rule set refused: ${problems.join('; ')}. ${OFFICIAL_RUNTIME_HINT}`]);
  } else if (request.action === 'verify') {
    reply(request.id, { permit: false });
  } else {
    reply(request.id, null, [`Unsupported action ${request.action}`]);
  }
});
lines.on('close', () => process.exit(0));
