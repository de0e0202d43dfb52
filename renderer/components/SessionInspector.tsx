/**
 * The session inspector: change a session's kind, intensity, volume, notes or day, or delete it;
 * opened on an empty day, it adds one. The day field makes moving a session keyboard-friendly.
 * Races have their own dialog (RaceDialog).
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Intensity, Plan, SessionKind, StandardDistance } from '../../src/model/plan';
import { INTENSITIES, SESSION_KINDS } from '../../src/model/plan';
import { defaultIntensity } from '../../src/model/settings';
import type { EditResult, SessionPatch } from '../../src/edits/types';
import { isIsoDate } from '../../src/dates';
import { addSession } from '../../src/edits/add-session';
import { changeSession } from '../../src/edits/change-session';
import { deleteSession } from '../../src/edits/delete-session';
import { setRecentRace } from '../../src/edits/set-recent-race';
import { formatWorkoutLines } from '../../src/workouts/format';
import { DistanceSelect } from './DistanceSelect';
import { Dialog } from './Dialog';
import { Field } from './Field';
import { formatDay, intensityLabel, kindLabel } from '../state/labels';

export type InspectorTarget = { readonly sessionId: string } | { readonly date: string };

interface Props {
  readonly plan: Plan;
  readonly target: InspectorTarget;
  edit(run: (plan: Plan) => EditResult, done: string): boolean;
  onClose(): void;
}

export function SessionInspector({ plan, target, edit, onClose }: Props) {
  const session =
    'sessionId' in target ? plan.sessions.find((s) => s.id === target.sessionId) : undefined;
  const [date, setDate] = useState(
    session?.date ?? ('date' in target ? target.date : plan.season.start),
  );
  const [kind, setKind] = useState<SessionKind>(session?.kind ?? 'easy');
  const [intensity, setIntensity] = useState<Intensity>(session?.intensity ?? 'easy');
  const [duration, setDuration] = useState(String(session?.durationMin ?? 45));
  const [distance, setDistance] = useState(String(session?.distanceKm ?? 8));
  const [notes, setNotes] = useState(session?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formId = useId();

  const onKind = (next: SessionKind) => {
    setKind(next);
    setIntensity(defaultIntensity(next));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const minutes = Number(duration);
    const km = Number(distance);
    if (!isIsoDate(date)) found['date'] = 'Enter a day.';
    else if (date < plan.season.start || date > plan.season.end) {
      found['date'] =
        `Choose a day in the season (${formatDay(plan.season.start)} to ${formatDay(plan.season.end)}).`;
    }
    if (duration.trim() === '' || !Number.isFinite(minutes) || minutes < 0 || minutes > 1440) {
      found['duration'] = 'Enter the minutes, from 0 to 1440.';
    }
    if (distance.trim() === '' || !Number.isFinite(km) || km < 0 || km > 1000) {
      found['distance'] = 'Enter the kilometres, 0 or more.';
    }
    setErrors(found);
    if (Object.keys(found).length) return;

    if (!session) {
      const input = {
        date,
        kind,
        intensity,
        durationMin: minutes,
        distanceKm: km,
        ...(notes ? { notes } : {}),
      };
      if (
        edit(
          (p) => addSession(p, input),
          `Added ${kindLabel(kind).toLowerCase()} on ${formatDay(date)}.`,
        )
      )
        onClose();
      return;
    }
    const patch: { -readonly [K in keyof SessionPatch]: SessionPatch[K] } = {};
    if (date !== session.date) patch.date = date;
    if (kind !== session.kind) patch.kind = kind;
    if (intensity !== session.intensity) patch.intensity = intensity;
    if (minutes !== session.durationMin) patch.durationMin = minutes;
    if (km !== session.distanceKm) patch.distanceKm = km;
    if (notes !== (session.notes ?? '')) patch.notes = notes;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    if (edit((p) => changeSession(p, session.id, patch), 'Saved the session.')) onClose();
  };

  const remove = () => {
    if (!session) return;
    const done = edit(
      (p) => deleteSession(p, session.id),
      `Deleted ${kindLabel(session.kind).toLowerCase()} on ${formatDay(session.date)}.`,
    );
    if (done) onClose();
  };

  const title = session
    ? `${kindLabel(session.kind)}, ${formatDay(session.date)}`
    : `New session, ${formatDay(date)}`;

  return (
    <Dialog label="Session" title={title} onClose={onClose} className="sp-inspector">
      <form id={formId} className="sp-form" onSubmit={submit} noValidate>
        {session?.pinned && (
          <p className="sp-hint">Pinned: moved or edited by hand, so re-planning keeps it.</p>
        )}
        <Field label="Day" error={errors['date']}>
          {(props) => (
            <input {...props} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          )}
        </Field>
        <div className="sp-row">
          <Field label="Kind">
            {(props) => (
              <select
                {...props}
                value={kind}
                onChange={(e) => onKind(e.target.value as SessionKind)}
              >
                {SESSION_KINDS.filter((k) => k !== 'race' || session?.kind === 'race').map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Intensity">
            {(props) => (
              <select
                {...props}
                value={intensity}
                onChange={(e) => setIntensity(e.target.value as Intensity)}
              >
                {INTENSITIES.map((i) => (
                  <option key={i} value={i}>
                    {intensityLabel(i)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="sp-row">
          <Field label="Duration (min)" error={errors['duration']}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={0}
                max={1440}
                step={5}
                value={duration}
                onChange={(e) => setDuration(e.target.value)}
              />
            )}
          </Field>
          <Field label="Distance (km)" error={errors['distance']}>
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="decimal"
                min={0}
                step={0.1}
                value={distance}
                onChange={(e) => setDistance(e.target.value)}
              />
            )}
          </Field>
        </div>
        {session?.workout && (
          <section className="sp-workout" aria-label="Workout">
            <h3 className="sp-workout-title">
              Workout
              {session.workout.edited ? ' (written by hand)' : ''}
            </h3>
            <ul className="sp-workout-steps">
              {formatWorkoutLines(session.workout, plan.settings.units).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            {!plan.paces && <RecentResultInvite edit={edit} />}
          </section>
        )}
        <Field label="Notes">
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
          )}
        </Field>
        <footer className="sp-dialog-actions">
          {session && (
            <button type="button" className="sp-button sp-danger" onClick={remove}>
              Delete
            </button>
          )}
          <span className="sp-spacer" />
          <button type="button" className="sp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="sp-button sp-primary">
            {session ? 'Save' : 'Add session'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

/**
 * Without a recent result the steps are efforts; this asks for one, and re-paces the plan with it
 * (setRecentRace), so every session gets paces at once.
 */
function RecentResultInvite({ edit }: Pick<Props, 'edit'>) {
  const [distance, setDistance] = useState('5k');
  const [time, setTime] = useState('');
  const apply = () => {
    const race = { distance: distance as StandardDistance, time: time.trim() };
    edit((p) => setRecentRace(p, race), 'Paces set from your recent result.');
  };
  return (
    <div className="sp-recent-invite">
      <p className="sp-hint">
        These steps are efforts. Enter a recent race result and every session gets your paces.
      </p>
      <div className="sp-row">
        <Field label="Recent race">
          {(props) => (
            <DistanceSelect
              {...props}
              value={distance}
              allowCustom={false}
              onChange={(v) => setDistance(v)}
            />
          )}
        </Field>
        <Field label="Time (H:MM:SS or MM:SS)">
          {(props) => (
            <input
              {...props}
              placeholder="e.g. 24:34"
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          )}
        </Field>
        <button type="button" className="sp-button" onClick={apply} disabled={!time.trim()}>
          Set paces
        </button>
      </div>
    </div>
  );
}
