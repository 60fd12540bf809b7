// GDPR consent checkbox (ACC-1) with the policy link and the version the member accepts.
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PRIVACY_POLICY_VERSION } from '@agora/domain';

export function ConsentField(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  errorText?: string | undefined;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FormControl error={Boolean(props.errorText)} required component="fieldset" variant="standard">
      <FormControlLabel
        control={
          <Checkbox
            name="consent"
            checked={props.checked}
            disabled={props.disabled ?? false}
            onChange={(event) => props.onChange(event.target.checked)}
            slotProps={{ input: { 'aria-describedby': 'consent-policy' } }}
          />
        }
        label={t('profile.fields.consent')}
      />
      <FormHelperText id="consent-policy">
        {props.errorText ?? ''} {props.errorText ? <br /> : null}
        <Link component={RouterLink} to="/privacy" target="_blank" rel="noopener">
          {t('profile.consentPolicyLink')}
        </Link>{' '}
        {t('profile.consentPolicyVersion', { version: PRIVACY_POLICY_VERSION })}
      </FormHelperText>
    </FormControl>
  );
}
