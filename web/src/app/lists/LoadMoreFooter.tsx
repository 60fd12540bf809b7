// Below a list read a page at a time: what is shown so far, and "load more" while more remains
// (kept, busy, while the next page loads, so the button does not jump away under the pointer).
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';

export function LoadMoreFooter(props: {
  /** E.g. "25 loaded". */
  summary: ReactNode;
  loadMoreLabel: string;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
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
        {props.summary}
      </Typography>
      {(props.hasMore || props.loadingMore) && (
        <Button variant="outlined" onClick={props.onLoadMore} loading={props.loadingMore}>
          {props.loadMoreLabel}
        </Button>
      )}
    </Box>
  );
}
