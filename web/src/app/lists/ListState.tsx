// Where a loaded list stands: a spinner until it first arrives, the load error with a way to try
// again, else the list itself.
import type { ReactNode } from 'react';
import { LoadErrorAlert } from '../feedback/LoadErrorAlert.tsx';
import { LoadingScreen } from '../layout/LoadingScreen.tsx';

export function ListState(props: {
  /** While a further page loads, the list already read stays on show. */
  status: 'loading' | 'loadingMore' | 'ready' | 'error';
  errorText: string;
  onRetry: () => void;
  /** Keep the list below the error: a further page failed, the rows already shown stay useful. */
  keepOnError?: boolean;
  children: ReactNode;
}) {
  if (props.status === 'loading') return <LoadingScreen />;
  if (props.status === 'error') {
    return (
      <>
        <LoadErrorAlert message={props.errorText} onRetry={props.onRetry} />
        {props.keepOnError && props.children}
      </>
    );
  }
  return props.children;
}
