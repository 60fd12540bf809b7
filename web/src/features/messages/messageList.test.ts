import { describe, expect, it } from 'vitest';
import { toMessageRecord } from '../../lib/firebase/messageRecord.ts';
import {
  canResendState,
  filterMessages,
  formatBytes,
  knownTemplate,
  matchesRecipient,
  previewHtml,
} from './messageList.ts';

const message = (id: string, to: string, state: string, toName?: string) =>
  toMessageRecord('mail', id, { to, toName, template: 'notification', delivery: { state } });

const alice = message('a', 'alice@example.test', 'sent', 'Alice Émery');
const bob = message('b', 'bob@example.test', 'error');
const sms = toMessageRecord('sms', 's', { to: '+33612345678', delivery: { state: 'pending' } });

describe('matchesRecipient', () => {
  it('matches address and name, ignoring case and accents', () => {
    expect(matchesRecipient(alice, 'ALICE@')).toBe(true);
    expect(matchesRecipient(alice, 'emery')).toBe(true);
    expect(matchesRecipient(alice, 'bob')).toBe(false);
    expect(matchesRecipient(alice, '  ')).toBe(true);
  });

  it('matches phone numbers typed with spaces', () => {
    expect(matchesRecipient(sms, '+33 6 12 34')).toBe(true);
    expect(matchesRecipient(sms, '6 99')).toBe(false);
  });
});

describe('filterMessages', () => {
  it('combines the state filter and the recipient search', () => {
    const all = [alice, bob, sms];
    expect(filterMessages(all, { state: 'all', search: '' }).map((m) => m.id)).toEqual(['a', 'b', 's']);
    expect(filterMessages(all, { state: 'error', search: '' }).map((m) => m.id)).toEqual(['b']);
    expect(filterMessages(all, { state: 'sent', search: 'bob' })).toEqual([]);
    expect(filterMessages(all, { state: 'all', search: 'example' }).map((m) => m.id)).toEqual(['a', 'b']);
  });
});

describe('display helpers', () => {
  it('offers a resend only once delivery is over', () => {
    expect(canResendState('sent')).toBe(true);
    expect(canResendState('error')).toBe(true);
    expect(canResendState('pending')).toBe(false);
    expect(canResendState('processing')).toBe(false);
    expect(canResendState('retry')).toBe(false);
    expect(canResendState(null)).toBe(false);
  });

  it('knows the template ids it has labels for', () => {
    expect(knownTemplate('welcome-verification')).toBe('welcome-verification');
    expect(knownTemplate('booking-confirmed')).toBeNull();
  });

  it('formats sizes in the interface language', () => {
    expect(formatBytes(512, 'fr')).toBe('512 o');
    expect(formatBytes(1536, 'fr')).toBe('1,5 Ko');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * 1024, 'en')).toBe('3 MB');
  });
});

describe('previewHtml', () => {
  it('makes links target a new window, which the sandbox blocks', () => {
    expect(previewHtml('<html><head lang="fr"><title>x</title></head><body></body></html>')).toBe(
      '<html><head lang="fr"><base target="_blank"><title>x</title></head><body></body></html>',
    );
    expect(previewHtml('<p>Bonjour</p>')).toBe('<base target="_blank"><p>Bonjour</p>');
    expect(previewHtml('<HEAD><header></header>')).toBe('<HEAD><base target="_blank"><header></header>');
  });
});
