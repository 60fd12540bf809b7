// Deployment options every function shares, declared once. Importing this module is what applies
// them: firebase-functions reads the global options when each trigger is defined, so every trigger
// module imports `callableOptions` from here before calling onCall.
import { setGlobalOptions } from 'firebase-functions/v2';
import type { CallableOptions } from 'firebase-functions/v2/https';
import { REGION } from '@agora/domain';

/**
 * One organisation per deployment: a handful of instances absorbs its traffic, and the cap stops a
 * runaway client or loop from scaling costs without bound.
 */
const MAX_INSTANCES = 10;

setGlobalOptions({ region: REGION, maxInstances: MAX_INSTANCES });

/** Options of every callable. Region repeated so a callable never depends on import order. */
export const callableOptions: CallableOptions = {
  region: REGION,
  // Callables are reached from the web app only; CORS stays on (the SDK default) and App Check can
  // be enforced here once the web client registers a provider.
};
