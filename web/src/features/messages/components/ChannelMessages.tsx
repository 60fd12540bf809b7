// The live list of one channel (mail or SMS): table, "load more", the detail dialog and resending.
// Mounted with key={channel}, so switching tabs starts again from the first page.
import { useMemo, useState } from 'react';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import { NoticeSnackbar, type Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import type { OutboxChannel } from '@agora/domain';
import { callableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { FROM_MD, FROM_SM } from '../../../app/lists/columns.ts';
import { ListTable } from '../../../app/lists/ListTable.tsx';
import { LoadMoreFooter } from '../../../app/lists/LoadMoreFooter.tsx';
import { callResendMessage, type MessageRecord } from '../../../lib/firebase/index.ts';
import { useMessages } from '../hooks/useMessages.ts';
import { useTemplateLabel } from '../hooks/useTemplateLabel.ts';
import { filterMessages, type StateFilter } from '../messageList.ts';
import { DeliveryStateChip } from './DeliveryStateChip.tsx';
import { MessageDetailDialog } from './MessageDetailDialog.tsx';
import { ResendDialog } from './ResendDialog.tsx';

const PAGE_SIZE = 25;
// Phones (from 360px) keep two columns: the recipient, with date and template below it, and the status.
const COLUMNS = 7;

export function ChannelMessages(props: {
  channel: OutboxChannel;
  state: StateFilter;
  search: string;
  timeZone: string;
  canResend: boolean;
}) {
  const { t } = useTranslation();
  const templateLabel = useTemplateLabel();
  const list = useMessages(props.channel, PAGE_SIZE);
  const [openId, setOpenId] = useState<string | null>(null);
  // The last version seen of the open message, should it leave the loaded list.
  const [openSnapshot, setOpenSnapshot] = useState<MessageRecord | null>(null);
  const [confirming, setConfirming] = useState<MessageRecord | null>(null);
  const [resending, setResending] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const visible = useMemo(
    () => filterMessages(list.messages, { state: props.state, search: props.search }),
    [list.messages, props.state, props.search],
  );
  const open = openId ? (list.messages.find((m) => m.id === openId) ?? openSnapshot) : null;
  const filtering = props.state !== 'all' || props.search.trim() !== '';

  const openMessage = (message: MessageRecord) => {
    setOpenId(message.id);
    setOpenSnapshot(message);
  };

  const resend = async (message: MessageRecord) => {
    setResending(true);
    try {
      await callResendMessage({ channel: message.channel, id: message.id });
      setNotice({ severity: 'success', message: t('admin.messages.resend.done', { to: message.to }) });
      setOpenId(null);
    } catch (error) {
      setNotice({ severity: 'error', message: t(`errors.callable.${callableErrorKey(error)}`) });
    } finally {
      setResending(false);
      setConfirming(null);
    }
  };

  if (list.status === 'loading') return <LoadingScreen />;
  if (list.status === 'error') {
    return <LoadErrorAlert message={t('admin.messages.loadError')} onRetry={list.reload} />;
  }

  return (
    <Stack spacing={2}>
      <ListTable
        label={t(`admin.messages.channels.${props.channel}`)}
        columns={COLUMNS}
        head={
          <>
            <TableCell sx={FROM_SM}>{t('admin.messages.columns.date')}</TableCell>
            <TableCell>{t('admin.messages.columns.recipient')}</TableCell>
            <TableCell sx={FROM_SM}>{t('admin.messages.columns.template')}</TableCell>
            <TableCell>{t('admin.messages.columns.status')}</TableCell>
            <TableCell sx={FROM_SM} align="right">
              {t('admin.messages.columns.attempts')}
            </TableCell>
            <TableCell sx={FROM_MD}>{t('admin.messages.columns.lastError')}</TableCell>
            <TableCell sx={FROM_MD}>{t('admin.messages.columns.transport')}</TableCell>
          </>
        }
        items={visible}
        emptyText={filtering ? t('admin.messages.noMatch') : t('admin.messages.empty')}
        row={(message) => {
          const { delivery } = message;
          const recipient = message.to || '—';
          const date = message.createdAt ? formatDateTimeShort(message.createdAt, props.timeZone) : '—';
          const template = (
            <>
              {templateLabel(message.template)}
              {message.resendOf && (
                <Typography component="span" variant="caption" color="text.secondary">
                  {' · '}
                  {t('admin.messages.resendCopy')}
                </Typography>
              )}
            </>
          );
          return (
            <TableRow
              key={message.id}
              data-testid={`message-row-${message.id}`}
              hover
              onClick={() => openMessage(message)}
              sx={{ cursor: 'pointer', verticalAlign: 'top' }}
            >
              <TableCell sx={{ ...FROM_SM, whiteSpace: 'nowrap' }}>{date}</TableCell>
              <TableCell sx={{ maxWidth: 280 }}>
                <Link
                  component="button"
                  type="button"
                  variant="body2"
                  aria-haspopup="dialog"
                  aria-label={t('admin.messages.open', { to: recipient })}
                  sx={{ textAlign: 'left', overflowWrap: 'anywhere', fontWeight: 600 }}
                >
                  {recipient}
                </Link>
                {message.toName && (
                  <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                    {message.toName}
                  </Typography>
                )}
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ display: { xs: 'block', sm: 'none' } }}
                >
                  {date} · {template}
                </Typography>
              </TableCell>
              <TableCell sx={FROM_SM}>{template}</TableCell>
              <TableCell>
                <DeliveryStateChip delivery={delivery} />
              </TableCell>
              <TableCell sx={FROM_SM} align="right">
                {delivery.maxAttempts !== null
                  ? t('admin.messages.attemptsOf', {
                      attempts: delivery.attempts,
                      max: delivery.maxAttempts,
                    })
                  : delivery.attempts}
              </TableCell>
              <TableCell sx={{ ...FROM_MD, maxWidth: 260 }}>
                {delivery.lastError ? (
                  <Typography
                    variant="body2"
                    color="error"
                    title={delivery.lastError}
                    sx={{
                      display: '-webkit-box',
                      WebkitLineClamp: 2,
                      WebkitBoxOrient: 'vertical',
                      overflow: 'hidden',
                      overflowWrap: 'anywhere',
                    }}
                  >
                    {delivery.lastError}
                  </Typography>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell sx={FROM_MD}>
                {delivery.transport ? t(`admin.messages.transports.${delivery.transport}`) : '—'}
              </TableCell>
            </TableRow>
          );
        }}
      />

      <LoadMoreFooter
        summary={
          filtering
            ? t('admin.messages.shownOfLoaded', { shown: visible.length, count: list.messages.length })
            : t('admin.messages.loaded', { count: list.messages.length })
        }
        loadMoreLabel={t('admin.messages.loadMore')}
        hasMore={list.hasMore}
        loadingMore={list.status === 'loadingMore'}
        onLoadMore={list.loadMore}
      />

      <MessageDetailDialog
        message={open}
        timeZone={props.timeZone}
        canResend={props.canResend}
        onClose={() => setOpenId(null)}
        onResend={setConfirming}
      />
      <ResendDialog
        message={confirming}
        busy={resending}
        onCancel={() => setConfirming(null)}
        onConfirm={(message) => void resend(message)}
      />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
