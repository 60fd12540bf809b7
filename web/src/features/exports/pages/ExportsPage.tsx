// /admin/exports ("Exports", admins and assistants, ADM-2): ask the server for a dataset as CSV,
// Excel or PDF, follow the file being built, download it; below, the staff member's recent
// exports, whose links stay usable after leaving the page.
import { useState } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/authContext.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { ExportForm } from '../components/ExportForm.tsx';
import { ExportJobPanel } from '../components/ExportJobPanel.tsx';
import { RecentExports } from '../components/RecentExports.tsx';
import { INITIAL_EXPORT_FORM, type ExportFormValues } from '../exportRequest.ts';
import { useExportJob } from '../hooks/useExportJob.ts';
import { useStartExport } from '../hooks/useStartExport.ts';

export function ExportsPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const { timeZone } = useOrganization();
  const [values, setValues] = useState<ExportFormValues>(INITIAL_EXPORT_FORM);
  const starter = useStartExport();
  const current = useExportJob(starter.exportId);

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('exports.title')}
        </Typography>
        <Typography color="text.secondary">{t('exports.intro')}</Typography>
      </div>

      <ExportForm
        values={values}
        onChange={setValues}
        onSubmit={() => void starter.start(values)}
        submitting={starter.submitting}
        error={starter.error}
      />

      {current.status !== 'idle' && (
        <ExportJobPanel status={current.status} job={current.job} onRetry={current.reload} />
      )}

      <RecentExports uid={session?.uid ?? null} timeZone={timeZone} />
    </Stack>
  );
}
