// One outbox message: recipient, delivery fields, the rendered content (HTML in a sandboxed frame,
// text part), attachments and template data; staff who may resend get the "Resend" action.
import type { ReactNode } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import CloseIcon from '@mui/icons-material/Close';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import SendIcon from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import { formatDateTimeShort } from '../../../app/dates.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import type { MessageRecord } from '../../../lib/firebase/index.ts';
import { useTemplateLabel } from '../hooks/useTemplateLabel.ts';
import { canResendState, formatBytes, previewHtml } from '../messageList.ts';
import { DeliveryStateChip } from './DeliveryStateChip.tsx';

function Fields({ children }: { children: ReactNode }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' },
        columnGap: 2,
        rowGap: { xs: 0, sm: 0.75 },
        '& dt': { color: 'text.secondary', typography: 'body2' },
        '& dd': { m: 0, mb: { xs: 1, sm: 0 }, typography: 'body2', overflowWrap: 'anywhere' },
      }}
    >
      {children}
    </Box>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" spacing={1}>
      <Typography variant="h3" component="h3" sx={{ fontSize: '1rem' }}>
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

const preSx = {
  m: 0,
  p: 1.5,
  bgcolor: 'action.hover',
  borderRadius: 1,
  typography: 'body2',
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  maxHeight: 360,
  overflow: 'auto',
} as const;

export function MessageDetailDialog(props: {
  message: MessageRecord | null;
  timeZone: string;
  canResend: boolean;
  onClose: () => void;
  onResend: (message: MessageRecord) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const templateLabel = useTemplateLabel();
  const { message } = props;
  const when = (date: Date | null) =>
    date ? formatDateTimeShort(date, props.timeZone, { seconds: true }) : '—';

  const title = message
    ? message.channel === 'mail'
      ? (message.rendered?.subject ?? t('admin.messages.detail.noSubject'))
      : t('admin.messages.detail.smsTitle', { to: message.to })
    : '';
  const resendable = message ? canResendState(message.delivery.state) : false;

  return (
    <Dialog
      open={message !== null}
      onClose={props.onClose}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="md"
      aria-labelledby="message-detail-title"
      scroll="paper"
    >
      <DialogTitle id="message-detail-title" sx={{ pr: 7, overflowWrap: 'anywhere' }}>
        <Typography variant="overline" component="span" color="text.secondary" sx={{ display: 'block' }}>
          {message ? t(`admin.messages.channels.${message.channel}`) : ''}
        </Typography>
        {title}
      </DialogTitle>
      <IconButton
        aria-label={t('admin.messages.detail.close')}
        onClick={props.onClose}
        sx={{ position: 'absolute', right: 8, top: 8 }}
      >
        <CloseIcon />
      </IconButton>
      {message && (
        <DialogContent dividers>
          <Stack spacing={3}>
            <Fields>
              <Field label={t('admin.messages.detail.recipient')}>
                {message.toName ? `${message.toName} <${message.to}>` : message.to || '—'}
              </Field>
              <Field label={t('admin.messages.detail.template')}>
                {templateLabel(message.template)}
                {message.locale ? ` (${message.locale})` : ''}
              </Field>
              <Field label={t('admin.messages.detail.status')}>
                <DeliveryStateChip delivery={message.delivery} />
              </Field>
              <Field label={t('admin.messages.detail.id')}>{message.id}</Field>
              {message.resendOf && (
                <Field label={t('admin.messages.detail.resendOf')}>{message.resendOf}</Field>
              )}
            </Fields>

            {message.delivery.lastError && (
              <Alert severity={message.delivery.state === 'error' ? 'error' : 'warning'}>
                {t('admin.messages.detail.lastError', { error: message.delivery.lastError })}
              </Alert>
            )}

            <Section title={t('admin.messages.detail.content')}>
              {!message.rendered && <Alert severity="info">{t('admin.messages.detail.notRendered')}</Alert>}
              {message.rendered?.html && (
                <Box
                  component="iframe"
                  title={t('admin.messages.detail.htmlFrame')}
                  sandbox=""
                  referrerPolicy="no-referrer"
                  srcDoc={previewHtml(message.rendered.html)}
                  sx={{
                    width: '100%',
                    height: { xs: 420, sm: 520 },
                    border: 1,
                    borderColor: 'divider',
                    borderRadius: 1,
                    bgcolor: '#fff',
                  }}
                />
              )}
              {message.rendered?.text && (
                <>
                  {message.channel === 'mail' && (
                    <Typography variant="body2" color="text.secondary">
                      {t('admin.messages.detail.textPart')}
                    </Typography>
                  )}
                  <Box component="pre" sx={preSx} data-testid="message-text">
                    {message.rendered.text}
                  </Box>
                </>
              )}
            </Section>

            {message.channel === 'mail' && (
              <Section title={t('admin.messages.detail.attachments')}>
                {message.attachments.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    {t('admin.messages.detail.noAttachments')}
                  </Typography>
                ) : (
                  <List dense disablePadding>
                    {message.attachments.map((attachment, index) => (
                      <ListItem key={`${attachment.filename}-${index}`} disableGutters>
                        <ListItemIcon sx={{ minWidth: 32 }}>
                          <AttachFileIcon fontSize="small" />
                        </ListItemIcon>
                        <ListItemText
                          primary={attachment.filename}
                          secondary={[
                            attachment.contentType,
                            attachment.sizeBytes !== null ? formatBytes(attachment.sizeBytes, locale) : null,
                            attachment.storagePath
                              ? t('admin.messages.detail.storageFile', { path: attachment.storagePath })
                              : t('admin.messages.detail.inlineFile'),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                          slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
                        />
                      </ListItem>
                    ))}
                  </List>
                )}
              </Section>
            )}

            <Section title={t('admin.messages.detail.delivery')}>
              <Fields>
                <Field label={t('admin.messages.detail.createdAt')}>{when(message.createdAt)}</Field>
                <Field label={t('admin.messages.detail.attempts')}>
                  {message.delivery.maxAttempts !== null
                    ? t('admin.messages.attemptsOf', {
                        attempts: message.delivery.attempts,
                        max: message.delivery.maxAttempts,
                      })
                    : message.delivery.attempts}
                </Field>
                <Field label={t('admin.messages.detail.transport')}>
                  {message.delivery.transport
                    ? t(`admin.messages.transports.${message.delivery.transport}`)
                    : '—'}
                </Field>
                <Field label={t('admin.messages.detail.nextAttemptAt')}>
                  {when(message.delivery.nextAttemptAt)}
                </Field>
                <Field label={t('admin.messages.detail.leaseExpiresAt')}>
                  {when(message.delivery.leaseExpiresAt)}
                </Field>
                <Field label={t('admin.messages.detail.sentAt')}>{when(message.delivery.sentAt)}</Field>
                <Field label={t('admin.messages.detail.updatedAt')}>{when(message.delivery.updatedAt)}</Field>
                <Field label={t('admin.messages.detail.providerMessageId')}>
                  {message.delivery.providerMessageId ?? '—'}
                </Field>
                {message.requestedBy && (
                  <Field label={t('admin.messages.detail.requestedBy')}>{message.requestedBy}</Field>
                )}
              </Fields>
            </Section>

            <Accordion disableGutters variant="outlined">
              <AccordionSummary expandIcon={<ExpandMoreIcon />}>
                <Typography variant="body2">{t('admin.messages.detail.data')}</Typography>
              </AccordionSummary>
              <AccordionDetails>
                <Box component="pre" sx={preSx}>
                  {JSON.stringify(message.data, null, 2)}
                </Box>
              </AccordionDetails>
            </Accordion>
          </Stack>
        </DialogContent>
      )}
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {message && props.canResend && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mr: 'auto' }}>
            <Button
              variant="contained"
              startIcon={<SendIcon />}
              disabled={!resendable}
              onClick={() => props.onResend(message)}
              aria-describedby={resendable ? undefined : 'resend-unavailable'}
            >
              {t('admin.messages.resend.action')}
            </Button>
            {!resendable && (
              <Typography id="resend-unavailable" variant="caption" color="text.secondary">
                {t('admin.messages.resend.unavailable')}
              </Typography>
            )}
          </Stack>
        )}
        <Button onClick={props.onClose}>{t('admin.messages.detail.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
