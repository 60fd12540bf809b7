// /admin/spaces (admins, assistants): every coworking resource, active or not, live (SPACE-1).
// Created and edited in a dialog (every field of the schema, opening hours included); photos are
// managed apart, as they upload at once; the calendar is one click away.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { ListState } from '../../../app/lists/ListState.tsx';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { ResourceDialog, type ResourceEditing } from '../components/ResourceDialog.tsx';
import { ResourcePhotosDialog } from '../components/ResourcePhotosDialog.tsx';
import { ResourcesTable } from '../components/ResourcesTable.tsx';
import { useResources } from '../hooks/useCalendarData.ts';

export function ResourcesPage() {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const resources = useResources();
  const [editing, setEditing] = useState<ResourceEditing | null>(null);
  const [photosOf, setPhotosOf] = useState<ResourceRecord | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h1">{t('spacesAdmin.resources.title')}</Typography>
        <Stack direction="row" spacing={1}>
          <Button component={RouterLink} to="/admin/spaces/calendar" startIcon={<CalendarMonthIcon />}>
            {t('spacesAdmin.resources.calendar')}
          </Button>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ resource: null })}>
            {t('spacesAdmin.resources.new')}
          </Button>
        </Stack>
      </Stack>
      <Typography color="text.secondary">{t('spacesAdmin.resources.intro', { zone: timeZone })}</Typography>

      <ListState
        status={resources.status}
        errorText={t('spacesAdmin.resources.loadError')}
        onRetry={resources.reload}
      >
        <ResourcesTable
          resources={resources.value ?? []}
          onEdit={(resource) => setEditing({ resource })}
          onPhotos={setPhotosOf}
        />
      </ListState>

      <ResourceDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice({ severity: 'success', message: t('spacesAdmin.resources.saved') });
        }}
      />
      <ResourcePhotosDialog resource={photosOf} onClose={() => setPhotosOf(null)} onNotice={setNotice} />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
