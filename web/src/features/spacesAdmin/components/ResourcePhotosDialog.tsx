// Photos of a resource (SPACE-1), live: staff add a JPEG, PNG or WebP (read here as base64 and sent
// to uploadResourcePhoto, which checks the bytes, resizes and stores it) and remove one. The files
// live in Storage, closed to clients: the list names each photo by its size, not its image.
import { useCallback, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { useTranslation } from 'react-i18next';
import { MAX_RESOURCE_PHOTOS, validationMessage, type ResourcePhoto } from '@agora/domain';
import { LoadErrorAlert } from '../../../app/feedback/LoadErrorAlert.tsx';
import type { Notice } from '../../../app/feedback/NoticeSnackbar.tsx';
import { useLive, type Watch } from '../../../app/hooks/useLive.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { callRemoveResourcePhoto, callUploadResourcePhoto } from '../../../lib/firebase/callables.ts';
import { watchResource, type ResourceRecord } from '../../../lib/firebase/spaces.ts';
import { formatBytes } from '../display.ts';
import { failureText, uploadFailureText } from '../failureText.ts';
import { bytesToBase64, PHOTO_ACCEPT, photoFileProblem } from '../photoFile.ts';
import { ConfirmDialog } from '../../../app/feedback/ConfirmDialog.tsx';

const PHOTO_ISSUES = ['photoTooLarge', 'photoTypeInvalid'] as const;

export function ResourcePhotosDialog(props: {
  resource: ResourceRecord | null;
  onClose: () => void;
  onNotice: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={props.resource !== null}
      onClose={busy ? undefined : props.onClose}
      aria-labelledby="resource-photos-title"
      fullWidth
    >
      <DialogTitle id="resource-photos-title">
        {t('spacesAdmin.photos.title')}
        {props.resource ? ` — ${props.resource.name}` : ''}
      </DialogTitle>
      {props.resource && (
        <PhotosContent
          key={props.resource.id}
          resourceId={props.resource.id}
          busy={busy}
          setBusy={setBusy}
          onNotice={props.onNotice}
        />
      )}
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {t('spacesAdmin.photos.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function PhotosContent(props: {
  resourceId: string;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onNotice: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { resourceId, busy, setBusy } = props;
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ photo: ResourcePhoto; index: number } | null>(null);
  const subscribe = useCallback<Watch<ResourceRecord | null>>(
    (next, fail) => watchResource(resourceId, next, fail),
    [resourceId],
  );
  const resource = useLive(subscribe);

  const upload = async (file: File) => {
    setProblem(null);
    const refused = photoFileProblem(file);
    if (refused) {
      setProblem(validationMessage(refused, locale));
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      await callUploadResourcePhoto({ resourceId, contentBase64 });
      props.onNotice({ severity: 'success', message: t('spacesAdmin.photos.uploaded') });
    } catch (error) {
      setProblem(uploadFailureText(t, error, PHOTO_ISSUES, locale));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (photo: ResourcePhoto) => {
    setBusy(true);
    try {
      await callRemoveResourcePhoto({ resourceId, photoId: photo.id });
      setRemoving(null);
      props.onNotice({ severity: 'success', message: t('spacesAdmin.photos.removed') });
    } catch (error) {
      setRemoving(null);
      setProblem(failureText(t, error));
    } finally {
      setBusy(false);
    }
  };

  if (resource.status === 'loading') return <LoadingScreen />;
  if (resource.status === 'error') {
    return (
      <DialogContent>
        <LoadErrorAlert message={t('spacesAdmin.photos.loadError')} onRetry={resource.reload} />
      </DialogContent>
    );
  }
  if (!resource.value) {
    return (
      <DialogContent>
        <Alert severity="warning">{t('spacesAdmin.photos.notFound')}</Alert>
      </DialogContent>
    );
  }
  const photos = resource.value.photos;
  const full = photos.length >= MAX_RESOURCE_PHOTOS;
  return (
    <DialogContent>
      <Stack spacing={2}>
        <Typography color="text.secondary">{t('spacesAdmin.photos.intro')}</Typography>
        {photos.length === 0 ? (
          <Typography color="text.secondary">{t('spacesAdmin.photos.empty')}</Typography>
        ) : (
          <List dense disablePadding>
            {photos.map((photo, index) => (
              <ListItem
                key={photo.id}
                data-testid={`resource-photo-${photo.id}`}
                disableGutters
                secondaryAction={
                  <Button
                    size="small"
                    color="error"
                    disabled={busy}
                    aria-label={t('spacesAdmin.photos.removeLabel', { index: index + 1 })}
                    onClick={() => setRemoving({ photo, index })}
                  >
                    {t('spacesAdmin.photos.remove')}
                  </Button>
                }
              >
                {photo.url && (
                  // A thumbnail through the photo's token URL (Storage rules stay closed to clients).
                  <img
                    src={photo.url}
                    alt=""
                    loading="lazy"
                    style={{ width: 96, height: 64, objectFit: 'cover', borderRadius: 4, marginRight: 12 }}
                  />
                )}
                <ListItemText
                  primary={t('spacesAdmin.photos.item', { index: index + 1 })}
                  secondary={t('spacesAdmin.photos.details', {
                    width: photo.width,
                    height: photo.height,
                    size: formatBytes(photo.bytes, locale),
                  })}
                />
              </ListItem>
            ))}
          </List>
        )}
        <input
          ref={input}
          type="file"
          accept={PHOTO_ACCEPT}
          hidden
          data-testid="resource-photo-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that picking the same file again still fires a change.
            event.target.value = '';
            if (file) void upload(file);
          }}
        />
        <Button
          variant="outlined"
          startIcon={<PhotoCameraIcon />}
          loading={busy}
          disabled={full}
          onClick={() => input.current?.click()}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('spacesAdmin.photos.add')}
        </Button>
        {full && (
          <Typography variant="body2" color="text.secondary">
            {t('spacesAdmin.photos.limit', { count: MAX_RESOURCE_PHOTOS })}
          </Typography>
        )}
        {problem && (
          <Alert severity="error" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
      <ConfirmDialog
        item={removing}
        busy={busy}
        idPrefix="resource-photo-remove"
        title={t('spacesAdmin.photos.removeTitle')}
        text={({ index }) => t('spacesAdmin.photos.removeText', { index: index + 1 })}
        cancelLabel={t('spacesAdmin.photos.keep')}
        confirmLabel={t('spacesAdmin.photos.remove')}
        destructive
        confirmTestId="confirm-remove-photo"
        onCancel={() => setRemoving(null)}
        onConfirm={({ photo }) => void remove(photo)}
      />
    </DialogContent>
  );
}
