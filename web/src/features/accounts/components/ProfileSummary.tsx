// Read-only view of the account: identity, email and its verification, role, consent.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { StaffRole } from '@agora/domain';
import { formatCalendarDate, formatDateTime } from '../../../app/dates.ts';
import { useOrganization } from '../../../app/organization/OrganizationProvider.tsx';
import type { AuthSession, UserRecord } from '../../../lib/firebase/index.ts';
import { profileStatusOf } from '../profileForm.ts';
import { RoleChip } from './RoleChip.tsx';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' }, gap: { xs: 0, sm: 2 } }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

export function ProfileSummary(props: {
  session: AuthSession;
  user: UserRecord | null;
  role: StaffRole | null;
}) {
  const { t } = useTranslation();
  const { timeZone } = useOrganization();
  const data = props.user?.data;
  const name = [data?.firstName, data?.lastName].filter(Boolean).join(' ');
  const status = profileStatusOf(data?.status);

  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid="profile-summary">
      <Stack spacing={1.5} component="dl" sx={{ m: 0 }}>
        <Row label={t('profile.summary.name')}>{name || t('profile.summary.missing')}</Row>
        <Row label={t('profile.fields.email')}>
          <Box
            component="span"
            sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
          >
            <span>{props.session.email}</span>
            {props.session.emailVerified ? (
              <Chip size="small" color="success" label={t('profile.summary.emailVerified')} />
            ) : (
              <>
                <Chip size="small" color="warning" label={t('profile.summary.emailNotVerified')} />
                <Button size="small" component={RouterLink} to="/verify-email">
                  {t('profile.summary.verifyNow')}
                </Button>
              </>
            )}
          </Box>
        </Row>
        <Row label={t('profile.summary.role')}>
          <RoleChip role={props.role} />
        </Row>
        {data?.birthDate && (
          <Row label={t('profile.fields.birthDate')}>{formatCalendarDate(data.birthDate)}</Row>
        )}
        {status && <Row label={t('profile.fields.status')}>{t(`profile.statuses.${status}`)}</Row>}
        {data?.consent && (
          <Row label={t('profile.summary.consent')}>
            {t('profile.summary.consentValue', {
              version: data.consent.policyVersion,
              date: data.consent.acceptedAt
                ? formatDateTime(data.consent.acceptedAt.toDate(), timeZone)
                : '—',
            })}
          </Row>
        )}
        {data?.createdAt && (
          <Row label={t('profile.summary.memberSince')}>
            {formatDateTime(data.createdAt.toDate(), timeZone)}
          </Row>
        )}
      </Stack>
    </Paper>
  );
}
