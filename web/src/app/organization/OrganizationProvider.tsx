// Live public organisation settings (name, colour, time zone) with defaults until an admin sets them.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_TIME_ZONE } from '@agora/domain';
import { watchSettings, type OrganizationSummary } from '../../lib/firebase/index.ts';

export interface Organization {
  displayName: string;
  primaryColor: string | null;
  timeZone: string;
  legalName: string | null;
  contactEmail: string | null;
}

const DEFAULT_ORGANIZATION: Organization = {
  displayName: 'Agora',
  primaryColor: null,
  timeZone: DEFAULT_TIME_ZONE,
  legalName: null,
  contactEmail: null,
};

const OrganizationContext = createContext<Organization>(DEFAULT_ORGANIZATION);

export function OrganizationProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<OrganizationSummary | null>(null);

  useEffect(
    () =>
      watchSettings(setSettings, () => {
        // Unreadable settings (offline, rules): keep the defaults, the app still works.
        setSettings(null);
      }),
    [],
  );

  const organization = useMemo<Organization>(
    () => ({
      displayName: settings?.displayName ?? DEFAULT_ORGANIZATION.displayName,
      primaryColor: settings?.primaryColor ?? null,
      timeZone: settings?.timeZone ?? DEFAULT_TIME_ZONE,
      legalName: settings?.legalName ?? null,
      contactEmail: settings?.contactEmail ?? null,
    }),
    [settings],
  );

  useEffect(() => {
    document.title = organization.displayName;
  }, [organization.displayName]);

  return <OrganizationContext value={organization}>{children}</OrganizationContext>;
}

export function useOrganization(): Organization {
  return useContext(OrganizationContext);
}
