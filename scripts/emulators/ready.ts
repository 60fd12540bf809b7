// Waits until the emulator hub lists every emulator of the suite, the Functions emulator has
// loaded the functions (it starts before it has read the bundle) and the web app answers.
const HUB = 'http://127.0.0.1:4400/emulators';
const EXPECTED = ['auth', 'firestore', 'functions', 'storage', 'pubsub', 'hosting'];

async function ok(url: string): Promise<Response | null> {
  try {
    const response = await fetch(url);
    return response.ok ? response : null;
  } catch {
    return null;
  }
}

/** True once the Functions emulator lists at least one function of the bundle. */
async function functionsLoaded(): Promise<boolean> {
  const response = await ok('http://127.0.0.1:5001/backends');
  if (!response) return false;
  const { backends = [] } = (await response.json()) as { backends?: { functionTriggers?: unknown[] }[] };
  return backends.some((backend) => (backend.functionTriggers?.length ?? 0) > 0);
}

export async function waitForSuite(timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const hub = await ok(HUB);
    const running = hub ? Object.keys((await hub.json()) as Record<string, unknown>) : [];
    if (
      EXPECTED.every((name) => running.includes(name)) &&
      (await functionsLoaded()) &&
      (await ok('http://127.0.0.1:5000/'))
    ) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the emulators did not start within ${timeoutMs / 1000} s`);
}
