// Warns before unsaved edits are lost: leaving for another page of the app is held by the router
// (useBlocker) until the person confirms; closing or reloading the tab gets the browser's own prompt.
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

export function useUnsavedChangesGuard(dirty: boolean) {
  // Only a change of page counts: the address's query or hash changing keeps the form mounted.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return blocker;
}
