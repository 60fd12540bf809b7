// Decides whether a storage.rules text can grant nothing at all. The stand-in rules runtime only
// accepts such rule sets, so it can never hide a rules change that opens access.

type Token = { kind: 'word' | 'string' | 'punct'; text: string };

/** Splits rules source into words, string literals and punctuation, dropping comments. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      tokens.push({ kind: 'string', text: source.slice(i, j + 1) });
      i = j + 1;
    } else if (/[A-Za-z0-9_.]/.test(c)) {
      let j = i;
      while (j < source.length && /[A-Za-z0-9_.]/.test(source.charAt(j))) j++;
      tokens.push({ kind: 'word', text: source.slice(i, j) });
      i = j;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

const METHODS = new Set(['read', 'write', 'get', 'list', 'create', 'update', 'delete']);

/**
 * Returns the reasons a rule set is not provably deny-all (empty when it is): it must declare
 * `service firebase.storage`, and every `allow` statement must read `allow <methods>: if false;`.
 */
export function denyAllViolations(source: string): string[] {
  const tokens = tokenize(source);
  const problems: string[] = [];
  const hasService = tokens.some(
    (t, k) => t.text === 'service' && tokens[k + 1]?.text === 'firebase.storage',
  );
  if (!hasService) problems.push('no `service firebase.storage` block');
  const text = (k: number) => tokens[k]?.text;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.kind !== 'word' || text(k) !== 'allow') continue;
    let j = k + 1;
    const methods: string[] = [];
    for (; j < tokens.length && text(j) !== ':' && text(j) !== ';'; j++) {
      if (text(j) !== ',') methods.push(text(j) ?? '');
    }
    const condition: string[] = [];
    if (text(j) === ':') {
      for (j++; j < tokens.length && text(j) !== ';'; j++) condition.push(text(j) ?? '');
    }
    const statement = `allow ${methods.join(', ')}${condition.length ? `: ${condition.join(' ')}` : ''}`;
    if (methods.length === 0 || methods.some((m) => !METHODS.has(m))) {
      problems.push(`unrecognised statement \`${statement}\``);
    } else if (condition.join(' ') !== 'if false') {
      problems.push(`\`${statement}\` may grant access`);
    }
    // Continue after the statement so its tokens are not read again.
    k = j;
  }
  return problems;
}
