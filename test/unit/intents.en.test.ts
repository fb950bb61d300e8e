import type { SharedIntentName } from '../../scenarios/intents/sharedIntents.js';
import { describeSharedIntents } from '../support/sharedIntentSuite.js';

/** Replies an operator would really type: different words, order, missing accents, a few typos. */
const paraphrases: Record<SharedIntentName, string[]> = {
  greeting: [
    'Good morning, Vesuvio Telecom, Sarah speaking, how can I help?', 'Thank you for calling Vesuvio Telecom, my name is James.',
    'Vesuvio Telecom, this is Emma, how may I help you today?', "Hello, you're through to Vesuvio Telecom, I'm Daniel.",
    "Good afternoon, Vesuvio Telecom customer service, my name's Olivia.", 'vesuvio telecom good morning this is tom',
    "Hi, thanks for calling Vesuvio, I'm Lucy, how can I help?", "Good evening and welcome to Vesuvio Telecom, you're speaking with Mark.",
    'Vesuvio Telecom, Rachel speaking.', 'Good morning! My name is Priya from Vesuvio Telecom, how can I help?', 'Hello, Vesuvo Telecom, this is Michael',
    'VESUVIO TELECOM, GOOD MORNING, THIS IS ANNA', 'Thanks for calling Vesuvio Telcom support, my name is Chris',
    'Welcome to Vesuvio Telecom, I am Sophie, how can I help you?', 'Good morning, Vesuvio Telecom, you are speaking to Ben.',
    'Hi there, Vesuvio Telecom, Hannah here, how can I help?', 'Vesuvio Telecom, good afternoon, my name is Aisha, who am I speaking to?',
    'Hello and thank you for calling Vesuvio Telecom. This is David.', 'Good morning, Vesuvio Telecom billing, Grace speaking.',
    "Vesuvio Telecom, hi, I'm Jack from the technical team.", "Morning, Vesuvio Telecom, you're through to Ellie.",
    'Good morning, Vesuvio Telecom, my name is Noah, how may I assist you?',
    // Written after the rules, as a check on them.
    'Hello, Vesuvio Telecom, Tom speaking', 'Vesuvio Telecom, hi, my name is Jo, how can I help you?', "Good morning, you've reached Vesuvio Telecom, I'm Kate",
    'Thank you for calling Vesuvio Telecom, this is Liam speaking',
  ],
  privacyNotice: [
    'Please note this call may be recorded for training and quality purposes.', 'Just to let you know, calls are recorded.',
    'This conversation is being recorded for quality assurance.', 'Your personal data will be processed in line with GDPR.',
    'I must inform you that this call is recorded and monitored.', 'Calls may be monitored or recorded to improve our service.',
    'Your details will be handled according to our privacy policy.', 'Under data protection law, I need to let you know how we use your data.',
    'this call is being recoreded', 'The call is recorded, and your data is stored securely.', 'For your security, this call will be recorded.',
    'We may record this call for training purposes.', "I'd like to remind you that our privacy notice is available on our website.",
    'Your information will only be used to deal with your request.', 'Before we start, I must tell you this call is recorded.',
    'In accordance with GDPR, your personal data is protected.', 'Your data is safe with us and processed under the GDPR.',
    'This telephone conversation may be monitored.', 'Do you consent to the processing of your personal data?', 'All calls are recorded for quality and training.',
    'For data protection reasons, your details are kept confidential.', "Please be aware that we're recording this call.",
    // Written after the rules, as a check on them.
    'Calls are recorded for training purposes', 'Just so you know, this call is being recorded', 'Your personal data is handled under GDPR',
    'We record calls to improve our service',
  ],
  askIdentification: [
    'Can I take your full name, please?', 'Could you confirm your account number?', 'May I have your date of birth for security?',
    'Who am I speaking with today?', 'Can you give me the postcode on the account?', 'I just need to verify your identity first.',
    "Could I have the account holder's name please?", "What's your customer number, please?", 'could you please confirm your addres',
    'For security reasons, can you tell me your date of birth?', "Can I just check who I'm speaking to?", 'Please spell your surname for me.',
    "I'll need to confirm a few details first, your name and address?", 'Can you confirm the phone number linked to the account?',
    'Before I proceed, I need to identify you.', 'Could you provide your customer code?', 'And your first line of address, please?',
    'What is the name on the account?', 'Can I get your name, please?', 'To pass security, could you give me your date of birth?',
    "May I ask who's calling?", 'Would you mind confirming your full name and postcode?',
    // Written after the rules, as a check on them.
    'Could I take your account number please?', 'Can you confirm your date of birth?', 'What is your full name please?',
    "I'll need to verify your identity first",
  ],
  empathy: [
    "I'm so sorry to hear that.", 'I completely understand how frustrating this is.', 'I apologise for the inconvenience.',
    'That must be really frustrating for you.', 'I can imagine how annoying that is.', "We're very sorry about the trouble.",
    "You're absolutely right, it shouldn't have happened.", 'I understand, being without internet is stressful.', 'My apologies for the delay.',
    "i'm realy sorry about that", "Don't worry, we'll sort it out.", "I can see why you're upset.", 'Sorry for the trouble, madam.',
    'I totally understand your concern.', 'That sounds really stressful.', 'Please accept our apologies.',
    'I know how important the connection is for your work.', 'I appreciate how inconvenient this must be.', "I apologize, that shouldn't have happened.",
    "Oh no, I'm sorry you've had to deal with this.", 'I understand your frustration, sir.', "I hear you, it's not acceptable.",
    // Written after the rules, as a check on them.
    'I am really sorry about this', 'I completely understand', 'That sounds frustrating, I apologise', "I'm sorry you've had this problem",
  ],
  activeListening: [
    'If I understand correctly, your internet stopped working last night.', "So what you're saying is that you were charged twice?",
    'Let me make sure I understand: the light on the router is red?', 'Just to confirm, the problem started after the storm?',
    "Correct me if I'm wrong, but you've already restarted the modem.", "So you're telling me the engineer never showed up?",
    "In other words, you'd like to cancel the contract.", 'It sounds like the connection drops every evening.',
    "If I've understood you, the bill is higher than usual.", 'so your saying the wifi works but the tv doesnt',
    'Just to clarify, is it the landline or the mobile?', "If I'm not mistaken, you moved house recently.",
    'Am I right in thinking you never received the router?', 'So the issue is only with the email, correct?',
    "You're saying that the payment went out twice?", "Let me see if I've got this right: no dial tone at all?",
    "Just to check I've understood, you want to upgrade?", 'So basically the speed drops after 8 pm?',
    'What you are saying is the router keeps restarting.', 'If I understood correctly you were promised a discount.',
    'So the problem is the bill, not the line?', "To make sure I have this right, you're at a new address?",
    // Written after the rules, as a check on them.
    'So, if I understand you correctly, the internet drops at night', "Just to make sure I've got this right, you were billed twice?",
    "What I'm hearing is that the router won't start", "So you're saying the engineer didn't come",
  ],
  askHold: [
    'Could you hold for a moment, please?', 'May I put you on hold while I check?', 'Please bear with me a moment.',
    'Would you mind holding for a minute?', 'Can I place you on hold for a few minutes?', 'Please hold the line while I check your account.',
    'Would you be able to wait a moment?', 'Do you mind if I put you on hold briefly?', 'I just need to check something, could you hold please?',
    'pls hold for a sec', 'Is it ok if I place you on hold for two minutes?', 'Could you stay on the line a moment?',
    'Please remain on the line while I transfer you.', 'Let me check that, can you hold on for a moment?', 'Would you mind waiting a couple of minutes?',
    "I'll put you on hold briefly, is that alright?", 'Can you hold while I speak to my colleague?', 'Please wait a moment while I look into it.',
    'Bear with me while I pull up your account.', 'Would you hold for a second please?', 'May I ask you to hold for a few moments?',
    'Could I put you on hold for just a minute?',
    // Written after the rules, as a check on them.
    'Would you mind holding while I check?', 'Can I put you on hold for a moment?', 'Please hold for just a second',
    'Would you be able to hold the line for a minute?',
  ],
  thankAfterHold: [
    'Thank you for holding.', 'Thanks for waiting.', 'Thank you for your patience.', 'Sorry for the wait.', 'Sorry to keep you waiting.',
    "Thanks so much for holding, I've got the information.", 'Thank you for bearing with me.', "Apologies for the wait, I'm back.",
    'Thank you for staying on the line.', 'thank you for holdign', 'Many thanks for your patience.', 'I appreciate your patience.',
    'Thanks for hanging on.', 'Thank you for being so patient.', 'Sorry about the wait, thanks for holding.', 'Thank you for waiting, I have an update.',
    'Sorry for keeping you on hold.', 'Thanks for your patience while I checked.', 'Sorry to have kept you waiting.', 'Thank you for holding the line.',
    'Thanks a lot for waiting.', 'Really sorry for the long wait.',
    // Written after the rules, as a check on them.
    'Thanks for holding', 'Thank you so much for your patience', 'Sorry for keeping you waiting', 'Thanks for waiting, I have an answer',
  ],
  announceTransfer: [
    "I'm going to transfer you to our billing department.", "I'll put you through to a colleague in technical support.",
    'Let me connect you with a specialist.', "I'm transferring your call to the second level team.", "I'll pass you over to my supervisor.",
    'Please hold while I transfer you to the sales team.', 'I can transfer you to someone who can help with that.',
    "I'm putting you through to the accounts department now.", 'i will transfer you to the tecnical team', 'Let me forward your call to the right department.',
    "I'll connect you to an engineer.", "I'm going to hand you over to my colleague Sam.", "One moment, I'll transfer the call to our technical desk.",
    "I'll need to pass you to the billing team.", 'Could I transfer you to our complaints department?', 'Connecting you now to customer service.',
    "I'll redirect your call to the business team.", 'Let me get you through to a technician.', "I'm passing you to a specialist colleague.",
    "I'm going to transfer you to the team that handles moves.", "I'll put you through to my manager.",
    'Transferring you to technical support, please stay on the line.',
    // Written after the rules, as a check on them.
    "I'll transfer you to our technical team", "I'm going to put you through to billing", 'Let me transfer your call to a colleague',
    'I will connect you to the right department',
  ],
  summarise: [
    "To summarise, I've opened a fault ticket and an engineer will call you.", 'So, to recap: your new plan starts on Monday.',
    'Just to sum up, the refund will appear on your next bill.', "In summary, I've updated your address and sent a confirmation.",
    "Let me summarise what we've agreed.", "As agreed, I've cancelled the order.", 'To recap, the engineer is booked for Thursday morning.',
    "So I've logged the complaint and you'll hear back within 48 hours.", 'Summing up: new router, delivery in three days.',
    'to summarize ive changed your payment date', "As discussed, I've booked a technician for Friday.", 'Quick recap: ticket opened, priority high.',
    "So we've agreed to lower your tariff from next month.", "Let me recap what I've done today.", "To sum up, there's no charge for the visit.",
    "As we discussed, I've escalated the case.", "In short, I've raised a ticket and you'll get an SMS.", 'So, just to recap everything we did.',
    'To summarise: identity verified, fault logged, callback tomorrow.', "As mentioned, I've sent the form to your email.",
    'Summarising then, the contract ends in March.', 'So I have scheduled the visit and updated your details.',
    // Written after the rules, as a check on them.
    "To recap, I've opened a ticket for you", 'So to summarise, the engineer will visit on Friday', 'Let me summarise: refund on your next bill',
    "As agreed, I've changed your tariff",
  ],
  anythingElse: [
    'Is there anything else I can help you with?', 'Can I help you with anything else today?', 'Anything else I can do for you?',
    'Do you have any other questions?', 'Is there something else you need?', 'Is there anything more I can do?', 'Any further questions?',
    'is there anythign else', 'Can I assist with anything else?', 'What else can I do for you today?', 'Do you need help with anything else?',
    "Is there any other issue you'd like to discuss?", 'Anything else you need today?', 'Before you go, is there anything else?', 'How else can I help?',
    'Is there something else I can assist you with?', 'Any other queries I can help with?', 'Would you like help with anything else?',
    'Is there anything further I can help with?', 'Do you have any more questions for me?', 'Can I do anything else for you?',
    "Is there anything else you'd like to ask?",
    // Written after the rules, as a check on them.
    'Is there anything else I can help with?', 'Anything else I can do for you today?', 'Do you have any other questions?', 'Can I help with anything else?',
  ],
  closing: [
    'Thank you for calling Vesuvio Telecom, have a nice day.', 'Goodbye and have a great evening.', 'Thanks for calling, goodbye.',
    'Bye for now, take care.', 'Have a lovely day, Mrs Smith.', 'Thank you for your call, enjoy the rest of your day.', 'goodbye',
    'Thanks for contacting us, have a good afternoon.', 'Take care, bye.', 'Thank you for choosing Vesuvio Telecom. Goodbye!', 'Have a great weekend!',
    'goodby and have a nice day', 'All the best, goodbye.', 'Thanks for getting in touch, have a good day.', 'Bye bye, thanks again.',
    'Thank you for calling and have a pleasant evening.', 'Enjoy your evening, goodbye.', 'Thanks for your call today, bye.',
    'Speak soon, have a good one.', 'Thank you, goodbye.', 'Many thanks for calling, have a good day.', "I'll say goodbye now, have a nice day.",
    // Written after the rules, as a check on them.
    'Thanks for calling, have a great day', 'Goodbye and take care', 'Have a lovely evening, goodbye', 'Thank you for your call, bye',
  ],
};

/** Replies that must count for nothing, near misses included: no company or no name in the greeting, a curt "hold on", "I don't understand". */
const offTopic = [
  "What's the weather like in Naples?", 'A pizza margherita costs eight euros.', "I don't know.", 'ok', "Good morning, I'm Sarah, how can I help?",
  'Vesuvio Telecom, good morning, how can I help?', 'This is Vesuvio Telecom, how may I help you?', 'Hold on.', 'Wait.', 'Hang on.',
  "I don't understand what you want.", "You need to understand this isn't our fault.", "It's not our problem.", 'Thanks.', 'Hello? Can you hear me?',
  'The router light is red.', "I've recorded your new address.", 'Have you tried anything else?', 'Can you read me the serial number on the router?',
  'The engineer will come tomorrow.', 'Your bill is issued every two months.', 'Good day!', 'Sorry, what?', 'Have you restarted the router?',
  'Your contract ends in March.', 'Vesuvius is a volcano.', "I'll call back later.", "That's not my job.", "I'm not sorry at all.", "Hold on, I'm busy.",
  'The transfer of your line takes ten days.', 'This call is a waste of time.', 'Thanks, wait there.', 'Do you need another cable?',
];

describeSharedIntents('English', 'en', paraphrases, offTopic);
