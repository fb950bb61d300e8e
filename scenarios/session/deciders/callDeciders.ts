import { fail } from '../../../protocol/result.js';
import { understoodReply } from '../understoodReplies.js';
import { byTrainee, livePhases, type Deciders } from '../decider.js';

/** The softphone and the call's life: answer, speak, mute, hold, transfer, hang up, wrap up. */
export const callDeciders = {
  'call.answer': { phases: ['ringing'], verb: 'answer', decide: () => byTrainee('call.answered', {}) },
  reply: {
    phases: ['talking'],
    verb: 'reply',
    decide: (action, core) => {
      // Muted, the caller hears nothing: a real softphone would not carry the words either.
      if (core.view.muted)
        return fail('INVALID_STATE', 'Your microphone is muted: unmute to speak to the caller.', { reason: 'microphoneMuted' });
      if (core.scenario.channel === 'email')
        return fail('INVALID_STATE', 'This contact is an e-mail: answer it with an e-mail.', { reason: 'emailNeedsEmail' });
      return byTrainee('trainee.replied', {
        text: action.text,
        intents: understoodReply(action.text, core.scenario.intents, core.scenario.language, {
          opening: !core.view.transcript.some((line) => line.speaker === 'trainee'),
        }),
      });
    },
  },
  'call.mute': {
    phases: ['talking'],
    verb: 'mute',
    decide: (_action, core) =>
      core.view.muted ? fail('INVALID_STATE', 'The microphone is already muted.', { reason: 'alreadyMuted' }) : byTrainee('call.muted', {}),
  },
  'call.unmute': {
    phases: ['talking', 'onHold'],
    verb: 'unmute',
    decide: (_action, core) =>
      core.view.muted ? byTrainee('call.unmuted', {}) : fail('INVALID_STATE', 'The microphone is not muted.', { reason: 'notMuted' }),
  },
  'call.hold': {
    phases: ['talking'],
    verb: 'hold',
    decide: (_action, core) =>
      core.scenario.channel === 'email'
        ? fail('INVALID_STATE', 'An e-mail cannot be put on hold.', { reason: 'emailNoHold' })
        : byTrainee('call.held', {}),
  },
  'call.resume': { phases: ['onHold'], verb: 'resume', decide: () => byTrainee('call.resumed', {}) },
  'call.transfer': {
    phases: livePhases,
    verb: 'transfer',
    decide: (action, core, desk) => {
      if (core.scenario.channel === 'email')
        return fail('INVALID_STATE', 'An e-mail cannot be transferred: forward it as a ticket or an e-mail.', {
          reason: 'emailNoTransfer',
        });
      if (!desk.directory.departments.some((d) => d.id === action.department))
        return fail('BAD_REQUEST', `Unknown department ${action.department}.`);
      return byTrainee('call.transferred', { department: action.department, note: action.note ?? '' });
    },
  },
  'call.hangUp': {
    phases: ['ringing', 'talking', 'onHold'],
    verb: 'hang up',
    decide: (_action, core) =>
      core.view.channel === 'email'
        ? fail('INVALID_STATE', 'An e-mail is not hung up: close it.')
        : byTrainee('call.hungUp', { party: 'trainee' }),
  },
  'wrapup.submit': {
    phases: ['wrapUp'],
    verb: 'wrap up',
    decide: (action, _core, desk) => {
      if (!desk.directory.dispositions.some((d) => d.code === action.disposition))
        return fail('BAD_REQUEST', `Unknown disposition ${action.disposition}.`);
      return byTrainee('wrapup.submitted', { disposition: action.disposition, notes: action.notes, followUp: action.followUp ?? '' });
    },
  },
} satisfies Partial<Deciders>;
