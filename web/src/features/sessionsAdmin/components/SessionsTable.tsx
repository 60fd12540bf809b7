// A table of sessions for staff: when, what, who trains, seats taken, cost, status, and the row
// actions (edit, attendees, publish or unpublish). Used for upcoming and past sessions alike.
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { StaffSessionRecord } from '../../../lib/firebase/sessionsAdmin.ts';
import { sessionDay, timeRange } from '../display.ts';
import { SessionStateChip } from './SessionStateChip.tsx';

const FROM_SM = { display: { xs: 'none', sm: 'table-cell' } } as const;
const FROM_MD = { display: { xs: 'none', md: 'table-cell' } } as const;
const COLUMNS = 8;

export function SessionsTable(props: {
  label: string;
  sessions: readonly StaffSessionRecord[];
  empty: string;
  timeZone: string;
  /** Past sessions are shown dimmed. */
  past?: boolean;
  /** The session whose publication is being changed (its button spins, the others wait). */
  publishing: string | null;
  onEdit: (session: StaffSessionRecord) => void;
  onPublish: (session: StaffSessionRecord, published: boolean) => void;
}) {
  const { t } = useTranslation();
  const { sessions, timeZone } = props;
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={props.label} sx={{ '& th, & td': { px: { xs: 1, sm: 2 } } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('sessionsAdmin.list.columns.date')}</TableCell>
            <TableCell>{t('sessionsAdmin.list.columns.title')}</TableCell>
            <TableCell sx={FROM_MD}>{t('sessionsAdmin.list.columns.topic')}</TableCell>
            <TableCell sx={FROM_MD}>{t('sessionsAdmin.list.columns.trainer')}</TableCell>
            <TableCell align="right">{t('sessionsAdmin.list.columns.seats')}</TableCell>
            <TableCell sx={FROM_SM} align="right">
              {t('sessionsAdmin.list.columns.cost')}
            </TableCell>
            <TableCell>{t('sessionsAdmin.list.columns.status')}</TableCell>
            <TableCell>{t('sessionsAdmin.list.columns.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sessions.map((session) => {
            const cancelled = session.status === 'cancelled';
            return (
              <TableRow
                key={session.id}
                data-testid={`session-row-${session.id}`}
                hover
                sx={props.past ? { '& td': { color: 'text.secondary' } } : undefined}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {session.startsAt ? (
                    <>
                      <Typography variant="body2" sx={{ color: 'inherit' }}>
                        {sessionDay(session.startsAt, timeZone)}
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {timeRange(session.startsAt, session.endsAt, timeZone)}
                      </Typography>
                    </>
                  ) : (
                    t('sessionsAdmin.list.undated')
                  )}
                </TableCell>
                <TableCell sx={{ maxWidth: 280 }}>
                  <Typography
                    variant="body2"
                    sx={{ fontWeight: 600, overflowWrap: 'anywhere', color: 'inherit' }}
                  >
                    {session.title}
                  </Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                    {session.mode === 'online'
                      ? t('sessionsAdmin.modes.online')
                      : (session.place ?? t('sessionsAdmin.modes.onsite'))}
                  </Typography>
                </TableCell>
                <TableCell sx={FROM_MD}>{session.topic}</TableCell>
                <TableCell sx={FROM_MD}>{session.trainer}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {session.seatsBooked}/{session.capacity}
                  {session.waitlistCount > 0 && (
                    <Typography variant="body2" color="text.secondary">
                      {t('sessionsAdmin.list.waitlist', { count: session.waitlistCount })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ ...FROM_SM, whiteSpace: 'nowrap' }} align="right">
                  {t('sessionsAdmin.cost', { count: session.creditCost })}
                </TableCell>
                <TableCell>
                  <SessionStateChip session={session} />
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
                    <Button size="small" disabled={cancelled} onClick={() => props.onEdit(session)}>
                      {t('sessionsAdmin.list.edit')}
                    </Button>
                    <Button size="small" component={RouterLink} to={`/admin/sessions/${session.id}`}>
                      {t('sessionsAdmin.list.participants')}
                    </Button>
                    {/* A cancelled session can still be taken out of the catalogue, never put back. */}
                    {(!cancelled || session.published) && (
                      <Button
                        size="small"
                        loading={props.publishing === session.id}
                        disabled={props.publishing !== null && props.publishing !== session.id}
                        onClick={() => props.onPublish(session, !session.published)}
                      >
                        {session.published
                          ? t('sessionsAdmin.list.unpublish')
                          : t('sessionsAdmin.list.publish')}
                      </Button>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
          {sessions.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS}>
                <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                  {props.empty}
                </Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
