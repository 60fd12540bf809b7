// The opening-hours editor of the resource dialog: Monday to Sunday, each day closed or open over
// one or more ranges typed as HH:MM (tidied when the field is left: "9h" becomes "09:00"), and a
// helper copying Monday to the working days. Messages go under their day or range.
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '@agora/domain';
import type { FieldErrors } from '../fieldErrors.ts';
import {
  addRange,
  changeRange,
  copyMondayToWorkingDays,
  nextRange,
  normalizeWallTime,
  removeRange,
  type OpeningHoursValues,
} from '../openingHoursEditing.ts';
import { dayErrors, type ResourceField } from '../resourceForm.ts';
import { WEEKDAY_NAMES, WEEKDAYS_MONDAY_FIRST } from '../weekdays.ts';

export function OpeningHoursEditor(props: {
  hours: OpeningHoursValues;
  slotMinutes: number;
  timeZone: string;
  errors: FieldErrors<ResourceField>;
  issueText: (code: string | undefined) => string | undefined;
  busy: boolean;
  /** `day`: the weekday edited (its messages go stale); null for several days at once. */
  onChange: (hours: OpeningHoursValues, day: Weekday | null) => void;
}) {
  const { t } = useTranslation();
  const { hours, busy } = props;
  const timeProps = { htmlInput: { inputMode: 'numeric' as const, autoComplete: 'off', maxLength: 5 } };
  return (
    <Stack spacing={1.5}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'space-between' }}>
        <Typography variant="body2" color="text.secondary">
          {t('spacesAdmin.hours.hint', { zone: props.timeZone })}
        </Typography>
        <Button
          size="small"
          disabled={busy}
          data-testid="hours-copy-monday"
          onClick={() => props.onChange(copyMondayToWorkingDays(hours), null)}
          sx={{ flexShrink: 0 }}
        >
          {t('spacesAdmin.hours.copyMonday')}
        </Button>
      </Stack>
      {props.errors.openingHours && (
        <FormHelperText error>{props.issueText(props.errors.openingHours)}</FormHelperText>
      )}
      {WEEKDAYS_MONDAY_FIRST.map((day) => {
        const dayName = t(`spacesAdmin.weekdays.${WEEKDAY_NAMES[day]}`);
        const messages = dayErrors(props.errors, day);
        const ranges = hours[day];
        return (
          <Stack
            key={day}
            direction={{ xs: 'column', sm: 'row' }}
            spacing={1}
            role="group"
            aria-label={dayName}
            data-testid={`hours-day-${day}`}
            sx={{ alignItems: { sm: 'flex-start' } }}
          >
            <Typography sx={{ width: 100, flexShrink: 0, pt: { sm: 1 }, fontWeight: 600 }}>
              {dayName}
            </Typography>
            <Stack spacing={1} sx={{ flex: 1 }}>
              {ranges.length === 0 && (
                <Typography color="text.secondary" sx={{ pt: { sm: 1 } }}>
                  {t('spacesAdmin.hours.closed')}
                </Typography>
              )}
              {ranges.map((range, index) => {
                const labels = { day: dayName, index: index + 1 };
                const message = messages.ranges[index];
                const set = (patch: { open?: string; close?: string }) =>
                  props.onChange(changeRange(hours, day, index, patch), day);
                // Leaving a field tidies what was typed; an untouched field changes nothing.
                const tidy = (field: 'open' | 'close') => {
                  const tidied = normalizeWallTime(range[field]);
                  if (tidied !== range[field]) set({ [field]: tidied });
                };
                return (
                  <Stack key={index} spacing={0.5}>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <TextField
                        id={`hours-${day}-${index}-open`}
                        size="small"
                        label={t('spacesAdmin.hours.open')}
                        placeholder="09:00"
                        disabled={busy}
                        error={Boolean(message)}
                        value={range.open}
                        onChange={(event) => set({ open: event.target.value })}
                        onBlur={() => tidy('open')}
                        slotProps={{
                          ...timeProps,
                          htmlInput: {
                            ...timeProps.htmlInput,
                            'aria-label': t('spacesAdmin.hours.openLabel', labels),
                          },
                        }}
                        sx={{ width: 120 }}
                      />
                      <Typography aria-hidden>–</Typography>
                      <TextField
                        id={`hours-${day}-${index}-close`}
                        size="small"
                        label={t('spacesAdmin.hours.close')}
                        placeholder="18:00"
                        disabled={busy}
                        error={Boolean(message)}
                        value={range.close}
                        onChange={(event) => set({ close: event.target.value })}
                        onBlur={() => tidy('close')}
                        slotProps={{
                          ...timeProps,
                          htmlInput: {
                            ...timeProps.htmlInput,
                            'aria-label': t('spacesAdmin.hours.closeLabel', labels),
                          },
                        }}
                        sx={{ width: 120 }}
                      />
                      <IconButton
                        size="small"
                        disabled={busy}
                        aria-label={t('spacesAdmin.hours.removeRange', labels)}
                        onClick={() => props.onChange(removeRange(hours, day, index), day)}
                      >
                        <CloseIcon fontSize="small" />
                      </IconButton>
                    </Stack>
                    {message && <FormHelperText error>{props.issueText(message)}</FormHelperText>}
                  </Stack>
                );
              })}
              {messages.day && <FormHelperText error>{props.issueText(messages.day)}</FormHelperText>}
            </Stack>
            <Button
              size="small"
              startIcon={<AddIcon />}
              disabled={busy || nextRange(ranges, props.slotMinutes) === null}
              aria-label={t('spacesAdmin.hours.addRangeLabel', { day: dayName })}
              onClick={() => props.onChange(addRange(hours, day, props.slotMinutes), day)}
              sx={{ flexShrink: 0, alignSelf: { xs: 'flex-start', sm: 'flex-start' }, mt: { sm: 0.5 } }}
            >
              {t('spacesAdmin.hours.addRange')}
            </Button>
          </Stack>
        );
      })}
    </Stack>
  );
}
