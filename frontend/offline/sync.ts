// Talking to the server when there is a signal: take the children away (the pack), send the waiting changes through
// POST /api/v1/sync, and act on each answer. Nothing here overwrites: a stale change comes back as a conflict copy
// that the practitioner compares on the conflicts screen.
import {
  addNotice, all, clearAll, deviceId, meta, putChange, removeChange, takePack,
  type Change, type Choice, type Pack,
} from './store.js';

/** Where the device stands with the server after the last try. */
export type Connection = 'online' | 'offline' | 'signed-out' | 'not-allowed';

type Csrf = { header: string; token: string };
let csrf: Csrf | undefined;

// The app's own requests ask for a problem detail, not the browser's password pop-up, when the sign-in has gone.
const JSON_HEADERS = { Accept: 'application/json', 'X-Requested-With': 'fetch' };

async function get(path: string): Promise<Response> {
  return fetch(path, { credentials: 'same-origin', headers: JSON_HEADERS, cache: 'no-store' });
}

export async function choices(): Promise<Choice[]> {
  const response = await get('/api/v1/offline/choices');
  if (!response.ok) {
    throw new Error(`The server answered ${response.status}`);
  }
  return response.json();
}

/**
 * Takes a fresh copy of the chosen children (the caseload when none were chosen). A different person's data on
 * this device is cleared first.
 */
export async function refresh(): Promise<Connection> {
  const m = await meta();
  const query = m.chosen ? m.chosen.map((id) => `child=${encodeURIComponent(id)}`).join('&') : '';
  let response: Response;
  try {
    response = await get(`/api/v1/offline/pack${query ? `?${query}` : ''}`);
  } catch {
    return 'offline';
  }
  if (response.status === 401) {
    return 'signed-out';
  }
  if (response.status === 403) {
    return 'not-allowed';
  }
  if (!response.ok) {
    return 'offline';
  }
  const header = response.headers.get('X-Waypoint-Csrf-Header');
  const token = response.headers.get('X-Waypoint-Csrf');
  csrf = header && token ? { header, token } : undefined;
  const pack: Pack = await response.json();
  if (m.username && m.username !== pack.username) {
    await clearAll();
  }
  const removed = await takePack(pack, m.username === pack.username ? m.chosen : null);
  for (const name of removed) {
    await addNotice({
      id: crypto.randomUUID(), kind: 'removed', at: new Date().toISOString(),
      text: `${name} was removed from this tablet: you no longer work with them, or they are no longer kept offline.`,
    });
  }
  return 'online';
}

type Result = {
  mutationId?: string; status: 'applied' | 'duplicate' | 'conflict' | 'rejected';
  reason?: string; errors?: { field: string; message: string }[]; version?: number;
};

/**
 * Sends the waiting changes, one per record in each round: a later change this device made to the same record was
 * made on top of its own earlier one, so it moves on to the version the earlier one produced.
 */
export async function push(): Promise<Connection> {
  let waiting = (await all<Change>('outbox')).filter((c) => !c.problems)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  while (waiting.length > 0) {
    const batch: Change[] = [];
    const records = new Set<string>();
    for (const change of waiting) {
      if (!records.has(change.entityId)) {
        records.add(change.entityId);
        batch.push(change);
      }
    }
    let response: Response;
    try {
      response = await fetch('/api/v1/sync', {
        method: 'POST', credentials: 'same-origin',
        headers: { ...JSON_HEADERS, 'Content-Type': 'application/json', ...(csrf ? { [csrf.header]: csrf.token } : {}) },
        body: JSON.stringify({
          deviceId: deviceId(),
          mutations: batch.map(({ mutationId, type, entityId, baseVersion, payload }) => ({ mutationId, type, entityId, baseVersion, payload })),
        }),
      });
    } catch {
      return 'offline';
    }
    if (response.status === 401 || response.status === 403) {
      return 'signed-out';
    }
    if (!response.ok) {
      return 'offline';
    }
    const { results } = (await response.json()) as { results: Result[] };
    const rest = waiting.filter((c) => !batch.includes(c));
    for (const result of results) {
      const change = batch.find((c) => c.mutationId === result.mutationId);
      if (change) {
        await settle(change, result, rest);
      }
    }
    waiting = rest;
  }
  return 'online';
}

async function settle(change: Change, result: Result, rest: Change[]) {
  const at = new Date().toISOString();
  switch (result.status) {
    case 'applied':
    case 'duplicate':
      await removeChange(change.mutationId);
      for (const later of rest.filter((c) => c.entityId === change.entityId && c.baseVersion === change.baseVersion)) {
        later.baseVersion = result.version ?? later.baseVersion;
        await putChange(later);
      }
      break;
    case 'conflict':
      await removeChange(change.mutationId);
      await addNotice({
        id: change.mutationId, kind: 'conflict', at,
        text: `${change.label}: someone changed it on the server while you were offline. Both versions are kept; `
          + 'compare them on "Offline changes to check" and choose.',
      });
      break;
    case 'rejected':
      if (result.errors && result.errors.length > 0) {
        // Kept with what was typed, to put right and save again.
        await putChange({ ...change, problems: result.errors, reason: result.reason });
      } else {
        await removeChange(change.mutationId);
        await addNotice({ id: change.mutationId, kind: 'rejected', at, text: `${change.label} was not saved: ${result.reason ?? 'refused'}` });
      }
      break;
  }
}

/** Confirms the sign-in (and takes a fresh CSRF token), sends what waits, then takes the records as they now are. */
export async function syncNow(): Promise<Connection> {
  const first = await refresh();
  if (first !== 'online') {
    return first;
  }
  const pushed = await push();
  return pushed === 'online' ? refresh() : pushed;
}

/** Clears the device when the server has not confirmed the sign-in for longer than the council allows. */
export async function expireIfStale(now = Date.now()): Promise<boolean> {
  const m = await meta();
  if (!m.confirmedAt || !m.keepForHours) {
    return false;
  }
  if (now - Date.parse(m.confirmedAt) > m.keepForHours * 3_600_000) {
    await clearAll();
    return true;
  }
  return false;
}
