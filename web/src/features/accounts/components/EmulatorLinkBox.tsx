// Demo mode only: shows the link the Auth emulator generated instead of sending an email.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';

type LinkState =
  { status: 'loading' } | { status: 'found'; href: string } | { status: 'none' } | { status: 'error' };

// The email is sent just before this box appears: give the emulator a moment before "none".
const RETRY_DELAYS_MS = [0, 500, 1000, 2000];

async function findWithRetries(
  find: () => Promise<string | null>,
  isActive: () => boolean,
): Promise<LinkState> {
  for (const delay of RETRY_DELAYS_MS) {
    if (delay > 0) await new Promise((resolve) => window.setTimeout(resolve, delay));
    if (!isActive()) break;
    try {
      const href = await find();
      if (href) return { status: 'found', href };
    } catch {
      return { status: 'error' };
    }
  }
  return { status: 'none' };
}

/** Searches; when nothing turns up, lets `onNotFound` produce a link, then searches again. */
async function findOrGenerate(
  find: () => Promise<string | null>,
  onNotFound: (() => Promise<boolean>) | undefined,
  isActive: () => boolean,
): Promise<LinkState> {
  const found = await findWithRetries(find, isActive);
  if (found.status !== 'none' || !onNotFound || !isActive()) return found;
  try {
    if (!(await onNotFound())) return found;
  } catch {
    return { status: 'error' };
  }
  return findWithRetries(find, isActive);
}

export function EmulatorLinkBox(props: {
  title: string;
  linkLabel: string;
  testId: string;
  /** Finds the link; resolves with null while the emulator has none for this address. */
  find: () => Promise<string | null>;
  /** Called when the search finds nothing: resolves true once it had a link generated. */
  onNotFound?: () => Promise<boolean>;
  /** A second line under the demo notice. */
  note?: string;
  /** Changing it searches again (e.g. after a resend). */
  refreshKey?: number;
}) {
  const { t } = useTranslation();
  const { find, onNotFound, refreshKey } = props;
  const [state, setState] = useState<LinkState>({ status: 'loading' });
  const [manualRefresh, setManualRefresh] = useState(0);

  useEffect(() => {
    let active = true;
    void findOrGenerate(find, onNotFound, () => active).then((found) => {
      if (active) setState(found);
    });
    return () => {
      active = false;
    };
  }, [find, onNotFound, refreshKey, manualRefresh]);

  return (
    <Alert severity="warning" variant="outlined" icon={false} data-testid={`${props.testId}-box`}>
      <AlertTitle>{props.title}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('demo.noEmails')}
      </Typography>
      {props.note && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {props.note}
        </Typography>
      )}
      {state.status === 'found' && (
        <Box sx={{ mb: 1 }}>
          <Link href={state.href} data-testid={props.testId} sx={{ fontWeight: 600 }}>
            {props.linkLabel}
          </Link>
          <Typography
            variant="caption"
            component="p"
            sx={{ wordBreak: 'break-all', color: 'text.secondary', mt: 0.5 }}
          >
            {state.href}
          </Typography>
        </Box>
      )}
      {state.status === 'loading' && <Typography variant="body2">{t('demo.searching')}</Typography>}
      {state.status === 'none' && <Typography variant="body2">{t('demo.noLink')}</Typography>}
      {state.status === 'error' && <Typography variant="body2">{t('demo.emulatorUnreachable')}</Typography>}
      <Button
        size="small"
        startIcon={<RefreshIcon />}
        onClick={() => {
          setState({ status: 'loading' });
          setManualRefresh((n) => n + 1);
        }}
      >
        {t('demo.refreshLink')}
      </Button>
    </Alert>
  );
}
