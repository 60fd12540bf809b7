import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { StaffSessionRecord } from '../../lib/firebase/sessionsAdmin.ts';
import {
  accessChange,
  EMPTY_SESSION,
  endAfterStartChange,
  isEmptyChange,
  parseSessionForm,
  pickerInstant,
  pickerValueAt,
  sessionCreateWrite,
  sessionUpdateWrite,
  sessionValuesFromRecord,
  type SessionFormValues,
} from './sessionForm.ts';

const PARIS = 'Europe/Paris';
/** What the picker holds after typing a Paris date and time (it builds values with dayjs.tz). */
const typed = (text: string) => dayjs.tz(text, PARIS);

const VALID: SessionFormValues = {
  ...EMPTY_SESSION,
  title: '  Excel avancé ',
  topic: 'Bureautique',
  trainer: 'Marie Curie',
  startsAt: typed('2026-10-24T09:00'),
  endsAt: typed('2026-10-24T12:30'),
  place: 'Salle 2, 10 rue de la Paix, Paris',
  capacity: '12',
  creditCost: '3',
};
const OPTIONS = { timeZone: PARIS, seatsBooked: 0 };

function parsed(values: SessionFormValues, options = OPTIONS) {
  const result = parseSessionForm(values, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function errorsOf(values: SessionFormValues, options = OPTIONS) {
  const result = parseSessionForm(values, options);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const RECORD: StaffSessionRecord = {
  id: 's1',
  title: 'Excel avancé',
  description: 'Tableaux croisés',
  topic: 'Bureautique',
  trainer: 'Marie Curie',
  startsAt: new Date('2026-10-24T07:00:00Z'),
  endsAt: new Date('2026-10-24T10:30:00Z'),
  mode: 'onsite',
  place: 'Salle 2',
  capacity: 12,
  creditCost: 3,
  published: true,
  status: 'scheduled',
  seatsBooked: 5,
  waitlistCount: 0,
  cancelReason: null,
  cancelledAt: null,
};

describe('session form → document', () => {
  it('writes every field of a new session, trimmed, and leaves empty optional ones out', () => {
    const { fields, lmsUrl } = parsed(VALID);
    const write = sessionCreateWrite(fields);
    expect(write.remove).toEqual([]);
    expect(write.fields).toEqual({
      title: 'Excel avancé',
      topic: 'Bureautique',
      trainer: 'Marie Curie',
      startsAt: new Date('2026-10-24T07:00:00Z'),
      endsAt: new Date('2026-10-24T10:30:00Z'),
      mode: 'onsite',
      place: 'Salle 2, 10 rue de la Paix, Paris',
      capacity: 12,
      creditCost: 3,
      published: false,
    });
    expect('description' in write.fields).toBe(false);
    expect(Object.values(write.fields)).not.toContain(undefined);
    expect(lmsUrl).toBeNull();
  });

  it('keeps a description and an LMS link when given', () => {
    const { fields, lmsUrl } = parsed({
      ...VALID,
      description: ' Deux jours. ',
      lmsUrl: ' https://lms.example.org/course/42 ',
    });
    expect(sessionCreateWrite(fields).fields.description).toBe('Deux jours.');
    expect(lmsUrl).toBe('https://lms.example.org/course/42');
  });

  it('stores no place for an online session, even one typed before switching', () => {
    const { fields } = parsed({ ...VALID, mode: 'online' });
    expect(sessionCreateWrite(fields).fields).not.toHaveProperty('place');
    expect(parsed({ ...VALID, mode: 'online', place: '' }).fields.place).toBeUndefined();
  });

  it('turns Paris times into UTC instants on both sides of the October 2026 change', () => {
    const summer = parsed(VALID).fields;
    expect(summer.startsAt.toISOString()).toBe('2026-10-24T07:00:00.000Z');
    const winter = parsed({
      ...VALID,
      startsAt: typed('2026-10-25T09:00'),
      endsAt: typed('2026-10-25T12:30'),
    }).fields;
    expect(winter.startsAt.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(winter.endsAt.toISOString()).toBe('2026-10-25T11:30:00.000Z');
    // A night session across the change lasts one hour more than its clock times say.
    const night = parsed({
      ...VALID,
      startsAt: typed('2026-10-25T00:00'),
      endsAt: typed('2026-10-25T06:00'),
    }).fields;
    expect(night.startsAt.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(night.endsAt.toISOString()).toBe('2026-10-25T05:00:00.000Z');
  });

  it('reads the wall clock the picker shows, even from a value dayjs moved across the change', () => {
    // dayjs' timezone plugin keeps the summer offset when adding a day: the value still shows
    // 25/10 09:00, which is 08:00 UTC in winter time.
    const moved = typed('2026-10-24T09:00').add(1, 'day');
    expect(moved.format('DD/MM HH:mm')).toBe('25/10 09:00');
    expect(pickerInstant(moved, PARIS)).toEqual(new Date('2026-10-25T08:00:00Z'));
  });

  it('shows stored instants as Paris times and gives them back unchanged', () => {
    for (const iso of [
      '2026-10-24T07:00:00Z',
      '2026-10-25T08:00:00Z',
      '2026-10-25T00:30:00Z',
      '2026-03-29T01:30:00Z',
    ]) {
      const value = pickerValueAt(new Date(iso), PARIS);
      expect(pickerInstant(value, PARIS)).toEqual(new Date(iso));
    }
    expect(pickerValueAt(new Date('2026-10-25T08:00:00Z'), PARIS).format('DD/MM/YYYY HH:mm')).toBe(
      '25/10/2026 09:00',
    );
    const values = sessionValuesFromRecord(RECORD, 'https://lms.example.org/x', PARIS);
    expect(values.startsAt?.format('HH:mm')).toBe('09:00');
    expect(values.endsAt?.format('HH:mm')).toBe('12:30');
    expect(values).toMatchObject({
      capacity: '12',
      creditCost: '3',
      place: 'Salle 2',
      lmsUrl: 'https://lms.example.org/x',
    });
  });

  it('moves the end with the start, keeping the length, or gives a new session 2 hours', () => {
    const end = endAfterStartChange(VALID, typed('2026-10-25T09:00'), PARIS);
    expect(end?.format('DD/MM HH:mm')).toBe('25/10 12:30');
    expect(pickerInstant(end, PARIS)).toEqual(new Date('2026-10-25T11:30:00Z'));
    const fresh = endAfterStartChange({ startsAt: null, endsAt: null }, typed('2026-10-24T14:00'), PARIS);
    expect(fresh?.format('DD/MM HH:mm')).toBe('24/10 16:00');
    // A start still being typed leaves the end alone.
    expect(endAfterStartChange(VALID, dayjs('nope'), PARIS)).toBe(VALID.endsAt);
  });
});

describe('session form → update', () => {
  it('sends only the changed fields, and removes emptied optional ones', () => {
    const values = sessionValuesFromRecord(RECORD, null, PARIS);
    const same = parsed(values, { timeZone: PARIS, seatsBooked: 5 }).fields;
    const unchanged = sessionUpdateWrite(RECORD, same);
    expect(unchanged).toEqual({ fields: {}, remove: [] });
    expect(isEmptyChange(unchanged, accessChange(null, null))).toBe(true);

    const edited = parsed(
      { ...values, title: 'Excel expert', description: '', capacity: '20' },
      { timeZone: PARIS, seatsBooked: 5 },
    ).fields;
    expect(sessionUpdateWrite(RECORD, edited)).toEqual({
      fields: { title: 'Excel expert', capacity: 20 },
      remove: ['description'],
    });

    const online = parsed({ ...values, mode: 'online' }, { timeZone: PARIS, seatsBooked: 5 }).fields;
    expect(sessionUpdateWrite(RECORD, online)).toEqual({ fields: { mode: 'online' }, remove: ['place'] });
  });

  it('never sends seats, waitlist or status', () => {
    const fields = parsed(sessionValuesFromRecord(RECORD, null, PARIS), {
      timeZone: PARIS,
      seatsBooked: 5,
    }).fields;
    const write = sessionUpdateWrite({ ...RECORD, title: 'Old' }, fields);
    for (const key of ['seatsBooked', 'waitlistCount', 'status', 'cancelledAt', 'cancelReason'])
      expect(write.fields).not.toHaveProperty(key);
    expect(sessionCreateWrite(fields).fields).not.toHaveProperty('seatsBooked');
  });

  it('sets, keeps or deletes the LMS link', () => {
    expect(accessChange(null, null)).toEqual({ kind: 'keep' });
    expect(accessChange('https://a.example', 'https://a.example')).toEqual({ kind: 'keep' });
    expect(accessChange(null, 'https://a.example')).toEqual({ kind: 'set', lmsUrl: 'https://a.example' });
    expect(accessChange('https://a.example', null)).toEqual({ kind: 'delete' });
  });
});

describe('session form validation', () => {
  it('names every missing field at once, with the domain message keys', () => {
    expect(errorsOf(EMPTY_SESSION)).toEqual({
      title: 'required',
      topic: 'required',
      trainer: 'required',
      startsAt: 'required',
      endsAt: 'required',
      place: 'required',
      capacity: 'capacityInvalid',
      creditCost: 'creditCostInvalid',
    });
  });

  it('checks lengths and bounds as the rules do', () => {
    expect(
      errorsOf({
        ...VALID,
        title: 'x'.repeat(151),
        topic: 'x'.repeat(81),
        trainer: 'x'.repeat(121),
        description: 'x'.repeat(4001),
        place: 'x'.repeat(301),
        capacity: '501',
        creditCost: '0',
      }),
    ).toEqual({
      title: 'tooLong',
      topic: 'tooLong',
      trainer: 'tooLong',
      description: 'tooLong',
      place: 'tooLong',
      capacity: 'capacityInvalid',
      creditCost: 'creditCostInvalid',
    });
    expect(errorsOf({ ...VALID, capacity: '2.5', creditCost: 'abc' })).toEqual({
      capacity: 'capacityInvalid',
      creditCost: 'creditCostInvalid',
    });
    expect(parsed({ ...VALID, capacity: '500', creditCost: '100' }).fields).toMatchObject({
      capacity: 500,
      creditCost: 100,
    });
  });

  it('wants the end after the start, 14 hours at most, even with other errors', () => {
    expect(errorsOf({ ...VALID, endsAt: typed('2026-10-24T09:00') })).toEqual({
      endsAt: 'sessionEndInvalid',
    });
    expect(errorsOf({ ...VALID, title: '', endsAt: typed('2026-10-24T23:01') })).toEqual({
      title: 'required',
      endsAt: 'sessionEndInvalid',
    });
    expect(parsed({ ...VALID, endsAt: typed('2026-10-24T23:00') }).fields.endsAt.toISOString()).toBe(
      '2026-10-24T21:00:00.000Z',
    );
  });

  it('tells a date still being typed from a missing one', () => {
    expect(errorsOf({ ...VALID, startsAt: dayjs('invalid'), endsAt: null })).toEqual({
      startsAt: 'dateInvalid',
      endsAt: 'required',
    });
  });

  it('wants a place on site only, even with other errors', () => {
    expect(errorsOf({ ...VALID, place: '  ', capacity: '' })).toEqual({
      place: 'required',
      capacity: 'capacityInvalid',
    });
    expect(parsed({ ...VALID, mode: 'online', place: '' }).fields.mode).toBe('online');
  });

  it('keeps the seats already booked', () => {
    expect(errorsOf({ ...VALID, capacity: '4' }, { timeZone: PARIS, seatsBooked: 5 })).toEqual({
      capacity: 'capacityBelowBooked',
    });
    expect(parsed({ ...VALID, capacity: '5' }, { timeZone: PARIS, seatsBooked: 5 }).fields.capacity).toBe(5);
  });

  it('accepts web links only for the LMS', () => {
    for (const lmsUrl of ['javascript:alert(1)', 'ftp://lms.example.org', 'lms.example.org', 'https://'])
      expect(errorsOf({ ...VALID, lmsUrl })).toEqual({ lmsUrl: 'lmsUrlInvalid' });
    expect(parsed({ ...VALID, lmsUrl: 'http://localhost:8080/course' }).lmsUrl).toBe(
      'http://localhost:8080/course',
    );
  });
});
