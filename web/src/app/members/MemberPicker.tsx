// Picks the member a staff booking is for (a session, a space): search by name or email in the
// member directory (loaded once), then one click; a search narrowed to one member picks them.
import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../feedback/LoadErrorAlert.tsx';
import { useMemberDirectory } from '../hooks/useMemberDirectory.ts';
import type { UserRecord } from '../../lib/firebase/users.ts';
import { displayName, matchesSearch, normalize } from '../../features/admin/memberSearch.ts';

const SHOWN_RESULTS = 8;
const MIN_SEARCH = 2;

export function MemberPicker(props: {
  busy: boolean;
  value: UserRecord | null;
  onChange: (member: UserRecord | null) => void;
  /** The search field's id. */
  searchId: string;
  /** Test ids: a candidate's is this prefix and their uid. */
  candidateTestIdPrefix: string;
  /** Test id of the line naming the member chosen. */
  chosenTestId: string;
  /** What that line says after the name (their balance...); their email unless told. */
  chosenDetail?: (member: UserRecord) => string;
  /** Why a candidate cannot be chosen (already booked...): listed, said, but not offered. */
  unavailable?: (member: UserRecord) => string | null;
  /** Told of every search typed, e.g. to drop the failure of an earlier attempt. */
  onSearchChange?: () => void;
  autoFocus?: boolean;
  /** The message under the picker (no member chosen...). */
  error?: string;
}) {
  const { t } = useTranslation();
  const directory = useMemberDirectory(true);
  const [search, setSearch] = useState('');
  const searching = normalize(search).length >= MIN_SEARCH;
  const results = useMemo(
    () =>
      searching
        ? directory.members
            .filter((member) => matchesSearch(member, search))
            .sort((a, b) => displayName(a).localeCompare(displayName(b)))
        : [],
    [directory.members, search, searching],
  );
  const shown = results.slice(0, SHOWN_RESULTS);

  const changeSearch = (text: string) => {
    setSearch(text);
    props.onSearchChange?.();
    const found =
      normalize(text).length >= MIN_SEARCH ? directory.members.filter((m) => matchesSearch(m, text)) : [];
    // One match picks it; a choice the new search no longer lists is dropped.
    if (found.length === 1) props.onChange(found[0] ?? null);
    else if (props.value && !found.some((member) => member.uid === props.value?.uid)) props.onChange(null);
  };

  const chosenDetail = props.value && (props.chosenDetail?.(props.value) ?? props.value.data.email);
  return (
    <Stack spacing={1}>
      <TextField
        id={props.searchId}
        type="search"
        label={t('memberPicker.search')}
        helperText={t('memberPicker.searchHint')}
        disabled={props.busy}
        value={search}
        onChange={(event) => changeSearch(event.target.value)}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
        autoFocus={props.autoFocus}
      />
      {directory.status === 'loading' && searching && (
        <Typography variant="body2" color="text.secondary">
          {t('memberPicker.searchLoading')}
        </Typography>
      )}
      {directory.status === 'error' && (
        <LoadErrorAlert message={t('memberPicker.searchError')} onRetry={directory.retry} />
      )}
      {directory.status === 'ready' && searching && results.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('memberPicker.noResults')}
        </Typography>
      )}
      {shown.length > 0 && (
        <RadioGroup
          aria-label={t('memberPicker.results')}
          name="member"
          value={props.value?.uid ?? ''}
          onChange={(event) =>
            props.onChange(shown.find((member) => member.uid === event.target.value) ?? null)
          }
        >
          {shown.map((candidate) => {
            const unavailable = props.unavailable?.(candidate) ?? null;
            return (
              <FormControlLabel
                key={candidate.uid}
                value={candidate.uid}
                data-testid={`${props.candidateTestIdPrefix}${candidate.uid}`}
                disabled={props.busy || unavailable !== null}
                control={<Radio />}
                sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { pt: 0.5 } }}
                label={
                  <Box sx={{ py: 0.5 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {displayName(candidate)}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                      {[candidate.data.email, unavailable].filter(Boolean).join(' · ')}
                    </Typography>
                  </Box>
                }
              />
            );
          })}
        </RadioGroup>
      )}
      {results.length > SHOWN_RESULTS && (
        <Typography variant="body2" color="text.secondary">
          {t('memberPicker.moreResults')}
        </Typography>
      )}
      {directory.truncated && (
        <Typography variant="body2" color="text.secondary">
          {t('memberPicker.directoryTruncated', { count: directory.members.length })}
        </Typography>
      )}
      {props.value && (
        <Typography variant="body2" data-testid={props.chosenTestId}>
          {displayName(props.value)}
          {chosenDetail ? ` — ${chosenDetail}` : ''}
        </Typography>
      )}
      {props.error && <FormHelperText error>{props.error}</FormHelperText>}
    </Stack>
  );
}
