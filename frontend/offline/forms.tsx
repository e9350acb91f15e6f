// The offline forms: a return interview, a plan and a pathway plan section. They check what the server's rules
// would refuse before saving, so a change rarely comes back; when one does, its problems show next to it.
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Action, Change, OfflineEpisode, OfflinePathway, OfflinePlan, PlanInput, Section } from './store.js';

type Problems = { field: string; message: string }[] | undefined;

/** Names of the staff who own actions, by id, as the last pack gave them. */
export const StaffNames = createContext<Record<string, string>>({});

function ownerOf(a: Action, staff: Record<string, string>): string {
  return a.owner || (a.ownerStaffId != null ? staff[String(a.ownerStaffId)] ?? '' : '');
}

const FIELD_NAMES: Record<string, string> = {
  childsWords: "In the child's own words", heldAt: 'When it was held', offeredAt: 'When it was offered',
  interviewerName: 'Who held it', interviewerReason: 'Why you held it yourself', declinedReason: 'Why they declined',
  outcomes: 'Outcomes', actions: 'Actions', contingency: 'If the plan does not work', nextReviewDate: 'Next review',
  needs: 'Needs', youngPersonViews: "The young person's views",
};

/** A server field path ("actions[1].dueDate") in words. */
export function describe(field: string): string {
  const match = /^(?:sections\.\w+\.)?(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(field);
  if (!match) {
    return field;
  }
  const [, name, index, inner] = match;
  const base = FIELD_NAMES[name] ?? name;
  return index === undefined ? base : `${base}, number ${Number(index) + 1}${inner ? ` (${FIELD_NAMES[inner] ?? inner})` : ''}`;
}

/** "3 March 2026", or with the time: "3 March 2026, 14:05". */
export function longDate(value: string, withTime = false): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  return date.toLocaleString('en-GB', withTime
    ? { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'long', year: 'numeric' });
}

function hoursLeft(dueBy: string): string {
  const hours = Math.floor((Date.parse(dueBy) - Date.now()) / 3_600_000);
  return hours < 0 ? `${-hours} hours late` : hours === 1 ? '1 hour left' : `${hours} hours left`;
}

/** A datetime-local value (the tablet's time) for an instant, and back. */
const localInput = (iso?: string | null) => {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const instant = (local: string) => (local ? new Date(local).toISOString() : null);

function Field({ label, error, hint, children }: { label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <label className={`field${error ? ' invalid' : ''}`}>
      <span className="label">{label}</span>
      {hint && <span className="hint">{hint}</span>}
      {children}
      {error && <span className="error" role="alert">{error}</span>}
    </label>
  );
}

function ServerProblems({ problems }: { problems: Problems }) {
  if (!problems || problems.length === 0) {
    return null;
  }
  return (
    <div className="problems" role="alert">
      The server did not take the last save:
      <ul>{problems.map((p) => <li key={p.field}>{describe(p.field)}: {p.message}</li>)}</ul>
    </div>
  );
}

type Interview = {
  outcome: 'HELD' | 'DECLINED'; offeredAt: string; heldAt: string; selfHeld: boolean; interviewerName: string;
  interviewerReason: string; declinedReason: string; whereabouts: string; withWhom: string; howTravelled: string;
  childsWords: string; strategyDiscussionNeeded: boolean;
};

function fromPayload(p: Record<string, unknown> | undefined): Interview {
  const text = (key: string) => (typeof p?.[key] === 'string' ? (p[key] as string) : '');
  return {
    outcome: p?.accepted === false ? 'DECLINED' : 'HELD', offeredAt: localInput(text('offeredAt')),
    heldAt: localInput(text('heldAt')), selfHeld: p?.interviewerId != null, interviewerName: text('interviewerName'),
    interviewerReason: text('interviewerReason'), declinedReason: text('declinedReason'),
    whereabouts: text('whereabouts'), withWhom: text('withWhom'), howTravelled: text('howTravelled'),
    childsWords: text('childsWords'), strategyDiscussionNeeded: p?.strategyDiscussionNeeded === true,
  };
}

/** The return interview for one episode, with the 72-hour clock. */
export function EpisodeForm({ episode, staffId, saved, problems, onSave }: {
  episode: OfflineEpisode; staffId?: number; saved?: Change; problems: Problems;
  onSave: (payload: unknown) => Promise<void>;
}) {
  const [form, setForm] = useState<Interview>(() => fromPayload(saved?.payload as Record<string, unknown> | undefined));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Interview>(key: K, value: Interview[K]) => setForm({ ...form, [key]: value });
  const heading = episode.returnedAt
    ? `Missing from ${longDate(episode.missingFrom, true)}, back ${longDate(episode.returnedAt, true)}`
    : `Missing since ${longDate(episode.missingFrom, true)}`;
  if (!episode.returnedAt) {
    return <div className="episode"><h4>{heading}</h4><p>Still missing. The interview is offered once they are back.</p></div>;
  }

  async function submit() {
    const problems: Record<string, string> = {};
    if (!form.offeredAt) problems.offeredAt = 'Say when the interview was offered';
    if (form.outcome === 'HELD') {
      if (!form.heldAt) problems.heldAt = 'Say when it was held';
      if (form.selfHeld && !form.interviewerReason.trim()) problems.interviewerReason = 'Say why no one independent held it';
      if (!form.selfHeld && !form.interviewerName.trim()) problems.interviewerName = 'Say who held it';
      if (!form.childsWords.trim()) problems.childsWords = 'Write what the child said, in their words';
    } else if (!form.declinedReason.trim()) {
      problems.declinedReason = 'Say why they declined, as they put it';
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      return;
    }
    const held = form.outcome === 'HELD';
    await onSave({
      accepted: held, offeredAt: instant(form.offeredAt), heldAt: held ? instant(form.heldAt) : null,
      interviewerId: held && form.selfHeld ? staffId : null,
      interviewerName: held && !form.selfHeld ? form.interviewerName : null,
      interviewerReason: held && form.selfHeld ? form.interviewerReason : null,
      declinedReason: held ? null : form.declinedReason,
      whereabouts: form.whereabouts || null, withWhom: form.withWhom || null, howTravelled: form.howTravelled || null,
      childsWords: held ? form.childsWords : null, strategyDiscussionNeeded: form.strategyDiscussionNeeded,
    });
  }

  return (
    <form className="episode" data-episode={episode.id} aria-label={`Return interview, ${heading}`} noValidate
          onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <h4>{heading}</h4>
      {episode.interviewDueBy && (
        <p className="clock">Due by {longDate(episode.interviewDueBy, true)}: {hoursLeft(episode.interviewDueBy)}.
          The 72 hours count from when the child came back.</p>
      )}
      {saved && !problems && <p className="saved">Saved on this tablet, waiting to sync. You can still change it.</p>}
      <ServerProblems problems={problems} />
      <fieldset>
        <legend>What happened</legend>
        <label className="check"><input type="radio" name={`outcome-${episode.id}`} checked={form.outcome === 'HELD'}
                                         onChange={() => set('outcome', 'HELD')} /> The interview was held</label>
        <label className="check"><input type="radio" name={`outcome-${episode.id}`} checked={form.outcome === 'DECLINED'}
                                         onChange={() => set('outcome', 'DECLINED')} /> They were offered it and said no</label>
      </fieldset>
      <Field label="When it was offered" error={errors.offeredAt}>
        <input type="datetime-local" value={form.offeredAt} onChange={(e) => set('offeredAt', e.target.value)} />
      </Field>
      {form.outcome === 'HELD' ? (
        <>
          <Field label="When it was held" error={errors.heldAt}>
            <input type="datetime-local" value={form.heldAt} onChange={(e) => set('heldAt', e.target.value)} />
          </Field>
          <label className="check">
            <input type="checkbox" checked={form.selfHeld} onChange={(e) => set('selfHeld', e.target.checked)} />
            I held it myself
          </label>
          {form.selfHeld ? (
            <Field label="Why you held it yourself" hint="The guidance asks for someone independent where possible"
                   error={errors.interviewerReason}>
              <input value={form.interviewerReason} onChange={(e) => set('interviewerReason', e.target.value)} />
            </Field>
          ) : (
            <Field label="Who held it (from another organisation)" error={errors.interviewerName}>
              <input value={form.interviewerName} onChange={(e) => set('interviewerName', e.target.value)} />
            </Field>
          )}
          <Field label="Where they were"><input value={form.whereabouts} onChange={(e) => set('whereabouts', e.target.value)} /></Field>
          <Field label="Who with"><input value={form.withWhom} onChange={(e) => set('withWhom', e.target.value)} /></Field>
          <Field label="How they travelled"><input value={form.howTravelled} onChange={(e) => set('howTravelled', e.target.value)} /></Field>
          <Field label="In the child's own words" error={errors.childsWords}>
            <textarea rows={4} value={form.childsWords} onChange={(e) => set('childsWords', e.target.value)} />
          </Field>
          <label className="check">
            <input type="checkbox" checked={form.strategyDiscussionNeeded}
                   onChange={(e) => set('strategyDiscussionNeeded', e.target.checked)} />
            A strategy discussion is needed
          </label>
        </>
      ) : (
        <Field label="Why they declined" error={errors.declinedReason}>
          <textarea rows={3} value={form.declinedReason} onChange={(e) => set('declinedReason', e.target.value)} />
        </Field>
      )}
      <button type="submit">Save return interview</button>
    </form>
  );
}

/** Rows of actions: what, who, by when. Shared by the plan and each pathway section. */
function ActionsEditor({ actions, onChange, idPrefix }: { actions: Action[]; onChange: (a: Action[]) => void; idPrefix: string }) {
  const staff = useContext(StaffNames);
  const update = (i: number, change: Partial<Action>) => onChange(actions.map((a, j) => (j === i ? { ...a, ...change } : a)));
  return (
    <fieldset className="actions">
      <legend>Actions: what will be done, by whom, by when</legend>
      {actions.map((a, i) => (
        <div className="action" key={`${idPrefix}-${i}`} role="group" aria-label={`Action ${i + 1}`}>
          <Field label={`Action ${i + 1}: what will be done`}>
            <textarea rows={2} value={a.description ?? ''} onChange={(e) => update(i, { description: e.target.value })} />
          </Field>
          <Field label="Who will do it">
            <input value={ownerOf(a, staff)} onChange={(e) => update(i, { owner: e.target.value, ownerStaffId: null })} />
          </Field>
          <Field label="By when">
            <input type="date" value={a.dueDate ?? ''} onChange={(e) => update(i, { dueDate: e.target.value || null })} />
          </Field>
          <button type="button" className="secondary" onClick={() => onChange(actions.filter((_, j) => j !== i))}>
            Remove action {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...actions, { description: '', owner: '', dueDate: null }])}>
        Add an action
      </button>
    </fieldset>
  );
}

function ReadOnlyActions({ actions }: { actions: Action[] }) {
  const staff = useContext(StaffNames);
  return (
    <ul>{actions.map((a, i) => (
      <li key={i}>{a.description || 'No description'}: {ownerOf(a, staff) || 'no owner'}, {a.dueDate ? `by ${longDate(a.dueDate)}` : 'no date'}</li>
    ))}</ul>
  );
}

/** A plan's current version: editable when a draft or returned for changes. */
export function PlanEditor({ plan, problems, onSave }: {
  plan: OfflinePlan; problems: Problems; onSave: (content: PlanInput, baseVersion: number) => Promise<void>;
}) {
  // The version the practitioner started from: if the server's moved on meanwhile, the save becomes a conflict copy.
  const [base] = useState(plan.version);
  const [content, setContent] = useState<PlanInput>(plan.content);
  const set = (change: Partial<PlanInput>) => setContent({ ...content, ...change });
  const headingId = `plan-${plan.id}`;
  if (!plan.editable) {
    return (
      <section aria-labelledby={headingId} className="card">
        <h3 id={headingId}>{plan.type}: {plan.status}</h3>
        <p>This version cannot be changed. A new version is started on the desk screens.</p>
        <ReadOnlyActions actions={plan.content.actions ?? []} />
      </section>
    );
  }
  return (
    <form aria-labelledby={headingId} className="card plan" noValidate onSubmit={(e) => { e.preventDefault(); onSave(content, base); }}>
      <h3 id={headingId}>{plan.type}: {plan.status}</h3>
      <ServerProblems problems={problems} />
      <fieldset>
        <legend>Outcomes: what should be different for the child</legend>
        {(content.outcomes ?? []).map((o, i) => (
          <Field key={i} label={`Outcome ${i + 1}`}>
            <textarea rows={2} value={o.description ?? ''} onChange={(e) => set({
              outcomes: (content.outcomes ?? []).map((x, j) => (j === i ? { description: e.target.value } : x)),
            })} />
          </Field>
        ))}
        <button type="button" className="secondary" onClick={() => set({ outcomes: [...(content.outcomes ?? []), { description: '' }] })}>
          Add an outcome
        </button>
      </fieldset>
      <ActionsEditor actions={content.actions ?? []} onChange={(actions) => set({ actions })} idPrefix={plan.id} />
      <Field label="If the plan does not work">
        <textarea rows={2} value={content.contingency ?? ''} onChange={(e) => set({ contingency: e.target.value })} />
      </Field>
      <Field label="The child's views">
        <textarea rows={3} value={content.childViews ?? ''} onChange={(e) => set({ childViews: e.target.value })} />
      </Field>
      <Field label="Parents' views">
        <textarea rows={2} value={content.parentViews ?? ''} onChange={(e) => set({ parentViews: e.target.value })} />
      </Field>
      <Field label="Next review">
        <input type="date" value={content.nextReviewDate ?? ''} onChange={(e) => set({ nextReviewDate: e.target.value || null })} />
      </Field>
      <button type="submit">Save plan on this tablet</button>
    </form>
  );
}

/** The pathway plan: each matter opens on its own and saves on its own, so two sections never collide. */
export function PathwayEditor({ pathway, matters, problemsOf, onSave }: {
  pathway: OfflinePathway; matters: Record<string, string>; problemsOf: (part: string) => Problems;
  onSave: (matter: string, section: Section, baseVersion: number) => Promise<void>;
}) {
  // Which matters are open survives a new version arriving (each form starts again from it).
  const [open, setOpen] = useState<Set<string>>(new Set());
  return (
    <section aria-labelledby="pathway-heading" className="card">
      <h3 id="pathway-heading">Pathway plan: {pathway.status}</h3>
      {!pathway.editable && <p>This version cannot be changed. A new version is started on the desk screens.</p>}
      {Object.entries(matters).map(([matter, label]) => (
        <details key={matter} className="matter" open={open.has(matter)} onToggle={(e) => {
          const next = new Set(open);
          if ((e.target as HTMLDetailsElement).open) {
            next.add(matter);
          } else {
            next.delete(matter);
          }
          setOpen(next);
        }}>
          <summary>{label}</summary>
          <SectionForm key={`${matter}:${pathway.version}`} version={pathway.version}
                       section={pathway.sections[matter] ?? {}} label={label} editable={pathway.editable}
                       accommodation={matter === 'ACCOMMODATION'} problems={problemsOf(`pathway:${pathway.id}:${matter}`)}
                       onSave={(s, base) => onSave(matter, s, base)} />
        </details>
      ))}
    </section>
  );
}

function SectionForm({ version, section, label, editable, accommodation, problems, onSave }: {
  version: number; section: Section; label: string; editable: boolean; accommodation: boolean; problems: Problems;
  onSave: (s: Section, baseVersion: number) => Promise<void>;
}) {
  const [base] = useState(version);
  const [s, setS] = useState<Section>(section);
  const set = (change: Partial<Section>) => setS({ ...s, ...change });
  if (!editable) {
    return (
      <div>
        <p><strong>Needs:</strong> {section.needs || 'Not written'}</p>
        <p><strong>The young person's views:</strong> {section.youngPersonViews || 'Not written'}</p>
        <ReadOnlyActions actions={section.actions ?? []} />
      </div>
    );
  }
  return (
    <form aria-label={label} noValidate onSubmit={(e) => { e.preventDefault(); onSave(s, base); }}>
      <ServerProblems problems={problems} />
      <Field label="Needs">
        <textarea rows={3} value={s.needs ?? ''} onChange={(e) => set({ needs: e.target.value })} />
      </Field>
      <Field label="The young person's views" hint="In their words where you can">
        <textarea rows={3} value={s.youngPersonViews ?? ''} onChange={(e) => set({ youngPersonViews: e.target.value })} />
      </Field>
      {accommodation && (
        <fieldset>
          <legend>Is where they live suitable?</legend>
          <label className="check"><input type="radio" checked={s.suitable === true} onChange={() => set({ suitable: true })} /> Yes</label>
          <label className="check"><input type="radio" checked={s.suitable === false} onChange={() => set({ suitable: false })} /> No</label>
          <Field label="Why">
            <input value={s.suitableReason ?? ''} onChange={(e) => set({ suitableReason: e.target.value })} />
          </Field>
        </fieldset>
      )}
      <ActionsEditor actions={s.actions ?? []} onChange={(actions) => set({ actions })} idPrefix={label} />
      <button type="submit">Save {label.toLowerCase()} on this tablet</button>
    </form>
  );
}

export type NewEpisode = {
  id: string; missingFrom: string | null; returnedAt: string | null; reportedToPolice: boolean;
  policeReference: string | null; reportedBy: string | null; whereFound: string | null;
};

/** A missing episode the practitioner learns of on a visit; its id is chosen here, so its interview can follow. */
export function MissingForm({ onSave }: { onSave: (episode: NewEpisode) => Promise<void> }) {
  const empty = { missingFrom: '', returnedAt: '', reportedToPolice: false, policeReference: '', reportedBy: '', whereFound: '' };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (change: Partial<typeof empty>) => setForm({ ...form, ...change });

  async function submit() {
    const problems: Record<string, string> = {};
    const now = Date.now();
    if (!form.missingFrom) {
      problems.missingFrom = 'Say when they went missing';
    } else if (Date.parse(form.missingFrom) > now) {
      problems.missingFrom = 'This is in the future';
    }
    if (form.returnedAt && (Date.parse(form.returnedAt) > now || form.returnedAt < form.missingFrom)) {
      problems.returnedAt = 'They came back after they went missing, and not in the future';
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      return;
    }
    await onSave({
      id: crypto.randomUUID(), missingFrom: instant(form.missingFrom), returnedAt: instant(form.returnedAt),
      reportedToPolice: form.reportedToPolice, policeReference: form.policeReference || null,
      reportedBy: form.reportedBy || null, whereFound: form.whereFound || null,
    });
    setForm(empty);
  }

  return (
    <details className="matter">
      <summary>Report a missing episode</summary>
      <form aria-label="Report a missing episode" noValidate onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Field label="When they went missing" error={errors.missingFrom}>
          <input type="datetime-local" value={form.missingFrom} onChange={(e) => set({ missingFrom: e.target.value })} />
        </Field>
        <Field label="When they came back" hint="Leave empty while they are still missing" error={errors.returnedAt}>
          <input type="datetime-local" value={form.returnedAt} onChange={(e) => set({ returnedAt: e.target.value })} />
        </Field>
        <Field label="Who reported it"><input value={form.reportedBy} onChange={(e) => set({ reportedBy: e.target.value })} /></Field>
        <label className="check">
          <input type="checkbox" checked={form.reportedToPolice} onChange={(e) => set({ reportedToPolice: e.target.checked })} />
          Reported to the police
        </label>
        {form.reportedToPolice && (
          <Field label="Police reference"><input value={form.policeReference} onChange={(e) => set({ policeReference: e.target.value })} /></Field>
        )}
        <Field label="Where they were found"><input value={form.whereFound} onChange={(e) => set({ whereFound: e.target.value })} /></Field>
        <button type="submit">Save missing episode on this tablet</button>
      </form>
    </details>
  );
}
