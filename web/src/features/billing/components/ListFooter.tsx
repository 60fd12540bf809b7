// Below a paged staff list: how many rows are loaded, and "load more" while there are more.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export function ListFooter(props: {
  count: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        flexWrap: 'wrap',
        gap: 1,
      }}
    >
      <Typography variant="body2" color="text.secondary">
        {t('billing.common.loaded', { count: props.count })}
      </Typography>
      {(props.hasMore || props.loadingMore) && (
        <Button variant="outlined" onClick={props.onLoadMore} loading={props.loadingMore}>
          {t('billing.common.loadMore')}
        </Button>
      )}
    </Box>
  );
}
