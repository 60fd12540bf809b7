// Finds a Java runtime >= 21 (firebase-tools 15 refuses older ones) without changing the machine:
// JAVA_HOME, then `java` on PATH, then the JDKs installed under the usual directories.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const MIN_JAVA_MAJOR = 21;

export interface JavaRuntime {
  /** Directory holding `java` (and `jar`/`javac` when it is a JDK). */
  binDir: string;
  major: number;
}

/** Major version printed by `java -version`, e.g. 17 for "17.0.15", 8 for "1.8.0_392". */
export function javaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

function probe(binDir: string): JavaRuntime | null {
  const java = binDir === '' ? 'java' : join(binDir, 'java');
  if (binDir !== '' && !existsSync(java)) return null;
  try {
    // `java -version` prints on stderr; the shell folds it into stdout.
    const output = execFileSync('sh', ['-c', `"${java}" -version 2>&1`], { encoding: 'utf8' });
    const major = javaMajor(output);
    if (major === null) return null;
    const realBin = execFileSync('sh', ['-c', `dirname "$(readlink -f "$(command -v "${java}")")"`], {
      encoding: 'utf8',
    }).trim();
    return { binDir: realBin, major };
  } catch {
    return null;
  }
}

function candidateBinDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.JAVA_HOME) dirs.push(join(process.env.JAVA_HOME, 'bin'));
  dirs.push('');
  for (const root of ['/usr/lib/jvm', '/usr/java', '/opt/java', '/Library/Java/JavaVirtualMachines']) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort().reverse()) {
      dirs.push(join(root, name, 'bin'), join(root, name, 'Contents', 'Home', 'bin'));
    }
  }
  return dirs;
}

/** The newest suitable Java, or an error saying what was found and what to install. */
export function findJava(): JavaRuntime {
  const seen: string[] = [];
  let best: JavaRuntime | null = null;
  for (const dir of candidateBinDirs()) {
    const runtime = probe(dir);
    if (!runtime) continue;
    seen.push(`${runtime.binDir} (Java ${runtime.major})`);
    if (runtime.major >= MIN_JAVA_MAJOR && (!best || runtime.major > best.major)) best = runtime;
  }
  if (best) return best;
  throw new Error(
    `The Firebase emulators need Java ${MIN_JAVA_MAJOR} or newer. Found: ${seen.join(', ') || 'none'}.\n` +
      'Install a JDK >= 21 (e.g. Temurin 21 or 25) and set JAVA_HOME to it, then run again.',
  );
}
