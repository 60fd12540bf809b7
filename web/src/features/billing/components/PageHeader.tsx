// The top of a staff billing page: its title with one action, and a line on what the page is for.
// A "new …" button goes below the title on phones; the reload icon is small enough to stay beside it.
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';

type Action = { newLabel: string; onNew: () => void } | { onReload: () => void };

export function PageHeader(props: { title: string; intro: string } & Action) {
  const { t } = useTranslation();
  const reload = 'onReload' in props;
  return (
    <>
      <Stack
        direction={reload ? 'row' : { xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: reload ? 'center' : { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h1">{props.title}</Typography>
        {'onReload' in props ? (
          <IconButton aria-label={t('billing.common.reload')} onClick={props.onReload}>
            <RefreshIcon />
          </IconButton>
        ) : (
          <Button variant="contained" startIcon={<AddIcon />} onClick={props.onNew}>
            {props.newLabel}
          </Button>
        )}
      </Stack>
      <Typography color="text.secondary">{props.intro}</Typography>
    </>
  );
}
