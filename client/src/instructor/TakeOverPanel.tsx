import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import type { HandBackState } from '../../../protocol/takeOver.js';
import type { CallView } from '../../../scenarios/projection/callView.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import './roleplay.css';

const moods = [-3, -2, -1, 0, 1, 2, 3] as const;
const maxLength = 500;

/**
 * The instructor playing the caller: takes it over from the script, types its lines in the mood they
 * pick (the trainee hears them as the caller's), and hands it back to the script at a state named in words.
 */
export function TakeOverPanel({ sessionId, view }: { sessionId: string; view: CallView }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const socket = useSocket();
  const ids = { heading: useId(), line: useId(), mood: useId(), state: useId() };
  const playing = view.takenOverBy;
  const [text, setText] = useState('');
  const [mood, setMood] = useState<number | null>(null);
  const [states, setStates] = useState<HandBackState[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<'said' | 'handedBack' | null>(null);
  const [error, setError] = useState<LabError | null>(null);

  useEffect(() => {
    if (playing === null) return;
    let live = true;
    void request(socket, 'session:handBackStates', { sessionId }).then((result) => {
      if (!live) return;
      if (result.ok) setStates(result.data);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [socket, sessionId, playing]);

  const run = async (work: () => Promise<{ ok: boolean; error?: LabError }>, done: 'said' | 'handedBack' | null) => {
    setBusy(true);
    const result = await work();
    setBusy(false);
    setError(result.ok ? null : (result.error ?? null));
    setStatus(result.ok ? done : null);
    return result.ok;
  };
  const takeOver = () => void run(() => request(socket, 'session:takeOver', { sessionId }), null);
  const currentMood = mood ?? view.mood ?? 0;
  const say = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await run(() => request(socket, 'session:playCaller', { sessionId, text, mood: currentMood }), 'said')) setText('');
  };
  const handBack = (event: FormEvent) => {
    event.preventDefault();
    const state = chosen || states?.[0]?.id;
    if (state) void run(() => request(socket, 'session:handBack', { sessionId, state }), 'handedBack');
  };

  // An e-mail's sender writes, never speaks: there is no caller to play.
  if (view.channel !== 'phone') return null;
  if (playing === null)
    return (
      <div className="take-over">
        <p className="hint">{t('roleplay.takeOverHint')}</p>
        <div>
          <button type="button" className="small" disabled={busy || view.phase === 'wrapUp'} onClick={takeOver}>
            {t('roleplay.takeOver')}
          </button>
        </div>
        <p className="take-over__status" role="status">
          {status === 'handedBack' ? t('roleplay.handedBack') : ''}
        </p>
        <ErrorNote error={error} />
      </div>
    );

  const canSpeak = view.phase === 'talking' && view.pausedAt === null;
  return (
    <section className="take-over" aria-labelledby={ids.heading}>
      <h3 className="subhead" id={ids.heading}>
        {t('roleplay.playing', { name: playing })}
      </h3>
      <form className="take-over__row" onSubmit={(event) => void say(event)}>
        <div className="take-over__field">
          <label htmlFor={ids.line}>{t('roleplay.line')}</label>
          <textarea id={ids.line} rows={2} maxLength={maxLength} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="take-over__field">
          <label htmlFor={ids.mood}>{t('roleplay.mood')}</label>
          <select id={ids.mood} value={currentMood} onChange={(event) => setMood(Number(event.target.value))}>
            {moods.map((value) => (
              <option key={value} value={value}>
                {value > 0 ? `+${value}` : value} {t(`mood.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy || !canSpeak || text.trim() === ''}>
          {t('roleplay.say')}
        </button>
      </form>
      {!canSpeak && <p className="hint">{t('roleplay.sayWhen')}</p>}
      <p className="take-over__status" role="status">
        {status === 'said' ? t('roleplay.said') : ''}
      </p>
      {states !== null && states.length === 0 && <p className="hint">{t('roleplay.noScript')}</p>}
      {states !== null && states.length > 0 && (
        <form className="take-over__row" onSubmit={handBack}>
          <div className="take-over__field">
            <label htmlFor={ids.state}>{t('roleplay.handBackAt')}</label>
            <select id={ids.state} value={chosen || states[0]!.id} onChange={(event) => setChosen(event.target.value)}>
              {states.map((state) => (
                <option key={state.id} value={state.id}>
                  {pick(state.label)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="small" disabled={busy}>
            {t('roleplay.handBack')}
          </button>
        </form>
      )}
      <ErrorNote error={error} />
    </section>
  );
}
