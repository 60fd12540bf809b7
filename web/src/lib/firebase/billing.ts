// Staff side of credits and payments (issue 4): products (admins write them under the rules),
// orders, subscriptions and payment alerts (read only, apart from marking an alert resolved),
// companies (admins and assistants write them), balances of listed members, and adjustCredits with
// the members it could not debit. Readers are lenient: a document older than the schema still shows.
import { FirebaseError } from 'firebase/app';
import {
  addDoc,
  collection,
  deleteDoc,
  deleteField,
  doc,
  documentId,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  updateDoc,
  where,
} from 'firebase/firestore';
import { httpsCallable } from 'firebase/functions';
import {
  BILLING_INTERVALS,
  PAYMENT_ALERT_KINDS,
  PRODUCT_KINDS,
  VAT_RATES,
  type AdjustCreditsInput,
  type AdjustCreditsResult,
  type BillingInterval,
  type PaymentAlertKind,
  type ProductKind,
  type VatRate,
} from '@agora/domain';
import { db, functions } from './app.ts';
import { listPage, type ListCursor, type ListPage, type ListQuery } from './lists.ts';
import { CallableError, toCallableError, withoutUndefined } from './callableError.ts';
import { count, date, flag, inFilterChunks, oneOf, record, strings, text } from './fields.ts';
import {
  toOrderRecord as toMemberOrderRecord,
  toSubscriptionRecord as toMemberSubscriptionRecord,
  type OrderRecord as MemberOrderRecord,
  type SubscriptionRecord as MemberSubscriptionRecord,
} from './shop.ts';

// ---- Products ----

export interface ProductRecord {
  id: string;
  /** Null when the stored kind is unknown (shown as such, not editable as a pack by mistake). */
  kind: ProductKind | null;
  name: string;
  description: string | null;
  credits: number | null;
  priceCents: number | null;
  vatRate: VatRate | null;
  interval: BillingInterval | null;
  active: boolean;
  sortOrder: number;
}

export function toProductRecord(id: string, raw: unknown): ProductRecord {
  const data = record(raw) ?? {};
  return {
    id,
    kind: oneOf(PRODUCT_KINDS, data.kind),
    name: text(data.name) ?? '',
    description: text(data.description),
    credits: count(data.credits),
    priceCents: count(data.priceCents),
    vatRate: oneOf(VAT_RATES, data.vatRate),
    interval: oneOf(BILLING_INTERVALS, data.interval),
    active: flag(data.active),
    sortOrder: count(data.sortOrder) ?? 0,
  };
}

/**
 * Every product, active or not, in shop order (admins). Sorted here rather than with orderBy:
 * orderBy would leave out products stored without `sortOrder`, which the rules allow.
 */
export function watchAllProducts(
  callback: (products: ProductRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    collection(db, 'products'),
    (snapshot) => {
      const products = snapshot.docs.map((d) => toProductRecord(d.id, d.data()));
      products.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
      callback(products);
    },
    (error) => onError?.(error),
  );
}

/**
 * What a product write sends: the fields to store (empty optional ones left out, as the rules want
 * no undefined values) and the optional fields to remove on update.
 */
export interface ProductWrite {
  fields: Record<string, unknown>;
  remove: readonly string[];
}

export async function createProduct(write: ProductWrite): Promise<string> {
  const ref = await addDoc(collection(db, 'products'), {
    ...write.fields,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  return ref.id;
}

/** Stores the fields, deletes the optional ones emptied, and stamps the change. */
async function updateWithRemovals(
  collectionName: string,
  id: string,
  write: ProductWrite | CompanyWrite,
): Promise<void> {
  const removed = Object.fromEntries(write.remove.map((key) => [key, deleteField()]));
  await updateDoc(doc(db, collectionName, id), { ...write.fields, ...removed, updatedAt: serverTimestamp() });
}

export async function updateProduct(id: string, write: ProductWrite): Promise<void> {
  await updateWithRemovals('products', id, write);
}

export async function deleteProduct(id: string): Promise<void> {
  await deleteDoc(doc(db, 'products', id));
}

/** Whether any order names this product: such a product is withdrawn from sale, not deleted. */
export async function productHasOrders(productId: string): Promise<boolean> {
  const snapshot = await getDocs(
    query(collection(db, 'orders'), where('productId', '==', productId), limit(1)),
  );
  return !snapshot.empty;
}

// ---- Paged lists (orders, subscriptions) ----

export type { ListCursor, ListPage, ListQuery } from './lists.ts';

/**
 * An order as its buyer reads it (shop.ts), with two things staff need: the buyer's uid always
 * set ('' when missing, as the lists look members up by uid) and what has been refunded so far.
 */
export interface OrderRecord extends Omit<MemberOrderRecord, 'uid'> {
  uid: string;
  refundedCents: number;
}

export function toOrderRecord(id: string, raw: unknown): OrderRecord {
  const data = record(raw) ?? {};
  return {
    ...toMemberOrderRecord(id, raw),
    uid: text(data.uid) ?? '',
    refundedCents: count(data.refundedCents) ?? 0,
  };
}

/** One page of orders (admins, assistants read them all). */
export function listOrders(
  spec: ListQuery,
  options: { pageSize: number; after: ListCursor | null },
): Promise<ListPage<OrderRecord>> {
  return listPage('orders', spec, toOrderRecord, options);
}

/** A subscription as its member reads it (shop.ts), with the member's uid ('' when missing). */
export interface SubscriptionRecord extends MemberSubscriptionRecord {
  uid: string;
}

export function toSubscriptionRecord(id: string, raw: unknown): SubscriptionRecord {
  return { ...toMemberSubscriptionRecord(id, raw), uid: text(record(raw)?.uid) ?? '' };
}

/** One page of subscriptions (admins, assistants). */
export function listSubscriptions(
  spec: ListQuery,
  options: { pageSize: number; after: ListCursor | null },
): Promise<ListPage<SubscriptionRecord>> {
  return listPage('subscriptions', spec, toSubscriptionRecord, options);
}

// ---- Payment alerts ----

export interface PaymentAlertRecord {
  id: string;
  kind: PaymentAlertKind | null;
  uid: string | null;
  orderId: string | null;
  missingCredits: number | null;
  message: string;
  resolved: boolean;
  createdAt: Date | null;
}

export function toPaymentAlertRecord(id: string, raw: unknown): PaymentAlertRecord {
  const data = record(raw) ?? {};
  return {
    id,
    kind: oneOf(PAYMENT_ALERT_KINDS, data.kind),
    uid: text(data.uid),
    orderId: text(data.orderId),
    missingCredits: count(data.missingCredits),
    message: text(data.message) ?? '',
    resolved: flag(data.resolved),
    createdAt: date(data.createdAt),
  };
}

/** Live list of the payment alerts nobody has dealt with yet, newest first. */
export function watchOpenPaymentAlerts(
  options: { count: number },
  callback: (alerts: PaymentAlertRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    query(
      collection(db, 'paymentAlerts'),
      where('resolved', '==', false),
      orderBy('createdAt', 'desc'),
      limit(options.count),
    ),
    (snapshot) => callback(snapshot.docs.map((d) => toPaymentAlertRecord(d.id, d.data()))),
    (error) => onError?.(error),
  );
}

/** The rules let staff change `resolved` and nothing else on an alert. */
export async function setPaymentAlertResolved(id: string, resolved: boolean): Promise<void> {
  await updateDoc(doc(db, 'paymentAlerts', id), { resolved });
}

// ---- Companies ----

export interface CompanyRecord {
  id: string;
  name: string;
  siren: string | null;
  vatNumber: string | null;
  billingEmail: string | null;
  memberUids: string[];
  createdAt: Date | null;
  updatedAt: Date | null;
}

export function toCompanyRecord(id: string, raw: unknown): CompanyRecord {
  const data = record(raw) ?? {};
  return {
    id,
    name: text(data.name) ?? '',
    siren: text(data.siren),
    vatNumber: text(data.vatNumber),
    billingEmail: text(data.billingEmail),
    memberUids: strings(data.memberUids),
    createdAt: date(data.createdAt),
    updatedAt: date(data.updatedAt),
  };
}

/** Live list of the companies, by name (admins, assistants). */
export function watchCompanies(
  callback: (companies: CompanyRecord[]) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    collection(db, 'companies'),
    (snapshot) => {
      const companies = snapshot.docs.map((d) => toCompanyRecord(d.id, d.data()));
      companies.sort((a, b) => a.name.localeCompare(b.name));
      callback(companies);
    },
    (error) => onError?.(error),
  );
}

/** Same shape as ProductWrite: fields to store, optional fields to remove on update. */
export interface CompanyWrite {
  fields: Record<string, unknown>;
  remove: readonly string[];
}

export async function createCompany(write: CompanyWrite, createdBy: string): Promise<string> {
  const ref = await addDoc(collection(db, 'companies'), {
    ...write.fields,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    createdBy,
  });
  return ref.id;
}

export async function updateCompany(id: string, write: CompanyWrite): Promise<void> {
  await updateWithRemovals('companies', id, write);
}

export async function deleteCompany(id: string): Promise<void> {
  await deleteDoc(doc(db, 'companies', id));
}

// ---- Members: companies ----

/** The companies each given member belongs to (admins, assistants), by uid, names sorted. */
export async function getMemberCompanies(uids: readonly string[]): Promise<Record<string, string[]>> {
  const unique = [...new Set(uids)].filter(Boolean);
  const snapshots = await Promise.all(
    inFilterChunks(unique).map((part) =>
      getDocs(query(collection(db, 'companies'), where('memberUids', 'array-contains-any', part))),
    ),
  );
  const companies: Record<string, string[]> = {};
  const wanted = new Set(unique);
  for (const snapshot of snapshots) {
    for (const company of snapshot.docs) {
      const name = text(company.data().name)?.trim() || company.id;
      for (const uid of strings(company.data().memberUids).filter((member) => wanted.has(member))) {
        const names = (companies[uid] ??= []);
        if (!names.includes(name)) names.push(name);
      }
    }
  }
  for (const names of Object.values(companies)) names.sort((a, b) => a.localeCompare(b));
  return companies;
}

// ---- Members: balances ----

/** Balances of the given members (admins, assistants); a member without a wallet has 0. */
export async function getBalances(uids: readonly string[]): Promise<Record<string, number>> {
  const unique = [...new Set(uids)];
  const balances: Record<string, number> = Object.fromEntries(unique.map((uid) => [uid, 0]));
  const snapshots = await Promise.all(
    inFilterChunks(unique).map((part) =>
      getDocs(query(collection(db, 'wallets'), where(documentId(), 'in', part))),
    ),
  );
  for (const snapshot of snapshots) {
    for (const wallet of snapshot.docs) balances[wallet.id] = count(wallet.data().balance) ?? 0;
  }
  return balances;
}

// ---- adjustCredits, with the members it could not debit ----

/**
 * A refused adjustment, with the uids whose balance was too low (`details.uids` of an
 * `insufficient-credits` error): the generic CallableError keeps only the reason.
 */
export class AdjustCreditsError extends CallableError {
  readonly uids: string[];

  constructor(base: CallableError, uids: string[]) {
    super(base.code, base.message, base.reason, base.issues);
    this.name = 'AdjustCreditsError';
    this.uids = uids;
  }
}

function detailUids(error: unknown): string[] {
  if (!(error instanceof FirebaseError)) return [];
  const details = record((error as FirebaseError & { details?: unknown }).details);
  return strings(details?.uids);
}

/**
 * Same call as callAdjustCredits (lib/firebase/callables.ts), keeping `details.uids` so the dialog
 * can name the members whose balance was too low.
 */
export async function adjustCredits(input: AdjustCreditsInput): Promise<AdjustCreditsResult> {
  try {
    const result = await httpsCallable<AdjustCreditsInput, AdjustCreditsResult>(
      functions,
      'adjustCredits',
    )(withoutUndefined(input));
    return result.data;
  } catch (error) {
    throw new AdjustCreditsError(toCallableError(error), detailUids(error));
  }
}
