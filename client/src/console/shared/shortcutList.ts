/** Every keyboard shortcut of the phone console, for the help overlay; labels are i18n keys. */
export const consoleShortcuts = [
  { keys: 'Alt+A', label: 'softphone.answer' },
  { keys: 'Alt+H', label: 'shortcuts.holdResume' },
  { keys: 'Alt+M', label: 'shortcutHelp.mute' },
  { keys: 'Alt+X', label: 'softphone.hangUp' },
  { keys: 'Alt+R', label: 'shortcutHelp.focusReply' },
  { keys: 'Enter', label: 'shortcutHelp.send' },
  { keys: 'Shift+Enter', label: 'shortcutHelp.newLine' },
  { keys: 'Alt+P', label: 'shortcutHelp.phraseBook' },
  { keys: '?', label: 'shortcutHelp.help' },
  { keys: 'Esc', label: 'shortcutHelp.close' },
] as const;
