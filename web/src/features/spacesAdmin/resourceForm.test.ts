import { describe, expect, it } from 'vitest';
import type { ResourceRecord } from '../../lib/firebase/spaces.ts';
import { closedWeek, weekWith } from './openingHoursEditing.ts';
import {
  dayErrors,
  EMPTY_RESOURCE,
  parseResourceForm,
  resourceFieldOf,
  resourceIssuesToFields,
  resourceValuesFromRecord,
  saveResourceRequest,
  slotMinutesChoices,
  toResourceKind,
  type ResourceFormValues,
} from './resourceForm.ts';

const room: ResourceFormValues = {
  ...EMPTY_RESOURCE,
  name: ' Salle Lumière ',
  capacity: '8',
  price: '25,00',
  amenities: ['Écran', 'Wi-Fi'],
  closedDates: ['2026-05-01'],
};

const stored: ResourceRecord = {
  id: 'salle-lumiere',
  photos: [],
  name: 'Salle Lumière',
  kind: 'meeting-room',
  description: 'Lumineuse',
  capacity: 8,
  amenities: ['Wi-Fi'],
  openingHours: weekWith(['1', '2'], [{ open: '09:00', close: '12:00' }]),
  closedDates: ['2026-12-25', '2026-05-01'],
  slotMinutes: 30,
  bufferMinutes: 15,
  minNoticeMinutes: 60,
  bookingWindowDays: 90,
  priceCents: 1250,
  creditCost: 2,
  includedInPlan: true,
  active: false,
};

describe('parseResourceForm', () => {
  it('turns a new resource into the schema fields, price in cents, defaults applied', () => {
    const parsed = parseResourceForm({ ...room, bufferMinutes: '', minNoticeMinutes: '' });
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value).toMatchObject({
      name: 'Salle Lumière',
      kind: 'meeting-room',
      description: undefined,
      capacity: 8,
      amenities: ['Écran', 'Wi-Fi'],
      closedDates: ['2026-05-01'],
      slotMinutes: 60,
      bufferMinutes: 0,
      minNoticeMinutes: 0,
      bookingWindowDays: 60,
      priceCents: 2500,
      creditCost: undefined,
      includedInPlan: false,
      active: true,
    });
    expect(parsed.ok && parsed.value.openingHours['1']).toEqual([{ open: '09:00', close: '18:00' }]);
    expect(parsed.ok && parsed.value.openingHours['0']).toEqual([]);
  });

  it('reads hours typed loosely as the schema writes them', () => {
    const parsed = parseResourceForm({
      ...room,
      openingHours: weekWith(['6'], [{ open: '9h', close: ' 13 ' }]),
    });
    expect(parsed.ok && parsed.value.openingHours['6']).toEqual([{ open: '09:00', close: '13:00' }]);
  });

  it('reports each invalid field with its message key at the first attempt', () => {
    const parsed = parseResourceForm({
      ...EMPTY_RESOURCE,
      capacity: '0',
      slotMinutes: '60',
      bookingWindowDays: '',
      openingHours: weekWith(['1'], [{ open: '09:00', close: '12:30' }]),
    });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        name: 'required',
        capacity: 'capacityInvalid',
        bookingWindowDays: 'bookingWindowInvalid',
        price: 'resourcePriceRequired',
        'openingHours.1.0': 'openingHoursInvalid',
      },
    });
  });

  it('puts range errors under their weekday and range', () => {
    const parsed = parseResourceForm({
      ...room,
      openingHours: {
        ...closedWeek(),
        '3': [
          { open: '09:00', close: '12:00' },
          { open: '11:00', close: '14:00' },
        ],
        '0': [{ open: '18:00', close: '10:00' }],
      },
    });
    expect(parsed).toEqual({
      ok: false,
      errors: { 'openingHours.3.1': 'openingHoursInvalid', 'openingHours.0.0': 'openingHoursInvalid' },
    });
  });

  it('refuses a slot length that does not divide the day, and an unreadable price', () => {
    const parsed = parseResourceForm({ ...room, slotMinutes: '50', price: '12,345' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.slotMinutes).toBe('slotMinutesInvalid');
    expect(!parsed.ok && parsed.errors.price).toBe('priceInvalid');
  });

  it('accepts a resource paid only in credits or only through plans', () => {
    expect(parseResourceForm({ ...room, price: '', creditCost: '3' }).ok).toBe(true);
    expect(parseResourceForm({ ...room, price: '', includedInPlan: true }).ok).toBe(true);
  });
});

describe('resourceValuesFromRecord', () => {
  it('fills the form from a stored resource, the price in the interface language', () => {
    const values = resourceValuesFromRecord(stored, 'fr');
    expect(values).toMatchObject({
      name: 'Salle Lumière',
      description: 'Lumineuse',
      capacity: '8',
      closedDates: ['2026-05-01', '2026-12-25'],
      slotMinutes: '30',
      bufferMinutes: '15',
      minNoticeMinutes: '60',
      bookingWindowDays: '90',
      price: '12,50',
      creditCost: '2',
      includedInPlan: true,
      active: false,
    });
    expect(values.openingHours['2']).toEqual([{ open: '09:00', close: '12:00' }]);
    expect(resourceValuesFromRecord(stored, 'en').price).toBe('12.50');
  });

  it('gives back the same fields once parsed', () => {
    const parsed = parseResourceForm(resourceValuesFromRecord(stored, 'fr'));
    const { id: _id, photos: _photos, ...fields } = stored;
    expect(parsed).toEqual({ ok: true, value: { ...fields, closedDates: ['2026-05-01', '2026-12-25'] } });
  });

  it('leaves empty the ways of paying a resource does not take', () => {
    const values = resourceValuesFromRecord(
      { ...stored, priceCents: undefined, creditCost: undefined },
      'fr',
    );
    expect([values.price, values.creditCost]).toEqual(['', '']);
  });
});

describe('saveResourceRequest', () => {
  it('sends no id for a new resource and the id for an update', () => {
    const parsed = parseResourceForm(room);
    if (!parsed.ok) throw new Error('the form should parse');
    expect(saveResourceRequest(null, parsed.value)).toEqual({ resource: parsed.value });
    expect(saveResourceRequest('salle-lumiere', parsed.value)).toEqual({
      resourceId: 'salle-lumiere',
      resource: parsed.value,
    });
  });
});

describe('issues to fields', () => {
  it('maps schema paths to the form fields', () => {
    expect(resourceFieldOf('priceCents')).toBe('price');
    expect(resourceFieldOf('openingHours.2.1.close')).toBe('openingHours.2.1');
    expect(resourceFieldOf('openingHours.2')).toBe('openingHours.2');
    expect(resourceFieldOf('openingHours')).toBe('openingHours');
    expect(resourceFieldOf('closedDates.3')).toBe('closedDates');
    expect(resourceFieldOf('amenities.0')).toBe('amenities');
    expect(resourceFieldOf('photos')).toBeNull();
  });

  it('places the server’s issues under the fields, the rest apart', () => {
    const issues = [
      { path: 'resource.name', code: 'tooLong', message: 'Texte trop long.' },
      { path: 'resource.openingHours.5.0.open', code: 'openingHoursInvalid', message: '…' },
      { path: 'resourceId', code: 'invalid', message: 'Valeur invalide.' },
    ];
    expect(resourceIssuesToFields(issues)).toEqual({
      fields: { name: 'tooLong', 'openingHours.5.0': 'openingHoursInvalid' },
      other: [{ path: 'resourceId', code: 'invalid', message: 'Valeur invalide.' }],
    });
  });

  it('gathers the messages of one weekday', () => {
    const errors = {
      'openingHours.3': 'openingHoursInvalid',
      'openingHours.3.1': 'openingHoursInvalid',
      'openingHours.4.0': 'openingHoursInvalid',
      name: 'required',
    } as const;
    expect(dayErrors(errors, '3')).toEqual({
      day: 'openingHoursInvalid',
      ranges: { 1: 'openingHoursInvalid' },
    });
    expect(dayErrors(errors, '2')).toEqual({ day: undefined, ranges: {} });
  });
});

describe('choices', () => {
  it('offers slot lengths dividing the day, with a resource’s own one', () => {
    expect(slotMinutesChoices('60')).toContain(60);
    expect(slotMinutesChoices('72')).toEqual([15, 20, 30, 45, 60, 72, 90, 120, 180, 240, 360, 480]);
    expect(slotMinutesChoices('')).toHaveLength(11);
  });

  it('reads a kind, defaulting to a meeting room', () => {
    expect(toResourceKind('hot-desk')).toBe('hot-desk');
    expect(toResourceKind('garage')).toBe('meeting-room');
  });
});
