// Page frame: app bar (inline links on wide screens, drawer menu on phones), content, footer.
import { Suspense, useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import { useTranslation } from 'react-i18next';
import {
  Link as RouterLink,
  NavLink,
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigate,
} from 'react-router';
import { signOut, usesEmulators } from '../../lib/firebase/index.ts';
import { useAuth } from '../auth/authContext.ts';
import { useOrganization } from '../organization/OrganizationProvider.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LoadingScreen } from './LoadingScreen.tsx';
import { navItems } from './navigation.ts';

export function AppLayout() {
  const { t } = useTranslation();
  const { status, role } = useAuth();
  const organization = useOrganization();
  const navigate = useNavigate();
  const location = useLocation();
  const [menu, setMenu] = useState<{ open: boolean; path: string }>({ open: false, path: '' });
  // The drawer closes by itself when the route changes.
  const menuOpen = menu.open && menu.path === location.pathname;
  const signedIn = status === 'signedIn';
  const items = navItems(signedIn, role);

  const handleSignOut = async () => {
    setMenu({ open: false, path: '' });
    // Leave protected pages first (committed now, not in a transition): otherwise their guard
    // would see the signed-out state and send the user to the sign-in page.
    await navigate('/', { flushSync: true });
    await signOut();
  };

  return (
    <Box sx={{ minHeight: '100dvh', display: 'flex', flexDirection: 'column' }}>
      <ScrollRestoration />
      <AppBar position="sticky">
        <Toolbar sx={{ gap: 1, px: { xs: 1, sm: 2 } }}>
          <IconButton
            color="inherit"
            edge="start"
            aria-label={t('nav.openMenu')}
            aria-controls="main-menu"
            aria-expanded={menuOpen}
            onClick={() => setMenu({ open: true, path: location.pathname })}
            sx={{ display: { md: 'none' } }}
          >
            <MenuIcon />
          </IconButton>
          <Typography
            variant="h6"
            component={RouterLink}
            to="/"
            noWrap
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 700, minWidth: 0, flexShrink: 1 }}
          >
            {organization.displayName}
          </Typography>
          <Box
            component="nav"
            aria-label={t('nav.main')}
            sx={{ display: { xs: 'none', md: 'flex' }, gap: 0.5, ml: 2 }}
          >
            {items.map((item) => (
              <Button
                key={item.to}
                color="inherit"
                component={NavLink}
                to={item.to}
                end={item.end ?? false}
                sx={{ '&.active': { bgcolor: 'rgba(255,255,255,0.16)' } }}
              >
                {t(`nav.${item.label}`)}
              </Button>
            ))}
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <LanguageSwitch />
          {signedIn && (
            <Button
              color="inherit"
              variant="outlined"
              onClick={() => void handleSignOut()}
              sx={{ display: { xs: 'none', md: 'inline-flex' }, borderColor: 'rgba(255,255,255,0.5)' }}
            >
              {t('nav.signOut')}
            </Button>
          )}
        </Toolbar>
      </AppBar>

      <Drawer id="main-menu" open={menuOpen} onClose={() => setMenu({ open: false, path: '' })}>
        <Box component="nav" aria-label={t('nav.main')} sx={{ width: 280, maxWidth: '85vw' }}>
          <Typography variant="h6" sx={{ px: 2, py: 2, fontWeight: 700 }}>
            {organization.displayName}
          </Typography>
          <Divider />
          <List>
            {items.map((item) => (
              <ListItemButton
                key={item.to}
                component={NavLink}
                to={item.to}
                end={item.end ?? false}
                sx={{ '&.active': { bgcolor: 'action.selected' } }}
              >
                <ListItemText primary={t(`nav.${item.label}`)} />
              </ListItemButton>
            ))}
            {signedIn && (
              <>
                <Divider component="li" />
                <ListItemButton onClick={() => void handleSignOut()}>
                  <ListItemText primary={t('nav.signOut')} />
                </ListItemButton>
              </>
            )}
          </List>
        </Box>
      </Drawer>

      <Box component="main" sx={{ flexGrow: 1 }}>
        <Container maxWidth="lg" sx={{ py: { xs: 2, sm: 4 }, px: { xs: 2, sm: 3 } }}>
          <Suspense fallback={<LoadingScreen />}>
            <Outlet />
          </Suspense>
        </Container>
      </Box>

      <Box
        component="footer"
        sx={{ borderTop: 1, borderColor: 'divider', py: 2, px: 2, bgcolor: 'background.paper' }}
      >
        <Container
          maxWidth="lg"
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 2,
            justifyContent: 'space-between',
            alignItems: 'center',
          }}
        >
          <Typography variant="body2" color="text.secondary">
            {organization.legalName ?? organization.displayName}
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
            {usesEmulators && (
              <Typography variant="body2" color="warning.main">
                {t('demo.footer')}
              </Typography>
            )}
            <Link component={RouterLink} to="/privacy" variant="body2">
              {t('nav.privacy')}
            </Link>
          </Box>
        </Container>
      </Box>
    </Box>
  );
}
