// Theme, date pickers and session providers around the router.
import { useMemo, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { AuthProvider } from './auth/AuthProvider.tsx';
import { OrganizationProvider, useOrganization } from './organization/OrganizationProvider.tsx';
import { useLocale } from './i18n/index.ts';
import { createAppTheme } from './theme.ts';

function ThemedApp({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const { primaryColor } = useOrganization();
  const theme = useMemo(() => createAppTheme({ primaryColor, locale }), [primaryColor, locale]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale={locale}>
        {children}
      </LocalizationProvider>
    </ThemeProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <OrganizationProvider>
      <AuthProvider>
        <ThemedApp>{children}</ThemedApp>
      </AuthProvider>
    </OrganizationProvider>
  );
}
