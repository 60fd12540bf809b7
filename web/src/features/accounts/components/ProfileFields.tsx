// The ACC-1 profile fields (identity, contact, address), shared by sign-up and the profile page.
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { latestBirthDate, PROFILE_STATUSES, type ProfileStatus } from '@agora/domain';
import { useLocale } from '../../../app/i18n/index.ts';
import { countryOptions } from '../countries.ts';
import { useFieldErrorText } from '../hooks/useFieldErrorText.ts';
import type { FieldErrors, FieldName, ProfileFormValues } from '../profileForm.ts';

const MIN_BIRTH_DATE = dayjs('1900-01-01');
// Computed once per page load: the day changing under an open form is harmless.
const MAX_BIRTH_DATE = dayjs(latestBirthDate());

export interface ProfileFieldsProps {
  values: ProfileFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<ProfileFormValues>) => void;
  disabled?: boolean;
}

function isStatus(value: string): value is ProfileStatus {
  return PROFILE_STATUSES.some((status) => status === value);
}

export function ProfileFields({ values, errors, onChange, disabled = false }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useFieldErrorText();
  const countries = useMemo(() => countryOptions(locale, values.country), [locale, values.country]);

  const feedback = (name: FieldName, hint?: string) => ({
    error: Boolean(errors[name]),
    helperText: errorText(errors[name]) ?? hint,
  });

  return (
    <>
      <Typography variant="h3" component="h2">
        {t('profile.sections.identity')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="profile-first-name"
            name="firstName"
            label={t('profile.fields.firstName')}
            autoComplete="given-name"
            required
            disabled={disabled}
            value={values.firstName}
            onChange={(event) => onChange({ firstName: event.target.value })}
            {...feedback('firstName')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="profile-last-name"
            name="lastName"
            label={t('profile.fields.lastName')}
            autoComplete="family-name"
            required
            disabled={disabled}
            value={values.lastName}
            onChange={(event) => onChange({ lastName: event.target.value })}
            {...feedback('lastName')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DatePicker
            label={t('profile.fields.birthDate')}
            value={values.birthDate}
            onChange={(value) => onChange({ birthDate: value })}
            minDate={MIN_BIRTH_DATE}
            maxDate={MAX_BIRTH_DATE}
            openTo="year"
            views={['year', 'month', 'day']}
            disabled={disabled}
            slotProps={{
              textField: {
                id: 'profile-birth-date',
                name: 'birthDate',
                required: true,
                fullWidth: true,
                ...feedback('birthDate', t('profile.hints.birthDate')),
              },
            }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="profile-status"
            name="status"
            select
            label={t('profile.fields.status')}
            required
            disabled={disabled}
            value={values.status}
            onChange={(event) => onChange({ status: isStatus(event.target.value) ? event.target.value : '' })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            {...feedback('status')}
          >
            <option value="" disabled>
              {t('profile.statusPlaceholder')}
            </option>
            {PROFILE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`profile.statuses.${status}`)}
              </option>
            ))}
          </TextField>
        </Grid>
      </Grid>

      <Typography variant="h3" component="h2">
        {t('profile.sections.contact')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="profile-phone"
            name="phone"
            type="tel"
            label={t('profile.fields.phone')}
            autoComplete="tel"
            required
            disabled={disabled}
            value={values.phone}
            onChange={(event) => onChange({ phone: event.target.value })}
            {...feedback('phone', t('profile.hints.phone'))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }} sx={{ display: 'flex', alignItems: 'center' }}>
          <FormControlLabel
            control={
              <Checkbox
                name="smsOptIn"
                checked={values.smsOptIn}
                disabled={disabled}
                onChange={(event) => onChange({ smsOptIn: event.target.checked })}
              />
            }
            label={t('profile.fields.smsOptIn')}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            id="profile-address-line1"
            name="address-line1"
            label={t('profile.fields.line1')}
            autoComplete="address-line1"
            required
            disabled={disabled}
            value={values.line1}
            onChange={(event) => onChange({ line1: event.target.value })}
            {...feedback('address.line1')}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            id="profile-address-line2"
            name="address-line2"
            label={t('profile.fields.line2')}
            autoComplete="address-line2"
            disabled={disabled}
            value={values.line2}
            onChange={(event) => onChange({ line2: event.target.value })}
            {...feedback('address.line2')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            id="profile-postal-code"
            name="postal-code"
            label={t('profile.fields.postalCode')}
            autoComplete="postal-code"
            required
            disabled={disabled}
            value={values.postalCode}
            onChange={(event) => onChange({ postalCode: event.target.value })}
            {...feedback('address.postalCode')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextField
            id="profile-city"
            name="city"
            label={t('profile.fields.city')}
            autoComplete="address-level2"
            required
            disabled={disabled}
            value={values.city}
            onChange={(event) => onChange({ city: event.target.value })}
            {...feedback('address.city')}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            id="profile-country"
            name="country"
            select
            label={t('profile.fields.country')}
            autoComplete="country"
            required
            disabled={disabled}
            value={values.country}
            onChange={(event) => onChange({ country: event.target.value })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            {...feedback('address.country')}
          >
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </TextField>
        </Grid>
      </Grid>
    </>
  );
}
