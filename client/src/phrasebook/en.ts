import type { PhraseBook } from './types.js';

export const phraseBook: PhraseBook = {
  agentPlaceholder: '[your name]',
  phrases: {
    greeting: [
      'Good morning, Vesuvio Telecom, {agent} speaking. How can I help you?',
      'Good afternoon, thank you for calling Vesuvio Telecom, this is {agent}. What can I do for you?',
    ],
    privacy: [
      'Please note that this call may be recorded for quality purposes, in line with data protection law.',
      'Your personal data will only be used to handle your request, as set out in Vesuvio Telecom’s privacy notice.',
    ],
    identification: [
      'Before I can help, I need to verify your identity: could you give me the account holder’s full name?',
      'Could you confirm the customer code or the tax code of the account holder, please?',
      'Thank you. Could you also confirm your date of birth?',
    ],
    hold: ['Would you mind holding for a moment while I check that for you?', 'May I put you on hold for a minute while I look into it?'],
    afterHold: ['Thank you for holding, I’m back with you now.', 'Thank you for your patience: I’ve checked, and here is what I found.'],
    transfer: [
      'For this request I’ll put you through to my colleague in the right department, who already has your details. Please stay on the line.',
      'I’m transferring you to our specialist team; you won’t need to repeat what you have told me.',
    ],
    empathy: [
      'I’m sorry for the inconvenience; I understand, and I’ll take care of it straight away.',
      'I can see why you’re concerned: let’s work out how to sort this together.',
      'I apologise for the trouble, we’ll do our best to fix it as soon as possible.',
    ],
    summary: [
      'To sum up: I’ve opened a report and you’ll be contacted within the stated time. Is that all correct?',
      'So, we’ve checked the problem and I’ve explained the next steps.',
    ],
    anythingElse: ['Is there anything else I can help you with?', 'Is there anything more I can do for you today?'],
    closing: ['Thank you for calling Vesuvio Telecom, have a nice day.', 'Thank you for your patience. Goodbye from Vesuvio Telecom.'],
  },
};
