// Staff area frame (/admin): section title and the tools this role may open.
import { Suspense } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../../../app/auth/authContext.ts';
import { LoadingScreen } from '../../../app/layout/LoadingScreen.tsx';
import { adminNavLinks } from '../adminNav.ts';

export function AdminLayout() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const links = adminNavLinks(role).map((link) => ({ ...link, label: t(link.labelKey) }));
  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="overline" color="text.secondary">
          {t('admin.area')}
        </Typography>
        <Stack
          component="nav"
          aria-label={t('admin.nav.label')}
          direction="row"
          spacing={1}
          sx={{ flexWrap: 'wrap' }}
        >
          {links.map((link) => (
            <Button
              key={link.to}
              component={NavLink}
              to={link.to}
              end={link.end}
              variant="text"
              sx={{ '&.active': { bgcolor: 'action.selected' } }}
            >
              {link.label}
            </Button>
          ))}
        </Stack>
      </Box>
      <Suspense fallback={<LoadingScreen />}>
        <Outlet />
      </Suspense>
    </Stack>
  );
}
