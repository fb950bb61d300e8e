// zod-free, so the instructor console can read a refusal without pulling the socket schemas into its bundle.

/**
 * `class:open` refuses scenarios the class met in an exam with this message: a sentence for an API
 * user, which the console finds the ids in to name the scenarios in the user's language.
 */
const examScenarioRefusalPrefix = 'Used in an exam of this class, so not open for practice: ';
export const examScenarioRefusal = (scenarioIds: readonly string[]) => `${examScenarioRefusalPrefix}${scenarioIds.join(', ')}.`;
export const examScenariosIn = (message: string): string[] | null =>
  message.startsWith(examScenarioRefusalPrefix) ? message.slice(examScenarioRefusalPrefix.length).replace(/\.$/, '').split(', ') : null;
