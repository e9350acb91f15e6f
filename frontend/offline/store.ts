// What the offline screens keep in the browser (IndexedDB), so they work with no signal, after a reload or a
// restart: the children taken away, the changes waiting to sync, and notices about changes the server did not take.

export type Action = {
  description?: string | null;
  owner?: string | null;
  ownerStaffId?: number | null;
  dueDate?: string | null;
  status?: string | null;
  droppedReason?: string | null;
  outcomeIndex?: number | null;
};

export type PlanInput = {
  type?: string | null;
  outcomes?: { description?: string | null }[] | null;
  actions?: Action[] | null;
  contingency?: string | null;
  childViews?: string | null;
  childViewsReason?: string | null;
  parentViews?: string | null;
  nextReviewDate?: string | null;
  startedOn?: string | null;
};

export type Section = {
  needs?: string | null;
  youngPersonViews?: string | null;
  actions?: Action[] | null;
  suitable?: boolean | null;
  suitableReason?: string | null;
};

export type OfflinePlan = { id: string; type: string; status: string; editable: boolean; version: number; content: PlanInput };
export type OfflinePathway = {
  id: string; status: string; editable: boolean; version: number;
  sections: Record<string, Section>; nextReviewDate?: string | null;
};
export type OfflineEpisode = { id: string; missingFrom: string; returnedAt?: string | null; interviewDueBy?: string | null };
export type OfflineChild = {
  id: string; name: string; age: string; dateOfBirth: string; category: string; legalStatus: string; team: string;
  worker?: string | null; careLeaverStatus?: string | null;
  plans: OfflinePlan[]; pathway?: OfflinePathway | null; episodes: OfflineEpisode[];
};
export type Pack = {
  username: string; staffId: number; staffName: string; keepForHours: number; takenAt: string;
  children: OfflineChild[]; matters: Record<string, string>; staff: Record<string, string>;
};
export type Choice = { id: string; name: string; category: string; ownCase: boolean };

export type ChangeType = 'PLAN' | 'PATHWAY_SECTION' | 'RETURN_INTERVIEW' | 'MISSING_EPISODE';

/** A change made on this device, waiting to sync. {@code problems} when the server refused it: fix and save again. */
export type Change = {
  mutationId: string;
  type: ChangeType;
  entityId: string;
  baseVersion?: number | null;
  payload: unknown;
  childId: string;
  /** What it is, in words, for the list of waiting changes. */
  label: string;
  /** Which part of the record it replaces: one waiting change per part, the newest wins. */
  part: string;
  savedAt: string;
  problems?: { field: string; message: string }[];
  reason?: string;
};

export type Notice = { id: string; kind: 'conflict' | 'rejected' | 'removed'; text: string; at: string };

/** The device's own facts: whose data this is, when the server last confirmed the sign-in, which children to keep. */
export type Meta = {
  username?: string;
  staffId?: number;
  staffName?: string;
  keepForHours?: number;
  confirmedAt?: string;
  chosen?: string[] | null;
  matters?: Record<string, string>;
  staff?: Record<string, string>;
};

const DATABASE = 'waypoint-offline';
const STORES = ['children', 'outbox', 'notices', 'meta'] as const;
type Store = (typeof STORES)[number];

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of Array.from(db.objectStoreNames)) {
        db.deleteObjectStore(name);
      }
      db.createObjectStore('children', { keyPath: 'id' });
      db.createObjectStore('outbox', { keyPath: 'mutationId' });
      db.createObjectStore('notices', { keyPath: 'id' });
      db.createObjectStore('meta');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let connection: Promise<IDBDatabase> | undefined;

/** Runs work in one transaction over the stores named; resolves when the transaction has committed. */
async function inTransaction<T>(stores: Store[], mode: IDBTransactionMode,
                                work: (tx: IDBTransaction) => Promise<T> | T): Promise<T> {
  connection ??= open();
  const db = await connection;
  const tx = db.transaction(stores, mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const result = await work(tx);
  await done;
  return result;
}

function request<T>(r: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result as T);
    r.onerror = () => reject(r.error);
  });
}

export const all = <T>(store: Store) =>
  inTransaction([store], 'readonly', (tx) => request<T[]>(tx.objectStore(store).getAll()));

export async function meta(): Promise<Meta> {
  return (await inTransaction(['meta'], 'readonly', (tx) => request<Meta | undefined>(tx.objectStore('meta').get('device')))) ?? {};
}

export const saveMeta = (m: Meta) => inTransaction(['meta'], 'readwrite', (tx) => request(tx.objectStore('meta').put(m, 'device')));

/** Keeps a change and the record as the practitioner left it, together: neither is kept without the other. */
export async function saveChange(change: Change, child: OfflineChild): Promise<void> {
  await inTransaction(['outbox', 'children'], 'readwrite', async (tx) => {
    const outbox = tx.objectStore('outbox');
    const waiting = await request<Change[]>(outbox.getAll());
    // An earlier change to the same part is replaced; it keeps the version the first edit was made on.
    const earlier = waiting.find((c) => c.part === change.part);
    if (earlier) {
      outbox.delete(earlier.mutationId);
      change.baseVersion = earlier.baseVersion;
    }
    outbox.put(change);
    tx.objectStore('children').put(child);
  });
}

export const removeChange = (mutationId: string) =>
  inTransaction(['outbox'], 'readwrite', (tx) => request(tx.objectStore('outbox').delete(mutationId)));

export const putChange = (change: Change) =>
  inTransaction(['outbox'], 'readwrite', (tx) => request(tx.objectStore('outbox').put(change)));

export const addNotice = (notice: Notice) =>
  inTransaction(['notices'], 'readwrite', (tx) => request(tx.objectStore('notices').put(notice)));

export const dismissNotice = (id: string) =>
  inTransaction(['notices'], 'readwrite', (tx) => request(tx.objectStore('notices').delete(id)));

/**
 * Takes a fresh pack from the server. Children no longer in it are dropped with their waiting changes (the worker
 * lost access); a child with changes still waiting keeps the device's version until they are synced.
 */
export async function takePack(pack: Pack, chosen: string[] | null | undefined): Promise<string[]> {
  return inTransaction(['children', 'outbox', 'meta'], 'readwrite', async (tx) => {
    const children = tx.objectStore('children');
    const outbox = tx.objectStore('outbox');
    const waiting = await request<Change[]>(outbox.getAll());
    const held = await request<OfflineChild[]>(children.getAll());
    const fresh = new Set(pack.children.map((c) => c.id));
    const removed: string[] = [];
    for (const child of held) {
      if (!fresh.has(child.id)) {
        children.delete(child.id);
        waiting.filter((c) => c.childId === child.id).forEach((c) => outbox.delete(c.mutationId));
        removed.push(child.name);
      }
    }
    const busy = new Set(waiting.map((c) => c.childId));
    for (const child of pack.children) {
      if (!busy.has(child.id)) {
        children.put(child);
      }
    }
    const m: Meta = {
      username: pack.username, staffId: pack.staffId, staffName: pack.staffName, keepForHours: pack.keepForHours,
      confirmedAt: new Date().toISOString(), chosen, matters: pack.matters, staff: pack.staff,
    };
    tx.objectStore('meta').put(m, 'device');
    return removed;
  });
}

/** Everything this device kept: on signing in as someone else, or when the sign-in is too old. */
export const clearAll = () =>
  inTransaction([...STORES], 'readwrite', (tx) => {
    STORES.forEach((s) => tx.objectStore(s).clear());
  });

export function deviceId(): string {
  let id = localStorage.getItem('waypoint-device');
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem('waypoint-device', id);
  }
  return id;
}
