// `users/{uid}`: the member's own profile (live), the staff list of members (paged), and the
// profiles staff screens look up by uid or search on the client.
import {
  collection,
  doc,
  documentId,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentData,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { STAFF_ROLES, type TimestampLike, type UserDoc } from '@agora/domain';
import { db } from './app.ts';
import { inFilterChunks, oneOf, record, text as textOrNull } from './fields.ts';

/**
 * What the interface reads from users/{uid}: every field optional, since a document may be half
 * written (sign-up interrupted) or older than the schema. Completeness is checked against the full
 * domain schema with isProfileComplete(record.raw), in the pages that need it.
 */
export interface StoredUser {
  firstName?: string;
  lastName?: string;
  phone?: string;
  address?: Partial<UserDoc['address']>;
  birthDate?: string;
  /** A PROFILE_STATUSES value when valid; narrowed where shown (see features/accounts). */
  status?: string;
  smsOptIn?: boolean;
  email?: string;
  consent?: { policyVersion: string; acceptedAt: TimestampLike | null };
  role?: UserDoc['role'];
  createdAt?: TimestampLike;
  updatedAt?: TimestampLike;
}

export interface UserRecord {
  uid: string;
  data: StoredUser;
  /** The document as stored, for domain checks such as isProfileComplete. */
  raw: unknown;
  /** Set by setUserRole: when it moves past the ID token's issue time, the client refreshes it. */
  claimsUpdatedAtMillis: number | null;
}

// Hand-written readers keep the schemas (and their phone-number data) out of the first download.
// StoredUser leaves a missing field undefined (not null), as the domain's optional fields do.
const text = (value: unknown): string | undefined => textOrNull(value) ?? undefined;
const timestamp = (value: unknown): TimestampLike | undefined =>
  typeof record(value)?.toDate === 'function' ? (value as TimestampLike) : undefined;

export function toStoredUser(raw: unknown): StoredUser {
  const data = record(raw) ?? {};
  const address = record(data.address);
  const consent = record(data.consent);
  const consentVersion = text(consent?.policyVersion);
  return {
    firstName: text(data.firstName),
    lastName: text(data.lastName),
    phone: text(data.phone),
    address: address && {
      line1: text(address.line1),
      line2: text(address.line2),
      postalCode: text(address.postalCode),
      city: text(address.city),
      country: text(address.country),
    },
    birthDate: text(data.birthDate),
    status: text(data.status),
    smsOptIn: typeof data.smsOptIn === 'boolean' ? data.smsOptIn : undefined,
    email: text(data.email),
    consent: consentVersion
      ? { policyVersion: consentVersion, acceptedAt: timestamp(consent?.acceptedAt) ?? null }
      : undefined,
    role: oneOf(STAFF_ROLES, data.role) ?? null,
    createdAt: timestamp(data.createdAt),
    updatedAt: timestamp(data.updatedAt),
  };
}

const userConverter: FirestoreDataConverter<UserRecord, DocumentData> = {
  toFirestore() {
    throw new Error('users/{uid} is written by functions only');
  },
  fromFirestore(snapshot) {
    const raw: unknown = snapshot.data();
    const claimsUpdatedAt = timestamp(record(raw)?.claimsUpdatedAt);
    return {
      uid: snapshot.id,
      data: toStoredUser(raw),
      raw,
      claimsUpdatedAtMillis: claimsUpdatedAt ? claimsUpdatedAt.toDate().getTime() : null,
    };
  },
};

const usersCollection = () => collection(db, 'users').withConverter(userConverter);

/** Live view of one user document; the callback gets null while it does not exist. */
export function watchUserDoc(
  uid: string,
  callback: (user: UserRecord | null) => void,
  onError?: (error: Error) => void,
): () => void {
  return onSnapshot(
    doc(usersCollection(), uid),
    (snapshot) => callback(snapshot.exists() ? snapshot.data() : null),
    (error) => onError?.(error),
  );
}

/** Opaque position in the members list, handed back to fetch the following page. */
export type MembersCursor = QueryDocumentSnapshot<UserRecord, DocumentData>;

export interface MembersPage {
  members: UserRecord[];
  next: MembersCursor | null;
}

/** One page of members ordered by last name (staff only: admin, assistant). */
export async function listMembers(options: {
  pageSize: number;
  after?: MembersCursor | null;
}): Promise<MembersPage> {
  const constraints = [orderBy('lastName'), ...(options.after ? [startAfter(options.after)] : [])];
  const snapshot = await getDocs(query(usersCollection(), ...constraints, limit(options.pageSize + 1)));
  const docs = snapshot.docs.slice(0, options.pageSize);
  const hasMore = snapshot.docs.length > options.pageSize;
  return { members: docs.map((d) => d.data()), next: hasMore ? (docs.at(-1) ?? null) : null };
}

/** A profile read without the converter (no claims timestamp: staff screens show names only). */
function toUserRecord(uid: string, raw: unknown): UserRecord {
  return { uid, data: toStoredUser(raw), raw, claimsUpdatedAtMillis: null };
}

/** Profiles of the given members, by uid; members without a profile are missing from the answer. */
export async function getUsers(uids: readonly string[]): Promise<Record<string, UserRecord>> {
  const unique = [...new Set(uids)].filter(Boolean);
  const snapshots = await Promise.all(
    inFilterChunks(unique).map((part) =>
      getDocs(query(collection(db, 'users'), where(documentId(), 'in', part))),
    ),
  );
  const users: Record<string, UserRecord> = {};
  for (const snapshot of snapshots) {
    for (const user of snapshot.docs) users[user.id] = toUserRecord(user.id, user.data());
  }
  return users;
}

/**
 * Up to `max` member profiles, for pickers searched on the client (memberSearch). No orderBy: it
 * would leave out profiles without a last name (sign-up interrupted), which staff may still pick.
 */
export async function listMemberDirectory(max: number): Promise<UserRecord[]> {
  const snapshot = await getDocs(query(collection(db, 'users'), limit(max)));
  return snapshot.docs.map((d) => toUserRecord(d.id, d.data()));
}
