// "Bloquer un créneau" (SPACE-4): a resource closed to bookings over [start, end) for maintenance or
// private use. Start and end are typed as wall clocks of the organisation's zone and sent as
// instants with an offset, checked with blockSpaceInputSchema like the callable does.
import { BLOCK_REASONS, blockSpaceInputSchema, type BlockReason, type BlockSpaceInput } from '@agora/domain';
import type { Dayjs } from 'dayjs';
import { zodIssuesToFields, type FieldErrors, type Parsed } from './fieldErrors.ts';
import { pickerInstant, pickerValueAt } from './zonedPicker.ts';

export interface BlockFormValues {
  resourceId: string;
  start: Dayjs | null;
  end: Dayjs | null;
  reason: BlockReason;
  note: string;
}

export const BLOCK_FIELDS = ['resourceId', 'start', 'end', 'reason', 'note'] as const;
export type BlockField = (typeof BLOCK_FIELDS)[number];

/** What the dialog opens with: a slot's span, or whatever span the general button suggests. */
export interface BlockDraft {
  resourceId: string;
  startMs: number;
  endMs: number;
}

export function blockValues(draft: BlockDraft, timeZone: string): BlockFormValues {
  return {
    resourceId: draft.resourceId,
    start: pickerValueAt(draft.startMs, timeZone),
    end: pickerValueAt(draft.endMs, timeZone),
    reason: 'maintenance',
    note: '',
  };
}

export function toBlockReason(value: string): BlockReason {
  return BLOCK_REASONS.find((reason) => reason === value) ?? 'maintenance';
}

export function blockFieldOf(path: string): BlockField | null {
  return BLOCK_FIELDS.find((field) => field === path) ?? null;
}

export function parseBlockForm(
  values: BlockFormValues,
  timeZone: string,
): Parsed<BlockSpaceInput, BlockField> {
  const errors: FieldErrors<BlockField> = {};
  const start = pickerInstant(values.start, timeZone);
  const end = pickerInstant(values.end, timeZone);
  if (start === null) errors.start = 'required';
  if (start === 'invalid') errors.start = 'dateInvalid';
  if (end === null) errors.end = 'required';
  if (end === 'invalid') errors.end = 'dateInvalid';
  if (values.resourceId === '') errors.resourceId = 'required';
  if (Object.keys(errors).length > 0 || !(start instanceof Date) || !(end instanceof Date)) {
    return { ok: false, errors };
  }
  const result = blockSpaceInputSchema.safeParse({
    resourceId: values.resourceId,
    start: start.toISOString(),
    end: end.toISOString(),
    reason: values.reason,
    note: values.note,
  });
  if (!result.success) return { ok: false, errors: zodIssuesToFields(result.error, blockFieldOf) };
  return { ok: true, value: result.data };
}
