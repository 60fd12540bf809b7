// Below a paged staff list (useCursorList): how many rows are loaded, and "load more" while there
// are more.
import { useTranslation } from 'react-i18next';
import { LoadMoreFooter } from '../../../app/lists/LoadMoreFooter.tsx';
import type { CursorListStatus } from '../hooks/useCursorList.ts';

export function ListFooter(props: {
  list: { items: readonly unknown[]; hasMore: boolean; status: CursorListStatus; loadMore: () => void };
}) {
  const { t } = useTranslation();
  const { list } = props;
  return (
    <LoadMoreFooter
      summary={t('billing.common.loaded', { count: list.items.length })}
      loadMoreLabel={t('billing.common.loadMore')}
      hasMore={list.hasMore}
      loadingMore={list.status === 'loadingMore'}
      onLoadMore={list.loadMore}
    />
  );
}
