// The "détails" of an audit entry: what changed, path by path, old → new; the entry's ids; and
// the raw before/after JSON on demand, for shapes the table reads badly.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDateTimeShort } from '../../../app/dates.ts';
import type { AuditRecord } from '../../../lib/firebase/auditLog.ts';
import { auditChanges, auditJson, auditValue } from '../auditDiff.ts';

function ValueText(props: { value: unknown; timeZone: string }) {
  const { t } = useTranslation();
  const value = auditValue(props.value);
  switch (value.kind) {
    case 'absent':
      return (
        <Typography component="span" color="text.disabled">
          {t('auditLog.details.absent')}
        </Typography>
      );
    case 'empty':
      return (
        <Typography component="span" color="text.secondary">
          {t('auditLog.details.empty')}
        </Typography>
      );
    case 'boolean':
      return <>{value.value ? t('auditLog.details.yes') : t('auditLog.details.no')}</>;
    case 'date':
      return <>{formatDateTimeShort(value.date, props.timeZone, { seconds: true })}</>;
    case 'text':
      return <>{value.text}</>;
  }
}

function JsonBlock(props: { title: string; json: string }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="subtitle2">{props.title}</Typography>
      <Box
        component="pre"
        sx={{
          m: 0,
          p: 1,
          bgcolor: 'action.hover',
          borderRadius: 1,
          fontSize: '0.8rem',
          overflow: 'auto',
          maxHeight: 320,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        {props.json || t('auditLog.details.absent')}
      </Box>
    </Box>
  );
}

export function AuditDetails(props: { entry: AuditRecord; timeZone: string }) {
  const { t } = useTranslation();
  const { entry, timeZone } = props;
  const [showJson, setShowJson] = useState(false);
  const changes = auditChanges(entry.before, entry.after);
  const recorded = entry.before !== undefined || entry.after !== undefined;

  return (
    <Stack spacing={1.5} sx={{ py: 1.5 }}>
      {entry.reason && (
        <Typography variant="body2" sx={{ display: { md: 'none' } }}>
          {t('auditLog.columns.reason')} : {entry.reason}
        </Typography>
      )}
      {!recorded && <Typography variant="body2">{t('auditLog.details.none')}</Typography>}
      {recorded && changes.length === 0 && (
        <Typography variant="body2">{t('auditLog.details.unchanged')}</Typography>
      )}
      {changes.length > 0 && (
        <Table size="small" aria-label={t('auditLog.columns.details')} sx={{ '& td, & th': { px: 1 } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('auditLog.details.field')}</TableCell>
              <TableCell>{t('auditLog.details.before')}</TableCell>
              <TableCell>{t('auditLog.details.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={change.path} sx={{ verticalAlign: 'top' }}>
                <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                  {change.path || t('auditLog.details.value')}
                  {change.kind !== 'changed' && (
                    <Typography component="span" variant="caption" color="text.secondary">
                      {' '}
                      ({t(`auditLog.details.${change.kind}`)})
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <ValueText value={change.before} timeZone={timeZone} />
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <ValueText value={change.after} timeZone={timeZone} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {t('auditLog.details.entryId', { id: entry.id })} ·{' '}
        {t('auditLog.details.actorId', { id: entry.actor })} ·{' '}
        {t('auditLog.details.target', { target: entry.target })}
      </Typography>
      {recorded && (
        <Box>
          <Button size="small" onClick={() => setShowJson((shown) => !shown)} aria-expanded={showJson}>
            {showJson ? t('auditLog.details.hideJson') : t('auditLog.details.showJson')}
          </Button>
          {showJson && (
            <Grid container spacing={2} sx={{ mt: 0.5 }}>
              <Grid size={{ xs: 12, md: 6 }}>
                <JsonBlock title={t('auditLog.details.before')} json={auditJson(entry.before)} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <JsonBlock title={t('auditLog.details.after')} json={auditJson(entry.after)} />
              </Grid>
            </Grid>
          )}
        </Box>
      )}
    </Stack>
  );
}
