// FR / EN toggle in the app bar; the choice persists (see i18n/index.ts).
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@agora/domain';
import { changeLocale, useLocale } from '../i18n/index.ts';

const LABELS: Record<Locale, { short: string; name: string }> = {
  fr: { short: 'FR', name: 'Français' },
  en: { short: 'EN', name: 'English' },
};

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={locale}
      onChange={(_event, value: Locale | null) => {
        if (value) changeLocale(value);
      }}
      aria-label={t('language.label')}
      sx={{
        bgcolor: 'rgba(255,255,255,0.12)',
        '& .MuiToggleButton-root': {
          color: 'inherit',
          borderColor: 'rgba(255,255,255,0.4)',
          px: 1,
          py: 0.25,
        },
        '& .MuiToggleButton-root.Mui-selected': { color: 'primary.main', bgcolor: 'common.white' },
        '& .MuiToggleButton-root.Mui-selected:hover': { bgcolor: 'grey.100' },
      }}
    >
      {LOCALES.map((code) => (
        <ToggleButton key={code} value={code} lang={code} aria-label={LABELS[code].name}>
          {LABELS[code].short}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
