// The one MUI theme: brand colour from settings when set, component texts in the current language.
import { createTheme, type Theme } from '@mui/material/styles';
import { enUS as coreEn, frFR as coreFr } from '@mui/material/locale';
import { enUS as pickersEn, frFR as pickersFr } from '@mui/x-date-pickers/locales';
import type { Locale } from '@agora/domain';

export const DEFAULT_PRIMARY_COLOR = '#1f5f8b';

export function createAppTheme(options: { primaryColor?: string | null; locale: Locale }): Theme {
  const [core, pickers] = options.locale === 'fr' ? [coreFr, pickersFr] : [coreEn, pickersEn];
  return createTheme(
    {
      palette: {
        primary: { main: options.primaryColor ?? DEFAULT_PRIMARY_COLOR },
        secondary: { main: '#b4532a' },
        background: { default: '#f6f7f9' },
      },
      shape: { borderRadius: 10 },
      typography: {
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        h1: { fontSize: '2rem', fontWeight: 700 },
        h2: { fontSize: '1.5rem', fontWeight: 700 },
        h3: { fontSize: '1.25rem', fontWeight: 600 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiTextField: { defaultProps: { fullWidth: true } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
      },
    },
    core,
    pickers,
  );
}
