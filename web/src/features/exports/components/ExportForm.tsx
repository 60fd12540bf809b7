// The export request: which data, in which format, over which days. Native selects: phones show
// their own picker, tests pick by label. The form says up front that the file is built on the
// server, so nobody waits on the page for a large export.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { MAX_PDF_ROWS } from '@agora/domain';
import { useTranslation } from 'react-i18next';
import type { CallableErrorKey } from '../../../app/errors/callableErrorKey.ts';
import { useLocale } from '../../../app/i18n/index.ts';
import { formatCount } from '../../dashboard/kpiFormat.ts';
import { DATASET_CHOICES, FORMAT_CHOICES, toDataset, toFormat } from '../exportChoices.ts';
import { datasetHasPeriod, exportFormError, type ExportFormValues } from '../exportRequest.ts';
import { ExportPeriodFields } from './ExportPeriodFields.tsx';

export function ExportForm(props: {
  values: ExportFormValues;
  onChange: (values: ExportFormValues) => void;
  onSubmit: () => void;
  submitting: boolean;
  /** Why the last request was refused, if it was. */
  error: CallableErrorKey | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { values, onChange } = props;
  const invalid = exportFormError(values);

  return (
    <Paper
      component="form"
      aria-label={t('exports.form.label')}
      noValidate
      sx={{ p: 2 }}
      onSubmit={(event) => {
        event.preventDefault();
        if (invalid === null && !props.submitting) props.onSubmit();
      }}
    >
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            id="export-dataset"
            select
            size="small"
            label={t('exports.form.dataset')}
            value={values.dataset}
            onChange={(event) => onChange({ ...values, dataset: toDataset(event.target.value) })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 240 }}
          >
            {DATASET_CHOICES.map((dataset) => (
              <option key={dataset} value={dataset}>
                {t(`exports.datasets.${dataset}`)}
              </option>
            ))}
          </TextField>
          <TextField
            id="export-format"
            select
            size="small"
            label={t('exports.form.format')}
            value={values.format}
            onChange={(event) => onChange({ ...values, format: toFormat(event.target.value) })}
            helperText={
              values.format === 'pdf'
                ? t('exports.form.pdfHelp', { rows: formatCount(MAX_PDF_ROWS, locale) })
                : ' '
            }
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 200 }}
          >
            {FORMAT_CHOICES.map((format) => (
              <option key={format} value={format}>
                {t(`exports.formats.${format}`)}
              </option>
            ))}
          </TextField>
        </Stack>

        {datasetHasPeriod(values.dataset) ? (
          <ExportPeriodFields
            from={values.from}
            to={values.to}
            error={invalid ? t(`exports.form.${invalid}`) : null}
            onChange={(edge, day) => onChange({ ...values, [edge]: day })}
          />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('exports.form.noPeriod')}
          </Typography>
        )}

        <Alert severity="info">{t('exports.form.help')}</Alert>
        {props.error && <Alert severity="error">{t(`errors.callable.${props.error}`)}</Alert>}

        <div>
          <Button
            type="submit"
            variant="contained"
            data-testid="start-export"
            disabled={props.submitting || invalid !== null}
          >
            {props.submitting ? t('exports.form.submitting') : t('exports.form.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
