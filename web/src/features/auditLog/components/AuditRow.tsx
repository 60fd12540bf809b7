// One audit entry in the table: when (in the organisation's zone, to the second), who, what, on
// what and why; a button opens its details in a row below.
import { Fragment, useState } from 'react';
import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { FROM_MD } from '../../../app/lists/columns.ts';
import type { AuditRecord } from '../../../lib/firebase/auditLog.ts';
import { actionLabelKey } from '../auditActions.ts';
import { actorLabel } from '../auditActor.ts';
import { describeTarget } from '../auditTarget.ts';
import { AuditDetails } from './AuditDetails.tsx';
import { TargetCell } from './TargetCell.tsx';

export const AUDIT_COLUMNS = 6;

export function AuditRow(props: {
  entry: AuditRecord;
  timeZone: string;
  nameOf: (uid: string) => string | null;
}) {
  const { t } = useTranslation();
  const { entry, timeZone } = props;
  const [open, setOpen] = useState(false);
  const date = entry.at ? formatDateTimeShort(entry.at, timeZone, { seconds: true }) : '—';
  const actor = actorLabel(entry.actor, props.nameOf);
  const detailsId = `audit-details-${entry.id}`;

  return (
    <Fragment>
      <TableRow
        data-testid={`audit-row-${entry.id}`}
        hover
        sx={{ verticalAlign: 'top', '& > td': { borderBottom: open ? 'none' : undefined } }}
      >
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{date}</TableCell>
        <TableCell sx={{ overflowWrap: 'anywhere', maxWidth: 200 }}>
          {actor.kind === 'system'
            ? t('auditLog.actor.system')
            : actor.kind === 'unknown'
              ? t('auditLog.actor.unknown')
              : actor.name}
        </TableCell>
        <TableCell>
          {entry.action
            ? t(`auditLog.actions.${actionLabelKey(entry.action)}`)
            : t('auditLog.unknownAction', { action: entry.rawAction })}
        </TableCell>
        <TableCell sx={{ maxWidth: 240 }}>
          <TargetCell target={describeTarget(entry.action, entry.target)} nameOf={props.nameOf} />
        </TableCell>
        <TableCell sx={{ ...FROM_MD, overflowWrap: 'anywhere', maxWidth: 260 }}>
          {entry.reason ?? (
            <Typography component="span" color="text.disabled">
              —
            </Typography>
          )}
        </TableCell>
        <TableCell padding="checkbox">
          <IconButton
            size="small"
            aria-label={open ? t('auditLog.details.hide') : t('auditLog.details.show')}
            aria-expanded={open}
            aria-controls={detailsId}
            data-testid={`audit-details-toggle-${entry.id}`}
            onClick={() => setOpen((shown) => !shown)}
          >
            {open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          </IconButton>
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={AUDIT_COLUMNS} sx={{ py: 0, borderBottom: open ? undefined : 'none' }}>
          <Collapse in={open} unmountOnExit>
            <Box id={detailsId} role="region" aria-label={t('auditLog.details.label', { date })}>
              <AuditDetails entry={entry} timeZone={timeZone} />
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </Fragment>
  );
}
