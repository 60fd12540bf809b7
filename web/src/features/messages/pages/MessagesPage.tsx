// /admin/messages (staff): the mail and SMS outbox, live, with each message's delivery state and
// rendered content; admins and assistants may resend. In demo mode nothing leaves the machine:
// the capture transport keeps every message, so this page is where the demo's emails are read.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DELIVERY_STATES, OUTBOX_CHANNELS, type OutboxChannel } from '@agora/domain';
import { useAuth } from '../../../app/auth/authContext.ts';
import { hasRole, MESSAGE_RESEND_ROLES } from '../../../app/auth/permissions.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import { usesEmulators } from '../../../lib/firebase/index.ts';
import { ChannelMessages } from '../components/ChannelMessages.tsx';
import type { StateFilter } from '../messageList.ts';

function toChannel(value: string | null): OutboxChannel {
  return OUTBOX_CHANNELS.find((channel) => channel === value) ?? 'mail';
}

function toStateFilter(value: string): StateFilter {
  return DELIVERY_STATES.find((state) => state === value) ?? 'all';
}

export function MessagesPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const { timeZone } = useOrganization();
  const [params, setParams] = useSearchParams();
  const channel = toChannel(params.get('channel'));
  const [state, setState] = useState<StateFilter>('all');
  const [search, setSearch] = useState('');

  const selectChannel = (next: OutboxChannel) =>
    setParams(next === 'mail' ? {} : { channel: next }, { replace: true });

  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('admin.messages.title')}
        </Typography>
        <Typography color="text.secondary">{t('admin.messages.intro')}</Typography>
      </div>

      {usesEmulators && (
        <Alert severity="info" variant="outlined" data-testid="messages-demo-note">
          <AlertTitle>{t('admin.messages.demoTitle')}</AlertTitle>
          {t('admin.messages.demoText')}
        </Alert>
      )}

      <Tabs
        value={channel}
        onChange={(_event, value: OutboxChannel) => selectChannel(value)}
        aria-label={t('admin.messages.channelsLabel')}
        variant="fullWidth"
        sx={{ borderBottom: 1, borderColor: 'divider', maxWidth: { sm: 360 } }}
      >
        {OUTBOX_CHANNELS.map((value) => (
          <Tab
            key={value}
            value={value}
            label={t(`admin.messages.channels.${value}`)}
            id={`messages-tab-${value}`}
            aria-controls="messages-panel"
          />
        ))}
      </Tabs>

      <Stack id="messages-panel" role="tabpanel" aria-labelledby={`messages-tab-${channel}`} spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            id="messages-state"
            select
            label={t('admin.messages.stateFilter')}
            value={state}
            onChange={(event) => setState(toStateFilter(event.target.value))}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ width: { sm: 220 }, flexShrink: 0 }}
          >
            <option value="all">{t('admin.messages.allStates')}</option>
            {DELIVERY_STATES.map((value) => (
              <option key={value} value={value}>
                {t(`admin.messages.states.${value}`)}
              </option>
            ))}
          </TextField>
          <TextField
            id="messages-search"
            type="search"
            label={t('admin.messages.search')}
            helperText={t('admin.messages.searchHint')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </Stack>

        <ChannelMessages
          key={channel}
          channel={channel}
          state={state}
          search={search}
          timeZone={timeZone}
          canResend={hasRole(role, MESSAGE_RESEND_ROLES)}
        />
      </Stack>
    </Stack>
  );
}
