// One staff block on the calendar (maintenance, private use); a click offers to lift it.
import Chip from '@mui/material/Chip';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import type { SpaceBlockInterval } from '../../../lib/firebase/spaces.ts';

export function BlockChip(props: {
  block: SpaceBlockInterval;
  /** Unique on the page: a block spanning several days shows once per day. */
  testId: string;
  onOpen: (block: SpaceBlockInterval) => void;
}) {
  const { t } = useTranslation();
  return (
    <Chip
      data-testid={props.testId}
      size="small"
      color="warning"
      variant="outlined"
      icon={<LockOutlinedIcon />}
      label={t('spacesAdmin.calendar.blocked', { reason: t(`spacesAdmin.reasons.${props.block.reason}`) })}
      onClick={(event) => {
        event.stopPropagation();
        props.onOpen(props.block);
      }}
      sx={{ maxWidth: '100%', justifyContent: 'flex-start', bgcolor: 'background.paper' }}
    />
  );
}
