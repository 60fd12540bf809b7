// The "Membre" filter above a staff list (invoices, bookings, ledger): search a member by name or
// email and pick them (their uid filters the list). The member directory loads when the field is
// first used and is searched on the client with memberSearch, as the booking pickers do.
import { useMemo, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../feedback/LoadErrorAlert.tsx';
import type { UserRecord } from '../../lib/firebase/users.ts';
import { displayName, matchesSearch, normalize } from '../../features/admin/memberSearch.ts';
import { useMemberDirectory } from '../hooks/useMemberDirectory.ts';

const SHOWN_RESULTS = 20;
const MIN_SEARCH = 2;

interface MemberOption {
  uid: string;
  label: string;
  email: string;
  /** The profile searched; null for a member only known by uid (filter from the address). */
  user: UserRecord | null;
}

const toOption = (user: UserRecord): MemberOption => ({
  uid: user.uid,
  label: displayName(user),
  email: user.data.email ?? '',
  user,
});

export function MemberFilter(props: {
  /** The field's id; each option's test id is this id, `-option-` and the uid. */
  id: string;
  uid: string | null;
  /** The chosen member's profile, when known (loaded for the table). */
  member: UserRecord | null | undefined;
  onChange: (uid: string | null) => void;
}) {
  const { t } = useTranslation();
  const [enabled, setEnabled] = useState(false);
  const [input, setInput] = useState('');
  const directory = useMemberDirectory(enabled);

  const directoryOptions = useMemo(
    () => directory.members.map(toOption).sort((a, b) => a.label.localeCompare(b.label)),
    [directory.members],
  );
  const value = useMemo<MemberOption | null>(() => {
    if (!props.uid) return null;
    const found = directoryOptions.find((option) => option.uid === props.uid);
    if (found) return found;
    return props.member
      ? toOption(props.member)
      : { uid: props.uid, label: props.uid, email: '', user: null };
  }, [directoryOptions, props.uid, props.member]);
  // The chosen member is always among the options (a filter from the address, before or beyond the
  // directory), so the field shows them.
  const options = useMemo(
    () =>
      value && !directoryOptions.some((option) => option.uid === value.uid)
        ? [...directoryOptions, value]
        : directoryOptions,
    [directoryOptions, value],
  );

  const searching = normalize(input).length >= MIN_SEARCH;
  return (
    <Box>
      <Autocomplete<MemberOption>
        id={props.id}
        size="small"
        options={options}
        value={value}
        onChange={(_event, option) => props.onChange(option?.uid ?? null)}
        inputValue={input}
        onInputChange={(_event, text) => setInput(text)}
        onOpen={() => setEnabled(true)}
        getOptionLabel={(option) => option.label}
        getOptionKey={(option) => option.uid}
        isOptionEqualToValue={(option, chosen) => option.uid === chosen.uid}
        filterOptions={(all, state) => {
          if (normalize(state.inputValue).length < MIN_SEARCH) return [];
          return all
            .filter((option) => option.user !== null && matchesSearch(option.user, state.inputValue))
            .slice(0, SHOWN_RESULTS);
        }}
        loading={enabled && directory.status === 'loading'}
        loadingText={t('memberFilter.loading')}
        noOptionsText={
          directory.status === 'error'
            ? t('memberFilter.error')
            : searching
              ? t('memberFilter.noResults')
              : t('memberFilter.hint')
        }
        renderOption={(optionProps, option) => {
          const { key, ...rest } = optionProps;
          return (
            <Box component="li" key={key} {...rest} data-testid={`${props.id}-option-${option.uid}`}>
              <Box>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {option.label}
                </Typography>
                {option.email && (
                  <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                    {option.email}
                  </Typography>
                )}
              </Box>
            </Box>
          );
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('memberFilter.label')}
            placeholder={t('memberFilter.hint')}
            onFocus={() => setEnabled(true)}
          />
        )}
      />
      {directory.status === 'error' && (
        <Box sx={{ mt: 1 }}>
          <LoadErrorAlert message={t('memberFilter.error')} onRetry={directory.retry} />
        </Box>
      )}
      {directory.truncated && (
        <Typography variant="caption" color="text.secondary">
          {t('memberFilter.truncated', { count: directory.members.length })}
        </Typography>
      )}
    </Box>
  );
}
