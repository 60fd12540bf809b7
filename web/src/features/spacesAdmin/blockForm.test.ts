import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { blockValues, parseBlockForm, toBlockReason } from './blockForm.ts';
import { PARIS } from './fixtures.ts';

const draft = {
  resourceId: 'room',
  startMs: Date.parse('2026-03-02T08:00:00Z'),
  endMs: Date.parse('2026-03-02T09:00:00Z'),
};

describe('block form', () => {
  it('opens on the slot given, shown in Paris time, for maintenance', () => {
    const values = blockValues(draft, PARIS);
    expect(values.start?.format('YYYY-MM-DD HH:mm')).toBe('2026-03-02 09:00');
    expect(values.end?.format('HH:mm')).toBe('10:00');
    expect(values.reason).toBe('maintenance');
  });

  it('sends the instants with their offset, and the note', () => {
    const parsed = parseBlockForm(
      { ...blockValues(draft, PARIS), reason: 'private', note: 'Tournage' },
      PARIS,
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        resourceId: 'room',
        start: '2026-03-02T08:00:00.000Z',
        end: '2026-03-02T09:00:00.000Z',
        reason: 'private',
        note: 'Tournage',
      },
    });
  });

  it('asks for both times, readable, the end after the start', () => {
    expect(parseBlockForm({ ...blockValues(draft, PARIS), start: null, end: dayjs('x') }, PARIS)).toEqual({
      ok: false,
      errors: { start: 'required', end: 'dateInvalid' },
    });
    const values = blockValues(draft, PARIS);
    expect(parseBlockForm({ ...values, end: values.start }, PARIS)).toEqual({
      ok: false,
      errors: { end: 'bookingEndInvalid' },
    });
  });

  it('refuses a block longer than 62 days', () => {
    const values = blockValues({ ...draft, endMs: draft.startMs + 63 * 86_400_000 }, PARIS);
    expect(parseBlockForm(values, PARIS)).toEqual({ ok: false, errors: { end: 'blockTooLong' } });
  });

  it('reads a reason, defaulting to maintenance', () => {
    expect(toBlockReason('private')).toBe('private');
    expect(toBlockReason('party')).toBe('maintenance');
  });
});
