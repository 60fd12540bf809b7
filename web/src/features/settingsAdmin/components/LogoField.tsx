// The organisation's logo in "Identité visuelle": shown as stored (the settings are live), replaced
// or removed at once through uploadLogo/removeLogo (admins), apart from the form's Save: the file is
// the server's, checked and re-encoded there.
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { validationMessage } from '@agora/domain';
import { useLocale } from '../../../app/i18n/index.ts';
import { callRemoveLogo, callUploadLogo } from '../../../lib/firebase/callables.ts';
import { uploadFailureText } from '../../spacesAdmin/failureText.ts';
import { bytesToBase64, PHOTO_ACCEPT, photoFileProblem } from '../../spacesAdmin/photoFile.ts';

const LOGO_ISSUES = ['logoTooLarge', 'logoTypeInvalid'] as const;

export function LogoField(props: { logoUrl: string | null; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      props.onSaved(done);
    } catch (error) {
      setProblem(uploadFailureText(t, error, LOGO_ISSUES, locale));
    } finally {
      setBusy(false);
    }
  };

  const upload = async (file: File) => {
    const refused = photoFileProblem(file);
    if (refused) {
      setProblem(validationMessage(refused === 'photoTooLarge' ? 'logoTooLarge' : 'logoTypeInvalid', locale));
      return;
    }
    const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    await run(() => callUploadLogo({ contentBase64 }), t('settingsAdmin.branding.logoUploaded'));
  };

  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="span">
        {t('settingsAdmin.branding.logo')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        {props.logoUrl ? (
          <Box
            component="img"
            src={props.logoUrl}
            alt={t('settingsAdmin.branding.logoAlt')}
            data-testid="settings-logo-image"
            sx={{
              maxHeight: 64,
              maxWidth: 200,
              objectFit: 'contain',
              border: 1,
              borderColor: 'divider',
              p: 0.5,
            }}
          />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('settingsAdmin.branding.logoNone')}
          </Typography>
        )}
        <input
          ref={input}
          type="file"
          accept={PHOTO_ACCEPT}
          hidden
          data-testid="settings-logo-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void upload(file);
          }}
        />
        <Button variant="outlined" disabled={busy} onClick={() => input.current?.click()}>
          {props.logoUrl ? t('settingsAdmin.branding.logoReplace') : t('settingsAdmin.branding.logoUpload')}
        </Button>
        {props.logoUrl && (
          <Button
            color="error"
            disabled={busy}
            onClick={() => void run(callRemoveLogo, t('settingsAdmin.branding.logoRemoved'))}
          >
            {t('settingsAdmin.branding.logoRemove')}
          </Button>
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {t('settingsAdmin.branding.logoHint')}
      </Typography>
      {problem && (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
