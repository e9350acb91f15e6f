import { useCallback, useEffect, useState } from 'react';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import {
  all, dismissNotice, meta as readMeta, saveChange, saveMeta,
  type Change, type ChangeType, type Choice, type Meta, type Notice, type OfflineChild,
} from '../offline/store.js';
import { choices, expireIfStale, syncNow, type Connection } from '../offline/sync.js';
import { EpisodeForm, MissingForm, PathwayEditor, PlanEditor, StaffNames, describe, longDate } from '../offline/forms.js';
import '../offline/offline.css';

// Outside the server-side layout, so the service worker can open it with no signal. The page itself is not protected
// (a protected client route needs the server to say who is signed in, which it cannot with no signal): it holds no
// data. The data comes only from endpoints that need a signed-in practitioner, and the device keeps only what its
// practitioner took away, until they sign out or their sign-in is too old.
export const config: ViewConfig = {
  title: 'Offline work',
  flowLayout: false,
  menu: { order: 89, icon: 'vaadin:cloud-download-o', title: 'Offline work' },
};

export default function OfflineView() {
  const [connection, setConnection] = useState<Connection | 'checking'>('checking');
  const [children, setChildren] = useState<OfflineChild[]>([]);
  const [outbox, setOutbox] = useState<Change[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [meta, setMeta] = useState<Meta>({});
  const [openChild, setOpenChild] = useState<string | undefined>();
  const [choosing, setChoosing] = useState<Choice[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);

  const reload = useCallback(async () => {
    setChildren((await all<OfflineChild>('children')).sort((a, b) => a.name.localeCompare(b.name)));
    setOutbox((await all<Change>('outbox')).sort((a, b) => a.savedAt.localeCompare(b.savedAt)));
    setNotices(await all<Notice>('notices'));
    setMeta(await readMeta());
  }, []);

  const sync = useCallback(async () => {
    setBusy(true);
    try {
      setConnection(await syncNow());
    } finally {
      setBusy(false);
      await reload();
    }
  }, [reload]);

  useEffect(() => {
    document.title = 'Offline work - Waypoint';
  }, []);

  useEffect(() => {
    (async () => {
      setExpired(await expireIfStale());
      await reload();
      await sync();
    })();
    const goOnline = () => sync();
    const goOffline = () => setConnection('offline');
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    const timer = window.setInterval(sync, 60_000);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.clearInterval(timer);
    };
  }, [reload, sync]);

  async function save(child: OfflineChild, type: ChangeType, entityId: string, baseVersion: number | null,
                      part: string, label: string, payload: unknown) {
    await saveChange({
      mutationId: crypto.randomUUID(), type, entityId, baseVersion, payload, childId: child.id, label, part,
      savedAt: new Date().toISOString(),
    }, child);
    await reload();
    if (navigator.onLine) {
      await sync();
    }
  }

  async function choose() {
    try {
      setChoosing(await choices());
    } catch {
      setConnection('offline');
    }
  }

  async function keep(ids: string[]) {
    await saveMeta({ ...(await readMeta()), chosen: ids });
    setChoosing(undefined);
    await sync();
  }

  const child = children.find((c) => c.id === openChild);
  const waitingFor = (id: string) => outbox.filter((c) => c.childId === id);
  return (
    <div className="offline-app">
      <header className="offline-bar">
        <a className="offline-home" href="/">Waypoint</a>
        <h1>Offline work</h1>
        <p className="offline-status" role="status" aria-live="polite">
          <span className={`offline-signal ${connection}`}>{statusText(connection)}</span>
          <span className="waiting">{outbox.length === 1 ? '1 change waiting' : `${outbox.length} changes waiting`}</span>
        </p>
        <button type="button" onClick={sync} disabled={busy || connection === 'offline' && !navigator.onLine}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
      </header>
      <main className="offline-main">
        {expired && <p className="notice removed">The children kept on this tablet were removed: you had not signed in
          for more than {meta.keepForHours ?? 72} hours. Sign in to take them again.</p>}
        {connection === 'not-allowed' && (
          <p className="notice rejected">Offline work is for staff who hold cases: social workers, personal advisers and
            their managers.</p>
        )}
        {connection === 'signed-out' && (
          <p className="notice rejected">You are signed out. Your changes stay on this tablet. <a href="/login">Sign in</a> to
            sync them.</p>
        )}
        {notices.map((n) => (
          <div key={n.id} className={`notice ${n.kind}`}>
            <p>{n.text}</p>
            {n.kind === 'conflict' && <a href="/sync/conflicts">Compare on "Offline changes to check"</a>}
            <button type="button" className="secondary" onClick={async () => { await dismissNotice(n.id); await reload(); }}>
              Dismiss
            </button>
          </div>
        ))}
        {outbox.length > 0 && (
          <section aria-labelledby="waiting-heading" className="card">
            <h2 id="waiting-heading">Waiting to sync</h2>
            <ul className="outbox">
              {outbox.map((c) => (
                <li key={c.mutationId}>
                  {c.label}, saved {longDate(c.savedAt, true)}
                  {c.problems && (
                    <div className="problems" role="alert">
                      Not saved on the server: {c.reason}
                      <ul>{c.problems.map((p) => <li key={p.field}>{describe(p.field)}: {p.message}</li>)}</ul>
                      Open the child to put it right.
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {choosing ? (
          <Chooser choices={choosing} kept={meta.chosen ?? choosing.map((c) => c.id)} onKeep={keep}
                   onCancel={() => setChoosing(undefined)} />
        ) : child ? (
          <StaffNames.Provider value={meta.staff ?? {}}>
            <ChildPage child={child} meta={meta} waiting={waitingFor(child.id)} onBack={() => setOpenChild(undefined)}
                       onSave={save} />
          </StaffNames.Provider>
        ) : (
          <section aria-labelledby="children-heading">
            <h2 id="children-heading">Children on this tablet</h2>
            {meta.staffName && <p>Kept for {meta.staffName}
              {meta.confirmedAt && <>, last brought up to date {longDate(meta.confirmedAt, true)}</>}.</p>}
            {children.length === 0 && <p>No children are kept on this tablet yet. With a signal, choose which to keep.</p>}
            <ul className="child-list">
              {children.map((c) => (
                <li key={c.id}>
                  <button type="button" className="child-link" onClick={() => setOpenChild(c.id)}>
                    <strong>{c.name}</strong> <span>{c.age}, {c.category}</span>
                    <span className="due">{dueText(c, waitingFor(c.id).length)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="secondary" onClick={choose} disabled={connection !== 'online'}>
              Choose children to keep offline
            </button>
          </section>
        )}
      </main>
    </div>
  );
}

function statusText(connection: Connection | 'checking'): string {
  switch (connection) {
    case 'online': return 'Online';
    case 'offline': return 'Offline: changes are kept on this tablet';
    case 'signed-out': return 'Signed out';
    case 'not-allowed': return 'Not for your role';
    default: return 'Checking the connection…';
  }
}

function dueText(child: OfflineChild, waiting: number): string {
  const parts: string[] = [];
  const due = child.episodes.filter((e) => e.returnedAt).length;
  if (due > 0) {
    parts.push(due === 1 ? '1 return interview due' : `${due} return interviews due`);
  }
  if (child.episodes.some((e) => !e.returnedAt)) {
    parts.push('missing now');
  }
  if (waiting > 0) {
    parts.push(waiting === 1 ? '1 change waiting' : `${waiting} changes waiting`);
  }
  return parts.join(' · ');
}

function Chooser({ choices, kept, onKeep, onCancel }: {
  choices: Choice[]; kept: string[]; onKeep: (ids: string[]) => void; onCancel: () => void;
}) {
  const [selected, setSelected] = useState(new Set(kept));
  return (
    <section aria-labelledby="choose-heading" className="card">
      <h2 id="choose-heading">Children to keep offline</h2>
      <p>Your own caseload. Keep only the children you need away from the office: what is kept can be read on this
        tablet without signing in again until it is cleared.</p>
      <ul className="choices">
        {choices.map((c) => (
          <li key={c.id}>
            <label className="check">
              <input type="checkbox" checked={selected.has(c.id)} onChange={(e) => {
                const next = new Set(selected);
                if (e.target.checked) {
                  next.add(c.id);
                } else {
                  next.delete(c.id);
                }
                setSelected(next);
              }} />
              Available offline: {c.name} ({c.category})
            </label>
          </li>
        ))}
      </ul>
      <div className="buttons">
        <button type="button" onClick={() => onKeep([...selected])}>Keep these</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </section>
  );
}

type SaveFn = (child: OfflineChild, type: ChangeType, entityId: string, baseVersion: number | null, part: string,
               label: string, payload: unknown) => Promise<void>;

function ChildPage({ child, meta, waiting, onBack, onSave }: {
  child: OfflineChild; meta: Meta; waiting: Change[]; onBack: () => void; onSave: SaveFn;
}) {
  const problemsOf = (part: string) => waiting.find((c) => c.part === part)?.problems;
  return (
    <article aria-labelledby="child-heading">
      <button type="button" className="secondary" onClick={onBack}>Back to the children on this tablet</button>
      <h2 id="child-heading">{child.name}</h2>
      <dl className="summary">
        <dt>Age</dt><dd>{child.age} (born {longDate(child.dateOfBirth)})</dd>
        <dt>Category</dt><dd>{child.category}</dd>
        <dt>Legal status</dt><dd>{child.legalStatus}</dd>
        {child.careLeaverStatus && <><dt>Care leaver</dt><dd>{child.careLeaverStatus}</dd></>}
        <dt>Team</dt><dd>{child.team}</dd>
        <dt>Allocated worker</dt><dd>{child.worker ?? 'Not allocated'}</dd>
      </dl>

      <section aria-labelledby="episodes-heading" className="card">
        <h3 id="episodes-heading">Missing episodes and return interviews</h3>
        {child.episodes.length === 0 && <p>No return interview is waiting.</p>}
        {child.episodes.map((e) => {
          const part = `interview:${e.id}`;
          const saved = waiting.find((c) => c.part === part);
          return (
            <EpisodeForm key={e.id} episode={e} staffId={meta.staffId} saved={saved}
                         problems={problemsOf(part)}
                         onSave={(payload) => onSave(child, 'RETURN_INTERVIEW', e.id, null, part,
                           `Return interview for ${child.name}`, payload)} />
          );
        })}
        <MissingForm onSave={(e) => {
          const dueBy = e.returnedAt ? new Date(Date.parse(e.returnedAt) + 72 * 3_600_000).toISOString() : null;
          const next = { ...child, episodes: [...child.episodes, { id: e.id, missingFrom: e.missingFrom!, returnedAt: e.returnedAt, interviewDueBy: dueBy }] };
          return onSave(next, 'MISSING_EPISODE', child.id, null, `episode:${e.id}`, `Missing episode for ${child.name}`, e);
        }} />
      </section>

      {child.plans.map((plan) => (
        <PlanEditor key={`${plan.id}:${plan.version}`} plan={plan} problems={problemsOf(`plan:${plan.id}`)}
                    onSave={(content, base) => {
                      const next = { ...child, plans: child.plans.map((p) => (p.id === plan.id ? { ...p, content } : p)) };
                      return onSave(next, 'PLAN', plan.id, base, `plan:${plan.id}`,
                        `${plan.type} for ${child.name}`, content);
                    }} />
      ))}
      {child.plans.length === 0 && <p>{child.name} has no plan yet. Plans are started on the desk screens.</p>}

      {child.pathway && (
        <PathwayEditor pathway={child.pathway} matters={meta.matters ?? {}} problemsOf={problemsOf}
                       onSave={(matter, section, base) => {
                         const pathway = child.pathway!;
                         const next = { ...child, pathway: { ...pathway, sections: { ...pathway.sections, [matter]: section } } };
                         return onSave(next, 'PATHWAY_SECTION', pathway.id, base, `pathway:${pathway.id}:${matter}`,
                           `Pathway plan for ${child.name}: ${meta.matters?.[matter] ?? matter}`, { matter, section });
                       }} />
      )}
    </article>
  );
}
