// "Actualiser": asks the server to recompute the aggregates now (they are otherwise rebuilt every
// hour), then reads them again. The outcome is told in a snackbar.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import type { Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { callRefreshStats } from '../../../lib/firebase/callables.ts';

export function useStatsRefresh(reload: () => void) {
  const { t } = useTranslation();
  const [refreshing, setRefreshing] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      await callRefreshStats();
      reload();
      setNotice({ severity: 'success', message: t('adminDashboard.freshness.refreshed') });
    } catch (error) {
      setNotice({ severity: 'error', message: t(`errors.callable.${callableErrorKey(error)}`) });
    } finally {
      setRefreshing(false);
    }
  }, [reload, t]);

  return { refreshing, refresh, notice, closeNotice: () => setNotice(null) };
}
