import { useCallback, useEffect, useState } from 'react';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { OfflineEndpoint } from 'Frontend/generated/endpoints.js';

// Outside the server-side layout, so it opens with no signal. The data comes only from endpoints that need a
// signed-in practitioner; the route itself is not protected on the client (no AuthProvider yet).
export const config: ViewConfig = { title: 'Offline work', flowLayout: false };

type Episode = { episodeId: string; childName: string; returnedAt: string };
type Change = { mutationId: string; type: string; entityId: string; baseVersion?: number; payload: string; childName: string };

// Kept in the browser so the screen works with no signal, after a reload or a restart.
function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('waypoint-offline', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('episodes', { keyPath: 'episodeId' });
      request.result.createObjectStore('outbox', { keyPath: 'mutationId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function inStore<T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const request = work(db.transaction(store, mode).objectStore(store));
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  });
}

const all = <T,>(store: string) => inStore<T[]>(store, 'readonly', (s) => s.getAll());
const put = (store: string, value: unknown) => inStore(store, 'readwrite', (s) => s.put(value));
const remove = (store: string, key: string) => inStore(store, 'readwrite', (s) => s.delete(key));

function deviceId(): string {
  let id = localStorage.getItem('waypoint-device');
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem('waypoint-device', id);
  }
  return id;
}

export default function OfflineView() {
  const [online, setOnline] = useState(navigator.onLine);
  const [episodes, setEpisodes] = useState<Episode[]>([]);
  const [outbox, setOutbox] = useState<Change[]>([]);
  const [message, setMessage] = useState('');

  const reload = useCallback(async () => {
    setEpisodes(await all<Episode>('episodes'));
    setOutbox(await all<Change>('outbox'));
  }, []);

  const sync = useCallback(async () => {
    try {
      const fresh = ((await OfflineEndpoint.interviewsDue()) ?? []).filter((e) => e !== undefined);
      for (const e of fresh) {
        await put('episodes', e);
      }
      const waiting = await all<Change>('outbox');
      if (waiting.length > 0) {
        const results = ((await OfflineEndpoint.sync(deviceId(), waiting.map(({ childName, ...change }) => change))) ?? [])
          .filter((r) => r !== undefined);
        const problems = results.filter((r) => r.status === 'rejected' || r.status === 'conflict');
        for (const r of results) {
          if (r.mutationId) {
            await remove('outbox', r.mutationId);
          }
        }
        setMessage(problems.length === 0 ? `${results.length} changes synced`
          : `${problems.length} changes need checking: ${problems.map((p) => p.reason).join('; ')}`);
      }
      setOnline(true);
    } catch {
      // No signal (or the server is away): everything stays in the outbox for the next try.
      setOnline(false);
    }
    await reload();
  }, [reload]);

  useEffect(() => {
    reload().then(sync);
    const goOnline = () => sync();
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    const timer = window.setInterval(sync, 60_000);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.clearInterval(timer);
    };
  }, [reload, sync]);

  async function record(episode: Episode, form: HTMLFormElement) {
    const data = new FormData(form);
    const now = new Date().toISOString();
    await put('outbox', {
      mutationId: crypto.randomUUID(), type: 'RETURN_INTERVIEW', entityId: episode.episodeId,
      childName: episode.childName,
      payload: JSON.stringify({
        offeredAt: now, heldAt: now, accepted: true, interviewerName: data.get('interviewer'),
        whereabouts: data.get('whereabouts'), withWhom: data.get('withWhom'),
        childsWords: data.get('childsWords'), strategyDiscussionNeeded: false,
      }),
    } satisfies Change);
    form.reset();
    await reload();
  }

  const waitingFor = new Set(outbox.map((c) => c.entityId));
  return (
    <main className="page offline-page" style={{ padding: 'var(--lumo-space-m)', maxWidth: '60rem' }}>
      <h2>Offline work</h2>
      <p className="offline-status" role="status">
        <strong>{online ? 'Online' : 'Offline'}</strong>
        {' · '}
        <span className="waiting">{outbox.length === 1 ? '1 change waiting' : `${outbox.length} changes waiting`}</span>
        {online && outbox.length > 0 && <button type="button" onClick={sync} style={{ marginLeft: '1em' }}>Sync now</button>}
      </p>
      {message && <p className="sync-message">{message}</p>}
      {outbox.length > 0 && (
        <section>
          <h3>Waiting to sync</h3>
          <ul className="outbox">
            {outbox.map((c) => <li key={c.mutationId}>Return interview for {c.childName}</li>)}
          </ul>
        </section>
      )}
      <h3>Return interviews due</h3>
      {episodes.length === 0 && <p>No return interviews are waiting.</p>}
      {episodes.filter((e) => !waitingFor.has(e.episodeId)).map((e) => (
        <form key={e.episodeId} data-episode={e.episodeId} className="offline-interview" aria-label={`Return interview for ${e.childName}`}
              onSubmit={(event) => { event.preventDefault(); record(e, event.currentTarget); }}
              style={{ border: '1px solid var(--lumo-contrast-20pct)', padding: 'var(--lumo-space-m)', marginBottom: 'var(--lumo-space-m)' }}>
          <h4>{e.childName}, back {new Date(e.returnedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}</h4>
          <label>Interviewer (from another organisation)<br /><input name="interviewer" required /></label><br />
          <label>Where they were<br /><input name="whereabouts" /></label><br />
          <label>Who with<br /><input name="withWhom" /></label><br />
          <label>In the child's own words<br /><textarea name="childsWords" required rows={3} cols={50} /></label><br />
          <button type="submit">Save return interview</button>
        </form>
      ))}
    </main>
  );
}
