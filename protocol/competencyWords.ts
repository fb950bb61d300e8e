/** The competency record's words the console needs without zod (the console bundle never pulls the validators). */
export const competencyModes = ['all', 'practice', 'assigned', 'exam'] as const;
export type CompetencyMode = (typeof competencyModes)[number];

export const kpiNames = ['answer', 'handle', 'hold', 'afterCall', 'firstContact'] as const;
export type KpiName = (typeof kpiNames)[number];
