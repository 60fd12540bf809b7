// The "Auteur" filter: a staff member picked from the directory (members holding a role), the
// system, or a uid pasted then confirmed with Enter (a former staff member, an id read elsewhere).
import { useMemo, useState } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../../lib/firebase/users.ts';
import { displayName } from '../../admin/memberSearch.ts';
import { SYSTEM_ACTOR } from '../auditActor.ts';
import { isActorId } from '../auditFilters.ts';

interface ActorOption {
  uid: string;
  label: string;
  /** The email, or the uid for an actor only known by it. */
  detail: string;
}

const filter = createFilterOptions<ActorOption>({
  stringify: (option) => `${option.label} ${option.detail} ${option.uid}`,
});

export function ActorFilter(props: {
  actor: string | null;
  /** The directory, read once by the page. */
  members: readonly UserRecord[];
  status: 'loading' | 'ready' | 'error';
  nameOf: (uid: string) => string | null;
  onChange: (actor: string | null) => void;
}) {
  const { t } = useTranslation();
  const [invalid, setInvalid] = useState(false);
  const { actor, members, nameOf } = props;

  const options = useMemo<ActorOption[]>(() => {
    const staff = members
      .filter((member) => member.data.role)
      .map((member) => ({ uid: member.uid, label: displayName(member), detail: member.data.email ?? '' }))
      .sort((a, b) => a.label.localeCompare(b.label));
    return [{ uid: SYSTEM_ACTOR, label: t('auditLog.filters.system'), detail: '' }, ...staff];
  }, [members, t]);

  // The chosen actor is always shown, even when the directory lacks them (a filter from the address).
  const value = useMemo<ActorOption | null>(() => {
    if (!actor) return null;
    return (
      options.find((option) => option.uid === actor) ?? {
        uid: actor,
        label: nameOf(actor) ?? actor,
        detail: actor,
      }
    );
  }, [actor, options, nameOf]);

  return (
    <Autocomplete<ActorOption, false, false, true>
      id="audit-filter-actor"
      size="small"
      freeSolo
      options={options}
      value={value}
      filterOptions={filter}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.label)}
      getOptionKey={(option) => (typeof option === 'string' ? option : option.uid)}
      isOptionEqualToValue={(option, chosen) =>
        option.uid === (typeof chosen === 'string' ? chosen : chosen.uid)
      }
      onChange={(_event, chosen) => {
        if (chosen === null) {
          setInvalid(false);
          props.onChange(null);
          return;
        }
        const uid = typeof chosen === 'string' ? chosen.trim() : chosen.uid;
        const valid = isActorId(uid);
        setInvalid(!valid);
        if (valid) props.onChange(uid);
      }}
      onInputChange={() => setInvalid(false)}
      loading={props.status === 'loading'}
      loadingText={t('auditLog.filters.actorLoading')}
      noOptionsText={
        props.status === 'error' ? t('auditLog.filters.actorError') : t('auditLog.filters.actorNoResults')
      }
      renderOption={(optionProps, option) => {
        const { key, ...rest } = optionProps;
        return (
          <Box component="li" key={key} {...rest} data-testid={`audit-actor-option-${option.uid}`}>
            <Box>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {option.label}
              </Typography>
              {option.detail && (
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {option.detail}
                </Typography>
              )}
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('auditLog.filters.actor')}
          error={invalid}
          helperText={invalid ? t('auditLog.filters.actorInvalid') : t('auditLog.filters.actorHint')}
        />
      )}
    />
  );
}
